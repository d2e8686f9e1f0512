import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Our public Q2 report is out: revenue grew 12% year over year.',
    'Earnings call today went fine, revenue up 5% as announced.',
    'My running club grew 40% this year!',
  ],
  invalid: [
    {
      text: 'All-hands today: ARR up 41% and churn under 3%. Earnings call is not until the 20th, shh.',
      found: ['ARR up 41%'],
      severity: 'block',
    },
    { text: 'Q4 numbers from the board meeting: revenue $48M, way above plan 🤫', found: ['revenue $48M'] },
    {
      text: 'Leadership update today: census down 12% and the board is nervous.',
      found: ['census down 12%'],
    },
  ],
});
