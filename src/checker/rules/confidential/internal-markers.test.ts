import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "note to self: it's confidenTIAL, with a t, my cover letter had it wrong twice",
    'How do you even spell it, this is confidential or confidencial? asking for my resume',
    'Autocorrect keeps turning this is confidential into this is confetti, at work of all places',
    'Bitte nicht weitersagen, aber ich bin schwanger 🤫',
    "Don't tell anyone but I ate the whole cake.",
    'Staff only door at the museum was open and I was so tempted.',
    'I am confident the sourdough will rise this time.',
    'Watching a crime drama where the confidential informant gets caught in episode two.',
    'She starts her internal medicine residency in July!',
    "PSA: don't share your passwords with anyone, ever. Use a manager.",
    'Off the record, my grandma makes the best lasagna in town.',
    'Please keep it down, the baby is sleeping.',
  ],
  invalid: [
    { text: 'Intern, bitte nicht weitersagen: Unsere Q3-Zahlen bei Acme liegen deutlich unter Plan.', found: ['Intern, bitte nicht weitersagen'] },
    {
      text: 'Internal only, but the Acme Vision beta crossed 10k users this week.',
      found: ['Internal only'],
      severity: 'block',
    },
    {
      text: 'Slide 4 of the roadmap deck says DO NOT FORWARD and honestly it looks great.',
      found: ['DO NOT FORWARD'],
    },
    {
      text: 'New pricing tiers ship in May. You didn’t hear it from me.',
      found: ['You didn’t hear it from me'],
    },
    {
      text: 'We are under NDA, but the new robot arm is twice as fast as the old one.',
      found: ['We are under NDA, but'],
    },
    {
      text: 'this is strictly confidential: the team is moving to the Austin office',
      found: ['strictly confidential'],
    },
    { text: 'Intern, bitte nicht teilen: der Launch ist im Juni.', found: ['Intern, bitte nicht teilen'] },
    { text: 'Solo para uso interno: el producto nuevo sale en marzo.', found: ['Solo para uso interno'] },
    {
      text: 'Document strictement confidentiel sur la nouvelle offre produit.',
      found: ['strictement confidentiel'],
    },
  ],
});
