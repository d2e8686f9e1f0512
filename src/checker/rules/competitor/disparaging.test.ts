import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Congrats to my old teammate on her new role at Initrode, they are lucky to have her!',
    'Umbrella Labs open-sourced a lovely plotting library, used it for my thesis.',
    'Spent three great years at Initrode before joining my current team.',
    'This weather is garbage but the coffee is good.',
    'Congrats to the Initrode team on their Series C, well deserved!',
  ],
  invalid: [
    {
      text: "Initrode's new robot is a joke. Nobody serious uses it.",
      found: ['is a joke'],
      severity: 'warn',
    },
    {
      text: 'We demoed next to Umbrella Labs today. Their arm is basically vaporware with a nice booth.',
      found: ['vaporware'],
    },
    {
      text: "I wouldn't trust Initrode with a toaster, let alone a factory line.",
      found: ["wouldn't trust"],
    },
    { text: 'Initrode had 4 outages this month and we had none 😎', found: ['4 outages'] },
    { text: 'Umbrella Labs support: liars, every one of them.', found: ['liars'] },
    { text: 'El software de Initrode es una basura.', found: ['basura'] },
    { text: 'Initrode copies everything we do, six months late.', found: ['copies everything'] },
    { text: 'Umbrella Labs robots break if you look at them wrong. Pathetic.', found: ['Pathetic'] },
    { text: 'Initrode support is a nightmare, do not waste your money.', found: ['a nightmare'] },
    { text: 'Initrode arms are unsafe, avoid them.', found: ['unsafe'] },
  ],
});
