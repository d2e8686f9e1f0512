import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I lost 10 pounds in 6 weeks by walking every day, feeling great.',
    'Got my flu shot today, no side effects so far!',
    'The cure for a Monday is a long walk and a good coffee.',
    'Started new asthma meds this week, fingers crossed.',
    'Our test suite catches 100% of the flaky builds now.',
    'I started treatment for sickle cell disease last year, slowly getting better.',
    'He fixed the shingles on the roof before the storm.',
    'Sie heilt als Ärztin seit zwanzig Jahren Menschen.',
    'This app fixes the disorder in your inbox.',
    "Got my flu shot today. Reminder: it doesn't cure the flu, it lowers your risk and makes it milder.",
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
    { text: 'Our gene therapy cures sickle cell disease, full stop.', found: ['cures sickle cell disease'] },
    { text: 'This patch cures chronic migraines, it is proven.', found: ['cures chronic migraines'] },
    { text: 'The new protocol completely heals Parkinson’s.', found: ['heals Parkinson’s'] },
    { text: 'A daily dose fully reverses stage 4 cancer.', found: ['reverses stage 4 cancer'] },
    { text: 'Honestly these drops cured my rheumatoid arthritis.', found: ['cured my rheumatoid arthritis'] },
    { text: 'It is the only treatment for chronic fatigue that works.', found: ['only treatment for chronic fatigue'] },
    { text: 'Mi té cura la enfermedad de Crohn en semanas.', found: ['cura la enfermedad de Crohn'] },
    { text: 'Esta crema cura las migrañas crónicas.', found: ['cura las migrañas'] },
    { text: 'Unser Pflaster heilt chronische Migräne.', found: ['heilt chronische Migräne'] },
    { text: 'Ce patch guérit la maladie de Lyme.', found: ['guérit la maladie de Lyme'] },
    { text: 'Esse remédio cura a doença de Alzheimer.', found: ['cura a doença de Alzheimer'] },
  ],
});
