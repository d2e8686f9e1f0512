import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "The only one here tonight who remembered cake, apparently",
    "Nobody should be the last one in the office till 9pm, go home",
    "Every morning at 8 I'm at my desk with coffee, classic",
    "I'm the one in the red jacket in our team photo",
    'Night shift at the Eastside clinic with the whole crew, pizza ordered',
    'night shift at the clinic, just me and a kettle',
    'Working late in the office tonight, alone with a cold pizza',
    'The lab is open tonight until 9pm, nobody should feel alone',
    'Alone in the office tonight finishing slides, send snacks',
    'The office is empty and I am alone here until 11pm, so quiet',
    'The only one here who likes the new logo, apparently.',
    'Movie night alone at home tonight, popcorn ready',
    'leave me alone at 3am please, I am sleeping',
    "you're not alone, every morning at 6 the standup is hard for all of us",
    'I live alone and I like it',
    'walked the dog this morning, lovely weather',
  ],
  invalid: [
    { text: "Live from Depot 9 on Mill Lane: only one here tonight till 4am, eerie", found: ["only one here tonight"] },
    { text: "Graveyard shift at the Fenwick Road substation, sole tech on duty until 6am", found: ["sole tech on duty until 6am"] },
    { text: "Seule ce soir au labo jusqu'à 23h, rue Victor Hugo, venez me sauver", found: ["Seule ce soir au labo jusqu'à 23h"] },
    { text: "I'm at the climbing gym on Ash Street every evening at 7, same wall", found: ["I'm at the climbing gym on Ash Street every evening at 7"] },
    { text: "School gates at 3:20 every weekday, I'm the mum in the yellow raincoat", found: ["at 3:20 every weekday, I'm the mum in"] },
    { text: "Every Saturday at 6am I swim laps at the Northgate pool, on my own", found: ["at 6am I swim laps at the Northgate pool, on my own"] },
    { text: 'Overnight shift at the Larch Street depot warehouse. just me and the forklifts', found: ['Overnight shift at the Larch Street depot warehouse. just me'] },
    { text: 'graveyard shift in the Hillcrest lab, alone with the freezers again', found: ['graveyard shift in the Hillcrest lab, alone'] },
    { text: 'Turno de noche en la oficina Norte, sola otra vez', found: ['Turno de noche en la oficina Norte, sola'] },
    { text: 'In the Acme lab until 11pm tonight, 3rd floor, all alone again', found: ['lab until 11pm tonight, 3rd floor, all alone'] },
    { text: 'Tonight at the Northside clinic, Building B, just me here', found: ['Tonight at the Northside clinic, Building B, just me here'] },
    { text: 'Office till late again, 12th floor, on my own', found: ['Office till late again, 12th floor, on my own'] },
    {
      text: 'Last one left in the Acme lab on the 4th floor tonight, door code still broken',
      found: ['Last one left in the Acme lab on the 4th floor tonight'],
    },
    {
      text: 'All alone in Building C until midnight again, security guard went home',
      found: ['alone in Building C until midnight'],
    },
    { text: 'Sola en la oficina de Acme Norte esta noche 😬', found: ['Sola en la oficina de Acme Norte esta noche'] },
    {
      text: 'walking to the parking garage alone at 11pm again',
      found: ['walking to the parking garage alone at 11pm'],
    },
    { text: 'every morning at 6am, same loop around the lake', found: ['every morning at 6am, same loop'] },
    {
      text: 'running the river trail by myself every evening',
      found: ['running the river trail by myself every evening'],
    },
    {
      text: 'tonight I take the last train home alone',
      found: ['tonight I take the last train home alone'],
      severity: 'suggestion',
    },
  ],
});
