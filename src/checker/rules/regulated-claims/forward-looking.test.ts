import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "Our revenue hit $2B last year, per the annual report.",
    "I'll make $40k next year if the raise comes through.",
    "The fundraiser reaches $5k by the end of the week, thanks all!",
    'I expect to hit 100 books this year, currently at 87.',
    'I will double the recipe for the party tomorrow.',
    'Revenue grew 12% last year, as reported in our annual filing.',
    'My sourdough will rise again, I believe in it.',
    'I am on track to grow my side income with tutoring this summer.',
    'Net interest income rose last quarter, as the filing shows.',
    "We'll beat the traffic if we leave before four.",
    'Vamos a superar las expectativas del entrenador este domingo.',
    "Nous allons battre notre record de l'an dernier à la course.",
  ],
  invalid: [
    {
      text: 'Acme will double revenue next year. Mark my words.',
      found: ['will double revenue'],
      severity: 'block',
    },
    {
      text: "Our guidance is way too conservative, we're going to beat it by 30%.",
      found: ['guidance is way too conservative', 'going to beat it by 30'],
    },
    { text: 'We will be profitable by Q2, no doubt.', found: ['will be profitable by'] },
    { text: 'Sales are going to triple once the new arm ships.', found: ['Sales are going to triple'] },
    { text: 'La empresa duplicará sus ingresos en 2026.', found: ['duplicará sus ingresos'] },
    { text: 'We expect to hit $50M in revenue next year.', found: ['expect to hit $50M in revenue'] },
    {
      text: "We're on track to grow net interest income by a quarter in 2026.",
      found: ['on track to grow net interest income'],
    },
    { text: 'The insurer is set to beat its premiums target again.', found: ['is set to beat its premiums'] },
    { text: 'Our chain will easily exceed same-store sales estimates.', found: ['will easily exceed same-store sales'] },
    { text: "Heads up: we'll beat revenue estimates again this quarter.", found: ["we'll beat revenue"] },
    { text: "I think they'll crush earnings next week, easy money.", found: ["they'll crush earnings"] },
    { text: 'Este trimestre superaremos las estimaciones de ventas, seguro.', found: ['superaremos las estimaciones de ventas'] },
    { text: 'Wir werden die Umsatzerwartungen locker übertreffen.', found: ['werden die Umsatzerwartungen locker übertreffen'] },
    { text: "On va dépasser les prévisions de chiffre d'affaires, croyez-moi.", found: ["va dépasser les prévisions de chiffre d'affaires"] },
    { text: "Calling it now: our sales hit $900M next year.", found: ["sales hit $900M next year"] },
    { text: "Revenue crosses $3 billion in 2027, mark my words.", found: ["Revenue crosses $3 billion in 2027"] },
    { text: "Revenue is strong: partners say we'll clear $60M next year, easily.", found: ["we'll clear $60M next year"] },
    { text: "We're going to bring in $12 million this fiscal year, revenue is flying.", found: ["going to bring in $12 million this fiscal year"] },
  ],
});
