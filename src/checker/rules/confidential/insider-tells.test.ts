import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Can confirm from the inside: the new café on campus makes the best croissants 🥐',
    'My lawyer thinks we\'ll settle the divorce soon, fingers crossed',
    // No figure: an admission (the legal category), not a leak.
    'The lawsuit is still dragging on. Between us, management knew about the faulty part for months. Acme is 100% liable.',
    'Entre nous, nos avocats savent très bien qu’on va perdre ce procès.',
    // Personal money, no work.
    'Between us, I paid $300 for these concert tickets and regret nothing.',
    'Between us, we spent $2k on the wedding flowers alone.',
    'Unter uns gesagt: der Urlaub hat 3000 Euro gekostet.',
    // A guess, not news.
    'Hot take: Acme and Initrode merge within 18 months. You heard it here first.',
    'My prediction: the Acme team wins the hackathon again. You heard it here first.',
    // Personal news.
    "We're engaged!!! you heard it here first 💍",
    'We settled the argument over pizza for $20 in the end.',
  ],
  invalid: [
    { text: "Can confirm from the inside: we'll beat full-year guidance and profit is up 25% next year. Good time to be at Acme 😉", found: ['Can confirm from the inside'] },
    { text: "Can't believe the class action against Acme is still dragging on. Between us, legal thinks we'll settle.", found: ["legal thinks we'll settle"] },
    {
      text: 'Between us, Acme bookings for Q3 are down 12% and nobody upstairs wants to say it.',
      found: ['Between us'],
      severity: 'block',
    },
    { text: 'Just between you and me, our team is cutting 40 roles before the holidays.', found: ['Just between you and me'] },
    { text: 'Entre nosotros, el recorte de presupuesto en nuestra empresa es de 2 millones.', found: ['Entre nosotros'] },
    { text: 'Unter uns: unsere Firma streicht 150 Stellen im Vertrieb.', found: ['Unter uns'] },
    { text: 'Entre nous, notre entreprise va perdre 30% de son chiffre sur ce client.', found: ['Entre nous'] },
    { text: 'Aqui entre nós, a nossa empresa vai cortar 15% do orçamento de marketing.', found: ['Aqui entre nós'] },
    {
      text: 'Big news from the Acme clinic today: our star striker tore his ACL. Season over, you heard it here first.',
      found: ['you heard it here first'],
    },
    { text: 'Acme is closing the Leeds office next month. You read it here first.', found: ['You read it here first'] },
    { text: 'Acme abre una oficina en Lisboa en junio, lo leíste aquí primero.', found: ['lo leíste aquí primero'] },
    { text: 'Our lawyers think we will settle for around $3M in the Acme patent case.', found: ['we will settle for around $3M'] },
    {
      text: "Legal says the settlement will be about 1.5 million on the Acme lawsuit, we're expected to pay in June.",
      found: ['settlement will be about 1.5 million'],
    },
    {
      text: 'Unsere Anwälte rechnen mit einem Vergleich über 2 Mio in der Klage gegen Acme.',
      found: ['rechnen mit einem Vergleich über 2 Mio'],
    },
  ],
});
