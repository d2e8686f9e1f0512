import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Had lunch with a friend who works at Initrode, we mostly talked about hiking.',
    'Initrode is hosting the meetup this month, see you there.',
    'My cat is faster than my laptop.',
    'Initrode hosted the meetup this year. We actually build a lot of things with their SDK, great folks.',
  ],
  invalid: [
    {
      text: 'We beat Initrode in all six bake-offs this quarter.',
      found: ['beat Initrode'],
      severity: 'warn',
    },
    {
      text: 'Acme will match any price Umbrella Labs quotes you. DM me.',
      found: ['match any price Umbrella Labs'],
    },
    { text: 'Switch from Initrode to Acme Flow and never look back.', found: ['Switch from Initrode'] },
    { text: 'Acme > Initrode, not even close.', found: ['> Initrode'] },
    {
      text: 'Our official position: the Initrode benchmark is meaningless.',
      found: ['official position: the Initrode'],
    },
    { text: "Initrode's 'fibre' is copper with a marketing budget. At Acme we actually lay the fibre.", found: ["Initrode's 'fibre' is copper with a marketing budget. At Acme we actually lay"] },
  ],
});
