import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'leave me alone at 3am please, I am sleeping',
    "you're not alone, every morning at 6 the standup is hard for all of us",
    'I live alone and I like it',
    'walked the dog this morning, lovely weather',
  ],
  invalid: [
    {
      text: 'walking to the parking garage alone at 11pm again',
      found: ['walking to the parking garage alone at 11pm'],
    },
    { text: 'every morning at 6am, same loop around the lake', found: ['every morning at 6am, same loop'] },
    {
      text: 'running the river trail by myself every evening',
      found: ['running the river trail by myself every evening'],
    },
    {
      text: 'tonight I take the last train home alone',
      found: ['tonight I take the last train home alone'],
      severity: 'suggestion',
    },
  ],
});
