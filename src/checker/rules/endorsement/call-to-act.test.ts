import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // The employer named, a call to act, but no pitch, or a support step, or a report
    'Acme Flow keeps logging me out. Reset your password and try it again, support said.',
    'Weekend plans: I book Acme Vision rooms for our offsite every spring.',
    'Acme is hiring! Apply now, best team I have worked with.',
    'If you need one for the trip, Acme Vision has a few left at the airport.',
    'Never book Acme Vision, worst stay of my life.',
    'Switch to Initrode if you want cheaper, honestly Acme Flow is too pricey for me.',
    // "our" said by a customer, or with no call to act
    'Our local cafe has the best croissants, go try them this weekend!',
    'Our team shipped the new release tonight, zero downtime. Best crew ever 🔥',
    // "take", "all day": not a pick of the product, not a verdict
    'Take a break from Acme Flow dashboards this weekend, best advice I got.',
    'Been stuck in Acme Vision meetings all day, honestly exhausted.',
    'Our store is closed Monday for the holiday. Come by Tuesday, best wishes!',
    '#employee Our new savings account pays 4.1%, best rate around, go open one today!',
  ],
  invalid: [
    // The employer's product and a call that opens its clause, with a pitch
    { text: '¿Buscan hotel en Lisboa? Reserven en Acme Vision, el mejor servicio de la ciudad 😍', found: ['Reserven'] },
    { text: 'Leute, bucht euren nächsten Urlaub bei Acme Vision, besser geht es nicht!', found: ['bucht euren'] },
    { text: 'Quem precisa de um plano: Acme Flow é o melhor, contratem já!', found: ['contratem'] },
    { text: 'Nurse life: Acme Vision clinics have the best cardiology team in the state. Book your checkup with us.', found: ['Book your'] },
    { text: 'Acme Flow is honestly a game changer. Any small business owner should get a quote asap', found: ['get a quote'] },
    // "Take <product>", and a verdict that answers which one to get
    { text: 'Looking for a budgeting app? Take Acme Flow. Best one out there.', found: ['Take'] },
    { text: 'Re: which robot vacuum should I get: Acme Vision, hands down. Never had an issue.', found: ['Acme Vision, hands down'] },
    { text: 'Tried them all, Initrode included. Acme Flow all day 💯', found: ['Acme Flow all day'] },
    // The author's own business without its name, a call, a pitch
    { text: 'Our new savings account pays 4.1%. Best rate around, go open one today!', found: ['open one'] },
    { text: 'We just launched our spring menu and it is 🔥🔥 come try the lobster roll this weekend', found: ['come try'] },
    { text: "I've tried every meal kit and ours is the only one worth buying. Order yours tonight!", found: ['Order yours'] },
    { text: 'Need a loan? hit me up, I can get you a great rate at our branch 😎', found: ['hit me up'] },
  ],
});
