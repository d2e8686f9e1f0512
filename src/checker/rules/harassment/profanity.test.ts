import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'holy shit we shipped it!!!',
    'this fucking build is broken again',
    "I'm a bitch about code formatting, I admit it",
    'Cocktails at the assessment center, bring your class notes',
    'what the f*ck happened to the staging database',
    'Dickens wrote about bad working conditions too',
  ],
  invalid: [
    { text: 'fuck you and your benchmarks', found: ['fuck you'] },
    { text: 'f*** off with the crypto shilling', found: ['f*** off'] },
    { text: "you're a b1tch and everyone knows it", found: ['b1tch'] },
    { text: 'nice try, asshole.', found: ['asshole'] },
    { text: 'nobody wants your sh*tty opinions here', found: ['your sh*tty opinions'] },
    { text: 'he is such a prick to the new hires', found: ['prick'] },
  ],
});
