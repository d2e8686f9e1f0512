import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'My VIN 1HGCM82633A004352 is on the recall list, ugh',
    'Meine Buchung 77120 für Mallorca ist bestätigt, endlich Urlaub!',
    'Order #88213 from Blue Bottle arrived and the beans smell amazing',
    'My order #55123 from the hardware store still hasn’t shipped.',
    'I opened case 77812 with my bank and nobody has called back yet.',
    'my own insurance claim #B-99120 is still under review, send snacks',
    'Fixed ticket PLAT-2231 today, thanks to Jane Doe for the review',
    'Gold member since 2019, Sarah Lee at the front desk always remembers my name',
    'Tracking number 9405511899223197428490 says my parcel is in Memphis.',
    'My member ID is 8842-1193 and the portal still logs me out every five minutes.',
    'I finally got my flight confirmation 88213 for Lisbon, see you soon Ana Costa!',
    'Policy 2023-2025 review is done, thanks to Jane Doe for the edits.',
    'Meu número de apólice 44-77812 sumiu do aplicativo, alguém mais?',
    'My card ending 4417 got declined at the grocery store, so embarrassing.',
    'Gift card 5000 points promo ends Sunday at Corner Books!',
    'Card 2024 collection from the museum shop is lovely, Ana Costa sent me one.',
    'Player 4521 of the tournament bracket is Maria Lopez, good luck to her!',
    'Meine Kundennr. 44817 wird im Portal nicht erkannt, kennt das jemand?',
    'Tournament bracket is up: player ID 4521 is Maria Lopez, good luck to her!',
  ],
  invalid: [
    { text: 'La huésped de la 305, Carmen Ruiz, tiene alergia grave al marisco. Reserva TW-55102.', found: ['Reserva TW-55102'] },
    { text: 'Hallo Herr Becker, wir haben Ihre Beschwerde gesehen (Buchung 77120, Zimmer 214).', found: ['Buchung 77120'] },
    { text: 'Third time this month Dale Prentiss brought in his car (VIN 5VLAS4A27PK019284) for the same shudder.', found: ['VIN 5VLAS4A27PK019284'] },
    { text: 'Just handed the keys to Helen Marchetti 🎉 her Acme Flow contract VF-2291834 got approved after two declines!', found: ['contract VF-2291834'] },
    {
      text: 'A player, Thomas Girard (player ID 55102), sent me 14 tickets in one day about a missing skin. Support life',
      found: ['player ID 55102'],
    },
    {
      text: 'Hoy atendí a Don Julián Ortega, cliente 4471-229, que lleva tres meses sin pagar la luz.',
      found: ['cliente 4471-229'],
    },
    {
      text: 'Aus dem Kundenservice: Frau Sabine Kröger (Vertragsnr. 7702-5513) hat uns einen Kuchen gebracht.',
      found: ['Vertragsnr. 7702-5513'],
    },
    {
      text: 'Tom Alvarez at Brightline Foods called again about account 5512-884, third time this week.',
      found: ['account 5512-884'],
    },
    {
      text: 'just got off a call with Lucia Gomez from Harbor Bank — their workspace (acct 77120) lost all its reports',
      found: ['acct 77120'],
    },
    {
      text: '@grumpy_gus found it: your order KB-20931 under gus.r@mailbox.example was refunded Monday',
      found: ['order KB-20931'],
    },
    {
      text: 'El cliente Jorge Ruiz de Transportes Sol pidió el reembolso del pedido #TS-40291 otra vez.',
      found: ['pedido #TS-40291'],
    },
    {
      text: 'Kunde Jonas Weber von Bergmann GmbH hat die Rechnung 88412 schon wieder nicht bezahlt.',
      found: ['Rechnung 88412'],
    },
    {
      text: "Sarah Nguyen's member ID is 8842-1193 if anyone on the billing team needs it for the appeal.",
      found: ['member ID is 8842-1193'],
    },
    {
      text: '@kelly_b I looked up your account, member #MH-22019-4 shows the payment posted Friday.',
      found: ['member #MH-22019-4'],
    },
    {
      text: 'O cliente João Pereira, apólice 44-77812, ligou de novo sobre o sinistro.',
      found: ['apólice 44-77812'],
    },
    {
      text: "Can someone help me find John Ortiz's file? MRN 00483921, he's asking about his labs.",
      found: ['MRN 00483921'],
    },
    {
      text: 'Fun fact: the guy who called about policy 7734-221 was Brad from the Chiefs lol',
      found: ['policy 7734-221'],
    },
    {
      text: 'Walked Priya Desai through her Acme Flow claim (CLM-2023-55120) in training today.',
      found: ['claim (CLM-2023-55120)'],
    },
    {
      text: '@mike_t sorry Mike, your card ending 4417 was flagged by our fraud checks, DM us.',
      found: ['card ending 4417'],
    },
    {
      text: 'Hola @lucia_p, tu tarjeta terminada en 8812 quedó bloqueada por seguridad.',
      found: ['tarjeta terminada en 8812'],
    },
  ],
});
