import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'A logistics customer we work with cut late deliveries by 12% this quarter.',
    'Congrats to my friend Maya Chen on her new role as VP at Orbital Labs!',
    'Met Jane Smith at the conference, great talk on invoice automation',
    'Their CEO gave a great keynote about open source.',
    'My premium is going up 40% next year, time to shop around.',
    "Insurance won't cover my new glasses, classic.",
  ],
  invalid: [
    {
      text: 'Their CFO, Maria Lopez, told me they’ll churn unless we cut the price by 30%. Big customer, big problem.',
      found: ['Their CFO, Maria Lopez'],
    },
    {
      text: 'Our customer Lisa Brandt from Kestrel Air is furious about the renewal price.',
      found: ['Lisa Brandt'],
    },
    {
      text: 'Blue Ridge Dental’s invoice is 4 months overdue and they still want the premium tier. client from hell',
      found: ['invoice is 4 months overdue'],
    },
    {
      text: 'Huge week: Orbital Freight just signed a 2-year, $900K contract with us.',
      found: ['just signed a 2-year, $900K contract'],
    },
    {
      text: "Just processed Tom Reyes's appeal — his premium is going up 40% after the accident.",
      found: ['premium is going up'],
    },
    {
      text: 'Fun fact: Linda Kim has called member services 47 times this year about her copays.',
      found: ['called member services 47 times'],
    },
    {
      text: 'Her name is Barbara Stone and she just got denied coverage for her MRI lol',
      found: ['got denied coverage'],
    },
    {
      text: "Mrs. Alvarez's bill is $84,000 after her ICU stay and insurance won't cover it.",
      found: ['bill is $84,000'],
    },
  ],
});
