import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    '@maria_art I checked your account and your latest sketches are gorgeous 😍',
    'I checked my account and the refund finally went through, thanks Sam!',
    'My credit check came back with a score of 780, Sarah at the bank was thrilled for me!',
    'My wife found my second checking account lol, clients of mine always warned me',
    'Opened a separate savings account for the kids today. Jane Smith at the branch was great, happy customer here.',
    'A logistics customer we work with cut late deliveries by 12% this quarter.',
    'Congrats to my friend Maya Chen on her new role as VP at Orbital Labs!',
    'Met Jane Smith at the conference, great talk on invoice automation',
    'Their CEO gave a great keynote about open source.',
    'My premium is going up 40% next year, time to shop around.',
    "Insurance won't cover my new glasses, classic.",
    'We finally closed the mortgage for our first home in Denver, keys on Friday!',
    'The Gates Foundation ($50B endowment) announced new grants today.',
    'Our loan officers approved a record number of first-time buyers this spring.',
    'Tom put $200 in his savings account today, so proud of my son Tom!',
    'Moved $5,000 out of my savings into an index fund, Vanguard here I come.',
    'Closed 40 tickets today and my refund queue is finally empty. Friday, here I come!',
    'I can literally see your account settings from here, Sam, you left the laptop open 😂',
    'Signed the lease on a flat worth every penny. Thanks Maria for the tip!',
  ],
  invalid: [
    { text: "@pete_d hi Pete, I've checked your policy — the premium payment for March bounced, I'll sort it", found: ["I've checked your policy"] },
    { text: 'Con la clienta Marta Vidal otra vez al teléfono por la factura del mes pasado', found: ['Marta Vidal'] },
    { text: 'Onboarding story: Harbor Tiles logged 38 complaints before we fixed their routing', found: ['logged 38 complaints'] },
    { text: "lmao look at this credit app that came through the dealer portal today: Jenna Holt, score 512, 'self-employed influencer' 💀", found: ['credit app that came through the dealer portal today: Jenna Holt, score 512'] },
    {
      text: "Brennan's Bakery on Fore St is 4 months behind on their gas, about £11k. Our disconnection team goes in Thursday.",
      found: ['months behind on'],
    },
    {
      text: 'Huge win for the B2B team 🎉 Redfern Cold Storage Ltd is moving all 14 sites onto our plan, contract worth £2.1m a year.',
      found: ['contract worth £2.1m'],
    },
    {
      text: '@kyle_ttv I work on the support team and I can literally see your account: reported 23 times this month.',
      found: ['I can literally see your account'],
    },
    {
      text: "Whoever 'pepperoni_queen' is (Tara Lindqvist, Stockholm, 4 refund requests this month), we see you 👀",
      found: ['4 refund requests'],
    },
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
    {
      text: 'Big win for the branch: we closed a $1.1M jumbo mortgage for Dr. Omar Haddad on his Lakeside condo.',
      found: ['closed a $1.1M jumbo mortgage for '],
    },
    {
      text: 'Great quarter: moved the Whitcombe family trust (~$12M) onto our managed portfolios.',
      found: ['family trust (~$12M'],
    },
    {
      text: 'Our agency funded the loan for Priscilla Okafor yesterday, after two banks said no.',
      found: ['funded the loan for '],
    },
    {
      text: 'Our customer Rita Gomes moved $90,000 out of her checking again, no idea why.',
      found: ['Rita Gomes'],
    },
    {
      text: 'Member since forever, Frank Lewis, and his credit score is 540 now. Rough year for him.',
      found: ['his credit score is 540'],
    },
    { text: 'Herr Brandt war heute wieder in der Filiale, sein Konto ist schon wieder überzogen.', found: ['sein Konto ist schon wieder überzogen'] },
      {
      text: 'client called screaming bc his wife found the second savings acct. Mark Doyle, maybe try paper statements next time',
      found: ['the second savings acct'],
    },
    {
      text: 'A client came in furious because her husband discovered her secret checking account. Maria Lopez, we did nothing wrong!',
      found: ['her secret checking account'],
    },
    { text: 'Unser Kunde Herr Brandt hat ein Zweitkonto, von dem seine Frau nichts weiß. Peinlich heute am Schalter.', found: ['Herr Brandt'] },
],
});
