import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'patient zero of the flu in our house is the toddler, as usual',
    'my doctor says my asthma is under control now, good news',
    'Dr. Patel was so kind at my checkup today. best dentist ever.',
    'Our clinic’s Dr. Amy Wong gave a great talk on diabetes prevention tonight',
    'new migraine meds started this week, fingers crossed',
  ],
  invalid: [
    {
      text: 'Patient R. Singh, 58, admitted twice this month with COPD complications. our model flagged him.',
      found: ['R. Singh'],
    },
    {
      text: 'Mr. Haddad, 81, insulin-dependent, missed three appointments at the clinic we support.',
      found: ['Mr. Haddad'],
    },
    {
      text: 'onboarded Dr. Lena Fischer’s practice today: 900 patients with COPD in her panel',
      found: ['Dr. Lena Fischer'],
    },
    {
      text: 'La paciente Ana Torres, 64, reingresó por diabetes descompensada en el hospital que atendemos.',
      found: ['Ana Torres'],
    },
  ],
});
