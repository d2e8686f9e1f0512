import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'We need 400 person-hours for the migration',
    'the workforce plan is ready',
    'Our chair opened the meeting',
    'Many managers manage many manuals',
    'the Man Booker prize shortlist is out',
  ],
  invalid: [
    {
      text: 'that is roughly 400 man-hours of manual work',
      found: ['man-hours'],
      suggestion: 'person-hours',
    },
    { text: 'We need more manpower on the data team', found: ['manpower'], suggestion: 'workforce' },
    { text: 'Manpower is the bottleneck', found: ['Manpower'], suggestion: 'Workforce' },
    { text: 'The chairman signed the letter', found: ['chairman'], suggestion: 'chair' },
    { text: 'ask a salesman about the enterprise tier', found: ['salesman'], suggestion: 'salesperson' },
    { text: 'who can man the booth on Friday?', found: ['man'], suggestion: 'staff' },
    { text: 'three man days left in the sprint', found: ['man days'], suggestion: 'person-days' },
  ],
});
