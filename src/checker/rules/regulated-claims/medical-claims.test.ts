import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I lost 10 pounds in 6 weeks by walking every day, feeling great.',
    'Got my flu shot today, no side effects so far!',
    'The cure for a Monday is a long walk and a good coffee.',
    'Started new asthma meds this week, fingers crossed.',
    'Our test suite catches 100% of the flaky builds now.',
  ],
  invalid: [
    {
      text: 'This tea cured my insomnia in a week, no medication needed!',
      found: ['cured my insomnia', 'no medication needed'],
      severity: 'block',
    },
    { text: 'Our model can cure diabetes if you catch it early.', found: ['cure diabetes'] },
    { text: 'The algorithm detects cancer 100% of the time.', found: ['detects cancer 100%'] },
    {
      text: 'Esta hierba cura la ansiedad sin medicamentos.',
      found: ['cura la ansiedad', 'sin medicamentos'],
    },
    { text: 'Mein Tee hat meine Migräne geheilt.', found: ['Migräne geheilt'] },
    { text: 'This supplement reverses type 2 diabetes in 30 days.', found: ['reverses type 2 diabetes'] },
    { text: 'This cream healed my eczema completely, skip the dermatologist.', found: ['healed my eczema'] },
    { text: 'Our new treatment has a 97% cure rate for migraines.', found: ['97% cure rate'] },
    {
      text: 'These vitamins boost your immune system and prevent colds, guaranteed.',
      found: ['boost your immune system', 'prevent colds'],
    },
    { text: 'Our new knee surgery is completely risk-free.', found: ['surgery is completely risk-free'] },
  ],
});
