import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'conference code 4741 2154 7280 3850 does not work at the kiosk',
    'tracking 9400 1118 9956 2537 4411 28 is stuck in Memphis',
    'order 1234 5678 9012 3456 has not shipped',
    'the Stripe test card 4242 4242 4242 4242 works in the sandbox',
    'revenue was 1,249,873,000 last year',
  ],
  invalid: [
    {
      text: 'my card keeps getting declined: 4539 1488 0343 6467 exp 04/27',
      found: ['4539 1488 0343 6467'],
      severity: 'block',
      suggestion: '•••• 6467',
    },
    {
      text: 'use mine for the tickets, 5425-2334-3010-9903',
      found: ['5425-2334-3010-9903'],
      suggestion: '•••• 9903',
    },
    { text: 'amex 3714 496353 98431 got skimmed', found: ['3714 496353 98431'], suggestion: '•••• 8431' },
    { text: 'number is 4111111111111111 cvv 123', found: ['4111111111111111'] },
  ],
});
