import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'support pro tip: account 4471209 always needs a cache clear',
    'account number 1234567 for your customer portal login',
    'the routing number for tickets is 123456789',
    'sort code is on the back of your card',
  ],
  invalid: [
    {
      text: 'direct deposit form: routing number 021000021, account number 483920175',
      found: ['021000021', '483920175'],
      severity: 'block',
      suggestion: '•••• 0021',
    },
    { text: 'pay the deposit to sort code 20-45-77, account no. 41236578', found: ['20-45-77', '41236578'] },
    { text: 'Meine Kontonummer: 0532013000 bei der Sparkasse', found: ['0532013000'] },
  ],
});
