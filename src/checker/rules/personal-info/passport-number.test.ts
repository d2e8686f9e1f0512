import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'the passport office queue was 3 hours long',
    'got my passport back after 6 weeks, expires 2034',
    'passport photo booth costs $15 now',
    'passport renewal form DS82X2024A is the one you want, not the DS-11',
    'passport queue update: gate B2 is now C3, boarding 4A4B4C',
    'got my passport stamped 3 times in Q4 2024',
  ],
  invalid: [
    {
      text: 'finally renewed my passport, number 548213907, the photo is awful',
      found: ['548213907'],
      severity: 'block',
      suggestion: '•••• 3907',
    },
    { text: 'Reisepassnummer C01X00T47, falls jemand fragt', found: ['C01X00T47'] },
    { text: 'número de pasaporte: AB1234567', found: ['AB1234567'] },
    { text: 'my new passport came today, no. K7P2XQ4M9, valid ten years', found: ['K7P2XQ4M9'] },
    { text: 'passaporte novo chegou! número FZ8R3KT26', found: ['FZ8R3KT26'] },
    { text: 'Passport #: H2D9LM7Q1 (just in case I lose it abroad)', found: ['H2D9LM7Q1'] },
  ],
});
