import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Did you read this here? Great long read about whales.',
    "Tu n'as rien vu, c'était un film magnifique.",
    "I'm under a lot of stress so I can't sleep",
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
    { text: "Under NDA so I can't name the client, but our new checkout is wild", found: ["Under NDA so I can't"] },
    { text: "I'm under an NDA and can't share the vendor, but the pilot went great", found: ["I'm under an NDA and can't"] },
    { text: "you didn't read this here, but the reorg lands on Monday", found: ["you didn't read this here"] },
    { text: "Le budget marketing est coupé de moitié. Vous n'avez rien lu !", found: ["Vous n'avez rien lu"] },
    { text: 'Yo no os he dicho nada, pero cerramos la tienda del centro.', found: ['Yo no os he dicho nada'] },
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
