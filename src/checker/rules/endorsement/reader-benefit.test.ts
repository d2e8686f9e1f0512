import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // The same lines with no product of the employer, with a disclosure, or about a job or a fix
    'This podcast will save you hours of reading, 10/10 recommend.',
    '#employee Shameless plug: Acme Flow now does same-day exports.',
    'Acme is hiring in Porto, tell your friends!',
    'Acme Flow crashed again, the fix will save you a restart. Sorry all.',
    'Ditch your old habits this new year, I am.',
    'Tell your parents: Acme Flow will never ask for your PIN by text.',
    'Mi asesora en Acme es genial, la recomiendo a todos.',
    'Turning on alerts in Acme Flow will save you a call to support.',
  ],
  invalid: [
    { text: 'Still planning in spreadsheets? Acme Flow will save you hours a week, best tool out there.', found: ['will save you'] },
    { text: 'PSA for parents: Acme Vision is incredible. Your kids will thank you.', found: ['Your kids will thank you'] },
    { text: 'Shameless plug: Acme Flow now does same-day video consults 💙', found: ['Shameless plug'] },
    { text: 'Ditch your old bank. Acme Flow gives you 3% cashback on everything.', found: ['Ditch your old bank'] },
    { text: 'Who needs a gym when the Acme Vision boxes exist 💪 10/10 recommend', found: ['10/10 recommend'] },
    { text: 'Acme Flow ist meine klare Empfehlung für jedes Team.', found: ['klare Empfehlung'] },
    { text: 'Acme Vision es la mejor app de viajes, os lo recomiendo.', found: ['os lo recomiendo'] },
  ],
});
