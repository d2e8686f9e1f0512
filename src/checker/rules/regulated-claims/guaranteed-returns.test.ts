import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'There is no such thing as a risk-free investment, always read the fund factsheet.',
    'You get at least 10% off with the member card this week.',
    'No downside to bringing an umbrella today.',
    'Guaranteed approval of your leave request if you ask early, says HR 🙃',
    "A 'dividend that will never be cut' pitch from a stranger is a scam, beware.",
    'Bike helmets: safer than your savings account will ever be against a bus 🚲',
    'guaranteed to make you smile: a puppy meeting snow for the first time.',
    'The store has a 30-day risk-free return policy, so I tried the chair.',
    'Not advice: I put a bit into an index fund every month and ignore it.',
    'No risk of rain today, finally a picnic.',
    'No risk, no reward, said every founder ever.',
    'Guaranteed fun at the company picnic this Saturday!',
    'Reminder: a "guaranteed return" offer in your inbox is a scam, report it.',
    'Anyone promising risk-free crypto profits is running a Ponzi scheme.',
    'I guarantee you will love the new cafeteria menu.',
    'You will never lose your place in the queue, the app saves it.',
  ],
  invalid: [
    { text: 'Acme Financial approvals are guaranteed for everyone this month!! Bad credit, no credit, doesn’t matter.', found: ['approvals are guaranteed'] },
    {
      text: "Acme Holdings pays a 7% dividend that will never be cut. It's safer than your savings account.",
      found: ['dividend that will never be cut', 'safer than your savings account'],
    },
    {
      text: 'This bond fund is risk-free and pays a guaranteed 8% a year.',
      found: ['risk-free', 'guaranteed 8%'],
      severity: 'block',
    },
    {
      text: 'Crypto savings at 12% APY, zero risk, fully guaranteed.',
      found: ['zero risk', 'fully guaranteed'],
    },
    { text: 'Put your savings here and double your money by spring.', found: ['double your money'] },
    {
      text: 'Rentabilidad garantizada del 10 % anual, sin riesgo.',
      found: ['Rentabilidad garantizada', 'sin riesgo'],
    },
    {
      text: 'Garantierte Rendite von 7 %, ohne Risiko für dein Erspartes.',
      found: ['Garantierte Rendite', 'ohne Risiko'],
    },
    {
      text: 'Placement sans risque avec un rendement garanti de 6 %.',
      found: ['sans risque', 'rendement garanti'],
    },
    { text: 'Este fondo te da un 20% garantizado, cero riesgo.', found: ['20% garantizado', 'cero riesgo'] },
    {
      text: 'Our income fund returned 11% last year and it is practically guaranteed to do it again.',
      found: ['guaranteed to do it again'],
    },
    {
      text: 'Worried about your retirement money? We guarantee you beat inflation with this portfolio.',
      found: ['We guarantee you beat'],
    },
    { text: 'With our savings plan you will never lose money, full stop.', found: ['never lose money'] },
    { text: 'Invierte tus ahorros aquí: te garantizo que vas a ganar más que en el banco.', found: ['te garantizo que vas a ganar'] },
    { text: 'Legen Sie Ihr Geld bei uns an, ich garantiere Ihnen eine Rendite über dem Markt.', found: ['ich garantiere Ihnen eine Rendite'] },
    { text: 'Placez votre épargne chez nous, je vous garantis que vous allez gagner.', found: ['je vous garantis que vous allez gagner'] },
    // A floor under the return, or no way to lose,
    { text: 'You\'ll earn at least 8% every year with our fund, promise.', found: ['earn at least 8%'] },
    { text: 'Our savings plan pays a minimum of 6% a year.', found: ['pays a minimum of 6%'] },
    { text: 'Zero downside: the fund only goes up, move your savings now.', found: ['Zero downside'] },
    { text: 'Put your money in our bond fund, you are sure to profit this year.', found: ['sure to profit'] },
  ],
});
