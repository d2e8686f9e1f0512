import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I expect to hit 100 books this year, currently at 87.',
    'I will double the recipe for the party tomorrow.',
    'Revenue grew 12% last year, as reported in our annual filing.',
    'My sourdough will rise again, I believe in it.',
    'I am on track to grow my side income with tutoring this summer.',
    'Net interest income rose last quarter, as the filing shows.',
  ],
  invalid: [
    {
      text: 'Acme will double revenue next year. Mark my words.',
      found: ['will double revenue'],
      severity: 'block',
    },
    {
      text: "Our guidance is way too conservative, we're going to beat it by 30%.",
      found: ['guidance is way too conservative', 'going to beat it by 30'],
    },
    { text: 'We will be profitable by Q2, no doubt.', found: ['will be profitable by'] },
    { text: 'Sales are going to triple once the new arm ships.', found: ['Sales are going to triple'] },
    { text: 'La empresa duplicará sus ingresos en 2026.', found: ['duplicará sus ingresos'] },
    { text: 'We expect to hit $50M in revenue next year.', found: ['expect to hit $50M in revenue'] },
    {
      text: "We're on track to grow net interest income by a quarter in 2026.",
      found: ['on track to grow net interest income'],
    },
    { text: 'The insurer is set to beat its premiums target again.', found: ['is set to beat its premiums'] },
    { text: 'Our chain will easily exceed same-store sales estimates.', found: ['will easily exceed same-store sales'] },
  ],
});
