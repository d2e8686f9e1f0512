import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'congrats to everyone who passed the AWS SQL cert this month',
    'We moved from REST to GRPC and the API is faster.',
    'OK',
    'LGTM',
  ],
  invalid: [
    { text: 'GOOD MORNING EVERYONE WE SHIPPED IT', found: ['GOOD MORNING EVERYONE WE SHIPPED IT'] },
    {
      text: 'WHY DOES NOBODY READ THE DOCS. WHY.',
      found: ['WHY DOES NOBODY READ THE DOCS. WHY'],
      severity: 'suggestion',
    },
  ],
});
