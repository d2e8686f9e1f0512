import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I’m giving away my old couch, DM me if you want it',
    '#ad GIVEAWAY with @snackbox: follow + tag 2 friends to win. Rules at the link.',
    'we won the pub quiz giveaway round and the prize was a single potato',
  ],
  invalid: [
    { text: 'GIVEAWAY! follow @snackbox + tag 2 friends to win a year of snacks', found: ['GIVEAWAY'] },
    {
      text: 'RT + follow to win a free year of Acme Flow! winner picked friday',
      found: ['RT + follow to win'],
    },
    {
      text: 'SORTEO 🎁 sigue a @cafeluna y etiqueta a 2 amigos para ganar un mes de café',
      found: ['SORTEO'],
    },
  ],
});
