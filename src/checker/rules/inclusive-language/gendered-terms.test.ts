import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Looking for the lads from the pub quiz, you left a jacket',
    'looking for some lads for five-a-side on thursday',
    'need strong guys to help me move a sofa saturday',
    'We need 400 person-hours for the migration',
    'the workforce plan is ready',
    'the request works in postman but the endpoint returns 401 from the app',
    'Our chair opened the meeting',
    'Many managers manage many manuals',
    'the Man Booker prize shortlist is out',
    'Grilled burgers on my George Foreman grill tonight',
    'The Postman Always Rings Twice is a great film',
  ],
  invalid: [
    { text: 'Now hiring at the depot! Looking for strong, reliable lads for early shifts', found: ['lads'] },
    { text: 'Recruiting: young blokes for our delivery team, apply inside', found: ['blokes'] },
    { text: 'Job opening: seeking energetic young men for the sales floor', found: ['young men'] },
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
    { text: 'the mailman came late again', found: ['mailman'], suggestion: 'mail carrier' },
    { text: 'our postman left the parcel in the rain again', found: ['postman'], suggestion: 'mail carrier' },
    { text: 'ask the foreman about the concrete pour', found: ['foreman'], suggestion: 'supervisor' },
    { text: 'our cleaning ladies are amazing', found: ['cleaning ladies'], suggestion: 'cleaners' },
    {
      text: 'Ladies and gentlemen, welcome to the keynote!',
      found: ['Ladies and gentlemen'],
      suggestion: 'Everyone',
    },
    { text: 'the stewardess brought extra pretzels', found: ['stewardess'], suggestion: 'flight attendant' },
  ],
});
