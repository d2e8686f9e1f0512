import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Netflix prices go up in May, ugh.',
    'The private beta of that new game was fun.',
    'We signed the lease on our first apartment!',
  ],
  invalid: [
    {
      text: 'The scheduler is in private beta with 8 customers, GA probably in September.',
      found: ['private beta with 8 customers, GA probably in September'],
      severity: 'block',
    },
    {
      text: 'Our new pricing goes live Monday: Basic $19, Pro $49.',
      found: ['pricing goes live Monday'],
    },
    { text: 'Heads up: Acme Flow prices increase 10% from July.', found: ['prices increase 10% from July'] },
    {
      text: 'We just signed a 2-year, $1.2M contract with a hospital group.',
      found: ['signed a 2-year, $1.2M contract'],
    },
  ],
});
