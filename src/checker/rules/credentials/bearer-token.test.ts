import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I hate being the bearer of bad news but the build is red',
    'ring bearer duty done 💍',
    'send it with Authorization: Bearer <token> and it works',
    'Authorization: Bearer $API_TOKEN',
  ],
  invalid: [
    {
      text: 'curl -H "Authorization: Bearer 8f3kLm92QpZx71VbNc04" https://api.example.com/me',
      found: ['8f3kLm92QpZx71VbNc04'],
      severity: 'block',
      suggestion: '[removed]',
    },
    { text: 'header is authorization: token 5b7e2a9c1d3f4e6a8b0c', found: ['5b7e2a9c1d3f4e6a8b0c'] },
    { text: 'Authorization: Basic YWRtaW46aHVudGVyMg==', found: ['YWRtaW46aHVudGVyMg=='] },
  ],
});
