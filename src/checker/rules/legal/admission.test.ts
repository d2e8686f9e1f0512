import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'It was our fault we missed the ferry, we left the house too late.',
    'I know this song, we have known it for years!',
    'We owe grandma a visit this weekend.',
  ],
  invalid: [
    {
      text: 'Honestly the outage was our fault: we skipped the failover test for months.',
      found: ['was our fault'],
      severity: 'warn',
    },
    { text: "We're liable for every missed SLA credit, legal knows it.", found: ["We're liable"] },
    { text: "The sensor drift? We've known for years and never fixed it.", found: ["We've known for years"] },
    {
      text: 'We owe every affected customer a refund after that breach.',
      found: ['We owe every affected customer a refund'],
    },
    { text: 'La caída del servicio fue culpa nuestra, no del proveedor.', found: ['fue culpa nuestra'] },
    {
      text: 'The recall is on us. We knew the battery issue for months and shipped anyway.',
      found: ['The recall is on us', 'We knew the battery issue for months'],
    },
    { text: 'It was our mistake: the pharmacy gave the wrong dose.', found: ['was our mistake'] },
    { text: 'Yes, the stove fire was on us. We cut corners on testing to hit the launch date.', found: ['fire was on us', 'We cut corners'] },
    { text: 'Ganz ehrlich, wir haben die Kunden falsch informiert. Das weiß jeder bei Acme.', found: ['wir haben die Kunden falsch informiert'] },
    { text: 'Honestly, we misled customers about the throttling for two years at Acme.', found: ['we misled customers'] },
  ],
});
