import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'The stock market dropped today and I am eating cereal for dinner.',
    'Going to buy groceries, then gym.',
    'Load up the dishwasher before you leave, please.',
  ],
  invalid: [
    {
      text: '$ACME is going to $300 by spring. Load up now.',
      found: ['is going to $300', 'Load up now'],
      severity: 'block',
    },
    { text: 'Buy $INIT calls before earnings, easy money.', found: ['Buy $INIT', 'easy money'] },
    { text: 'Put 2k into $DOGE today, 5x by summer.', found: ['Put 2k into', '5x by summer'] },
    { text: 'Price target on the stock is $90, do with that what you will.', found: ['Price target'] },
    { text: 'Buy Acme stock now before it moons 🚀', found: ['Buy Acme stock', 'before it moons'] },
  ],
});
