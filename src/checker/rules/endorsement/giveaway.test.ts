import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Press enter to submit the form, then follow the link to the survey.',
    'Follow the signs to enter the building, the lobby is closed.',
    'Folge @wetterdienst und du weißt, wann es regnet.',
    'Um ehrlich zu sein, weiß ich nicht, wer gewinnen wird.',
    "Gracias a quien comente los horarios del bus cada mañana 🙏",
    "Thanks to whoever comments the bus times every morning, legend.",
    'I’m giving away my old couch, DM me if you want it',
    '#ad GIVEAWAY with @snackbox: follow + tag 2 friends to win. Rules at the link.',
    'we won the pub quiz giveaway round and the prize was a single potato',
    "Reply with your best photo and I'll pick 3 of you to feature in next week's newsletter.",
    "Coach said she'll choose two of us for the relay team, fingers crossed.",
    "I'll pick five people for the study group, free pizza is on me though",
  ],
  invalid: [
    { text: 'Gewinnspiel! Folge @kaffeehaus und markiere einen Freund, um eine Tasse zu gewinnen', found: ['Gewinnspiel'] },
    { text: 'Verlosung: folgt uns und teilt den Post, um einen Gutschein zu gewinnen 🎁', found: ['Verlosung'] },
    { text: 'GIVEAWAY! follow @snackbox + tag 2 friends to win a year of snacks', found: ['GIVEAWAY'] },
    {
      text: 'RT + follow to win a free year of Acme Flow! winner picked friday',
      found: ['RT + follow to win'],
    },
    {
      text: 'SORTEO 🎁 sigue a @cafeluna y etiqueta a 2 amigos para ganar un mes de café',
      found: ['SORTEO'],
    },
    {
      text: "Drop your favourite song below and I'll pick 3 of you for a free month of Acme Tunes!",
      found: ["I'll pick 3 of you"],
    },
    { text: 'We will randomly select 10 lucky followers to get a free hoodie 🎁', found: ['We will randomly select 10 lucky followers'] },
    { text: 'Comenten su serie favorita y elegiré a 5 de ustedes para un año gratis.', found: ['elegiré a 5 de ustedes'] },
    { text: "Laissez un commentaire, je choisirai 3 d'entre vous pour un abonnement gratuit !", found: ["je choisirai 3 d'entre vous"] },
    { text: 'Kommentiert eure Lieblingsfolge, ich ziehe 5 von euch für ein kostenloses Jahr!', found: ['ich ziehe 5 von euch'] },
    { text: "¡Sorteo! Regalo dos entradas a quien comente su canción favorita 🎶", found: ["Sorteo"] },
    { text: "GIVEAWAY 🎁 a free month of Acme Tunes to whoever comments their top album", found: ["GIVEAWAY"] },
    { text: "Sorteio! Um kit de café para quem comentar aqui ☕", found: ["Sorteio"] },
    { text: "Concours : un panier gourmand à qui commente ce post !", found: ["Concours"] },
    // An entry action "to enter", with a prize near
    { text: 'Win a £200 hamper from @PawsPantry 🎁 RT + follow them to enter, closes Sunday!', found: ['RT + follow them to enter'] },
    { text: 'Up for grabs: two coffee boxes! Like this post and share it to be entered. Draw Monday.', found: ['Like this post and share it to be entered'] },
  ],
});
