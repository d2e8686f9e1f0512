import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'watching Home Alone with the kids for the 40th time',
    'Home Alone 2 is the better sequel, fight me',
    'walking home alone after the concert, what a night',
    'I live alone and honestly I love it',
    'the office is empty on Fridays',
    'Die Wohnung ist leer geräumt und frisch gestrichen, Besichtigung am Montag.',
    'La casa vacía de la película me dio escalofríos.',
    'the shelves at the store were empty all week',
  ],
  invalid: [
    {
      text: "Home alone all weekend, partner's away for work 🍷",
      found: ['Home alone'],
      severity: 'suggestion',
    },
    { text: 'just me and the cat at home until Monday', found: ['just me and the cat at home'] },
    { text: 'finally on holiday, the house is empty till the 20th', found: ['the house is empty'] },
    { text: 'got the place all to myself this week', found: ['got the place all to myself'] },
    { text: 'Sozinha em casa esse fim de semana', found: ['Sozinha em casa'] },
    { text: 'Bin allein zu Hause bis Sonntag', found: ['allein zu Hause'] },
    { text: 'seule à la maison ce soir', found: ['seule à la maison'] },
    { text: 'sola en casa todo el finde', found: ['sola en casa'] },
    { text: 'Ab Freitag in Portugal, bis zum 12. ist unsere Wohnung leer', found: ['ist unsere Wohnung leer'] },
    { text: 'Partimos mañana: casa vacía hasta el domingo', found: ['casa vacía hasta'] },
    { text: 'Bora pra praia! Casa vazia até dia 9', found: ['Casa vazia até'] },
    { text: "On s'envole demain, l'appart restera vide jusqu'au 20", found: ["l'appart restera vide"] },
    { text: 'Road trip time, our flat will be empty until the 4th', found: ['our flat will be empty'] },
  ],
});
