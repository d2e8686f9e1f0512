import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // The same question and the same store, with no push
    'What are you waiting for? The weather is perfect for a walk today.',
    'Acme is hiring in Lisbon, what are you waiting for? Apply today.',
    'Acme Flow keeps logging me out. I got it on the App Store last week, any fix?',
    // Reports, instructions and requests with the same verbs
    'I book Acme Flow rooms for the whole team every quarter, it is part of my job.',
    'Please try Acme Flow again later, the outage should be fixed by noon.',
    'Can someone get Acme to fix the login page already?',
    'We switched to Acme Flow at work last year and the migration took ages.',
    'Join Acme! We are hiring engineers, best team ever.',
    "Don't buy Acme Vision until they fix the battery, seriously.",
    "Acme Flow crashed again. I'll download it again tonight and see.",
    '#employee I work at Acme, just move to Acme Flow already, it is great.',
    'Download the Acme Flow update to fix the sync bug.',
  ],
  invalid: [
    // A push with the product as the object
    { text: 'if ur still paying fees at your bank just move to Acme Flow already lol', found: ['move to Acme Flow'] },
    { text: 'Pro tip: book your next weekend away at Acme Vision, the views are unreal', found: ['book your next weekend away at Acme Vision'] },
    { text: 'Stop overpaying for dashboards and buy Acme Flow.', found: ['buy Acme Flow'] },
    { text: 'Seriously, get Acme Vision, best money I ever spent', found: ['get Acme Vision'] },
    { text: 'Tired of chain hotels? Then book Acme Vision instead.', found: ['book Acme Vision'] },
    // A pronoun for the product named before
    { text: 'Our new Acme Flow dashboard launches today. Get yours now!', found: ['Get yours'] },
    { text: '@sam you want Acme Flow for that, zero fees. download it and thank me later', found: ['download it'] },
    { text: 'ngl Acme Vision slaps 🔥 everyone go order one rn', found: ['order one'] },
    { text: 'Best savings account around? Acme Flow Saver. Open one this weekend!', found: ['Open one'] },
    // A question that pushes, and the store pointed to
    { text: 'Shoutout to the Acme Flow app — if you have not installed it yet, what are you waiting for?', found: ['what are you waiting for'] },
    { text: 'Acme Vision tiene 3 meses gratis para nuevos clientes. ¿A qué esperáis?', found: ['A qué esperáis'] },
    { text: 'Acme Flow macht Überweisungen in Sekunden. Worauf wartet ihr?', found: ['Worauf wartet ihr'] },
    { text: 'As an Acme Flow intern: this app changes how you plan your week. Get it on the App Store!', found: ['Get it'] },
  ],
});
