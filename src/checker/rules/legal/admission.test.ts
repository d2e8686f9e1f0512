import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'It was our fault we missed the ferry, we left the house too late.',
    'I know this song, we have known it for years!',
    'We owe grandma a visit this weekend.',
    'My sister says the new café is 100% liable to sell out by noon.',
    "Dinner tonight? It's totally on us, you paid last time!",
    'My kids say they are completely right about bedtime.',
    "It was our dog's fault the cake fell off the table.",
    "The customer's claim on her Acme policy was denied; honestly they're completely right to be angry.",
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
    { text: 'The depot fire? Acme is 100% liable and everyone knows it.', found: ['is 100% liable'] },
    { text: "Honestly the outage this morning: that's entirely on us.", found: ["that's entirely on us"] },
    { text: "Yes, the van crash was totally our driver's fault, Acme will sort it out.", found: ["totally our driver's fault"] },
    { text: 'Those dismissals were unlawful and Acme knows it.', found: ['Those dismissals were unlawful'] },
    { text: 'Sobre la demanda de los clientes contra Acme: sí, tienen toda la razón.', found: ['tienen toda la razón'] },
    { text: 'Los despidos fueron improcedentes, lo sabe toda la plantilla de Acme.', found: ['Los despidos fueron improcedentes'] },
  ],
});
