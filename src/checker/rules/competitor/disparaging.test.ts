import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Congrats to my old teammate on her new role at Initrode, they are lucky to have her!',
    'Umbrella Labs open-sourced a lovely plotting library, used it for my thesis.',
    'Spent three great years at Initrode before joining my current team.',
    'This weather is garbage but the coffee is good.',
    'Congrats to the Initrode team on their Series C, well deserved!',
    "Worst case, I'll drive over to the Initrode booth for the demo.",
    'Initrode is hiring 40 engineers, turnover in robotics is a real problem everywhere.',
    'I used to work at Umbrella Labs and never looked back on my decision to study robotics, great mentors there.',
    'Umbrella Labs is short on parking this week due to construction.',
    "Initrode's CEO spoke about burnout in engineering, worth a listen.",
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
    {
      text: "friend who works at Initrode says they're losing engineers left and right. that place is a sweatshop",
      found: ['losing engineers left and right'],
    },
    {
      text: "Umbrella Labs is run by bean counters who have no idea what they're doing",
      found: ['run by bean counters'],
    },
    { text: 'Went to an Initrode demo once. Never again.', found: ['Never again'] },
    { text: 'Umbrella Labs support is so bad it should be illegal', found: ['so bad'] },
    { text: "Initrode's new VP is gutting the QA team to hit his numbers", found: ['gutting the QA team'] },
    { text: "Don't send anyone to Initrode, they lost our data twice", found: ["Don't send anyone to"] },
    { text: 'Initrode es tóxico, nadie aguanta trabajar ahí', found: ['tóxico'] },
    { text: 'Umbrella Labs ist ein Saftladen, die verlieren ständig Kunden', found: ['Saftladen'] },
    { text: 'Initrode ? Une honte, ils ont perdu ma commande deux fois.', found: ['Une honte'] },
    { text: 'A Umbrella Labs é uma vergonha, atendimento péssimo.', found: ['vergonha'] },
  ],
});
