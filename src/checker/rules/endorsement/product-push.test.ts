import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
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
  ],
});
