import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "We're hiring! Women and non-binary engineers especially encouraged to apply.",
    'My mom taught me to code on a hand-me-down laptop.',
    'A runner from my club finished a marathon at 64, legend.',
    'We never hire without a take-home exercise.',
    "We don't serve the kind of people who are rude to our staff, simple as that.",
    'We stopped offering paper statements in most areas; the app does it all now.',
    'Bakeries in my neighborhood never open before 8, the kind of thing you get used to.',
  ],
  invalid: [
    {
      text: "We don't hire anyone over 50 for the field team, they can't keep up.",
      found: ["don't hire anyone over 50"],
      severity: 'warn',
    },
    { text: "I'd never hire a pregnant candidate for a launch role.", found: ['never hire a pregnant'] },
    {
      text: 'Honestly we avoid candidates with foreign accents for support roles.',
      found: ['avoid candidates with foreign accents'],
    },
    {
      text: "We shouldn't promote moms to team lead, they're always out.",
      found: ["shouldn't promote moms"],
    },
    { text: 'En mi empresa no contratamos a mayores de 50.', found: ['no contratamos a mayores de 50'] },
    { text: 'Wir stellen keine Schwangeren ein, sagt mein Chef.', found: ['stellen keine Schwangeren ein'] },
    {
      text: 'We should not hire people with kids for the travel-heavy roles.',
      found: ['should not hire people with kids'],
    },
    {
      text: 'Wir stellen niemanden über 50 ein, die lernen zu langsam.',
      found: ['stellen niemanden über 50 ein'],
    },
    {
      text: 'Between us, the lender stopped approving mortgages in that area because of the kind of people who live there.',
      found: ['stopped approving mortgages in that area because of the kind of people'],
    },
    {
      text: 'Ya no alquilamos pisos en ese barrio, no queremos a ese tipo de gente que vive allí.',
      found: ['no alquilamos pisos en ese barrio, no queremos a ese tipo de gente'],
    },
  ],
});
