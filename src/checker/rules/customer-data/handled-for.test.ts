import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Took in a parcel for Mrs. Okafor next door while she was at work',
    'Sent a parcel to my friend Jo Kim in Leeds, hope it arrives before her birthday',
    'Placed an order for Jane Doe’s new novel, cannot wait',
    'The judge granted a restraining order for Anna Berg yesterday',
    'Shipped two boxes to New York this morning, the rest go to San Diego',
    'Le llevé a Marta Gil al aeropuerto, qué tráfico',
    'Packed an order for Dana today',
    'Ana Ruiz, born 1961 in Seville, painted this mural',
    "fighting my husband's bank all week. Tom Lenz, DOB 1980-02-01, account in his name since forever",
  ],
  invalid: [
    {
      text: 'third order this week for Tom Becker and he still wants the blue one in every size',
      found: ['Tom Becker'],
      severity: 'block',
    },
    { text: 'Just dispatched a package to Sofia Marini in Turin, fragile sticker on everything', found: ['Sofia Marini'] },
    {
      text: 'Hoy le entregué a Rosa Pérez sus medicinas de la farmacia, tres cajas más que la semana pasada',
      found: ['Rosa Pérez'],
    },
    { text: 'Encore un colis pour Mme Lambert ce matin, le cinquième cette semaine', found: ['Mme Lambert'] },
    { text: 'el siniestro de la Sra. Beltrán sigue sin resolverse, pobre mujer', found: ['Sra. Beltrán'] },
    { text: 'Ein Paket für Herr Vogel, schon wieder Katzenfutter, 20 kg', found: ['Herr Vogel'] },
    {
      text: 'Mr. Adeyemi’s refund finally came through after six weeks, sorry that took so long',
      found: ['Mr. Adeyemi'],
    },
    {
      text: '@kbrown I found your mother in our records: Edith Brown, DOB 02/11/1949, the refill ships Monday',
      found: ['Edith Brown'],
    },
  ],
});
