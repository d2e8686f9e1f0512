import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // The same words with no claim against the rival
    'We picked up lunch with the Initrode team after the panel, lovely people.',
    'Our intern lost her badge at the Initrode booth, if you find it tell us.',
    'We moved the Initrode meeting to Thursday, sorry for the shuffle.',
    'I saw Initrode prices go up again, does anyone match any of them?',
    'Had lunch with a friend who works at Initrode, we mostly talked about hiking.',
    'Initrode is hosting the meetup this month, see you there.',
    'My cat is faster than my laptop.',
    'Initrode hosted the meetup this year. We actually build a lot of things with their SDK, great folks.',
    'Initrode sponsored the 10k run. Acme said it would never miss it next year.',
    'Initrode hosted the meetup. Acme would never let me skip it, so see you there!',
  ],
  invalid: [
    { text: 'We will match any Initrode quote this month, just bring it in.', found: ['match any Initrode quote'] },
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
    { text: 'Initrode charges for every return. Acme would never.', found: ['Initrode charges for every return. Acme would never'] },
    { text: 'Initrode drivers leave parcels in the rain. Acme would never do that!', found: ['Initrode drivers leave parcels in the rain. Acme would never'] },
    // The rival losing customers or deals to us
    { text: 'Initrode customers are switching to us in droves this quarter', found: ['Initrode customers are switching to us'] },
    { text: 'Umbrella Labs just lost another contract to us.', found: ['Umbrella Labs just lost another contract to us'] },
    { text: 'No idea why anyone still picks Initrode over us.', found: ['picks Initrode over us'] },
    { text: "We've been eating Initrode's lunch all year.", found: ["eating Initrode's lunch"] },
  ],
});
