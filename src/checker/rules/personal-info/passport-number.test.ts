import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'the passport office queue was 3 hours long',
    'got my passport back after 6 weeks, expires 2034',
    'passport photo booth costs $15 now',
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
  ],
});
