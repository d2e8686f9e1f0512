import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Las fresas van a duplicarse de precio, compradlas ya en el mercado 🍓',
    'The stock market dropped today and I am eating cereal for dinner.',
    'Going to buy groceries, then gym.',
    'Load up the dishwasher before you leave, please.',
    'I will hit $400 in savings by June, then a new bike!',
    'I want to reach $1,000 for the charity run, please share.',
    'Concert tickets are going for $40 by the door.',
    'Dividend stocks are boring, I know. Put it all in the oven for 20 minutes instead 🍰',
    // Rises and sure bets that are not about shares
    'My rent will go up 10% next year, ugh.',
    'You can’t go wrong with this recipe, my kids loved it.',
    'Los precios del alquiler van a subir un 5% en enero.',
    'I keep a few index fund shares and never look at them.',
  ],
  invalid: [
    { text: 'Las acciones de Acme van a duplicarse antes de fin de año, compradlas ya, es dinero seguro 💸', found: ['van a duplicarse', 'compradlas ya', 'dinero seguro'] },
    { text: "I'm in finance at Acme. Q3 is ugly. If you hold the stock I'd sell before then.", found: ["I'd sell before then"] },
    {
      text: "Acme pays a rock solid 7% dividend. I work there, trust me on this one. Put it all in.",
      found: ['trust me on this', 'Put it all in'],
    },
    {
      text: '$ACME is going to $300 by spring. Load up now.',
      found: ['is going to $300', 'Load up now'],
      severity: 'block',
    },
    { text: 'Buy $INIT calls before earnings, easy money.', found: ['Buy $INIT', 'easy money'] },
    { text: 'Put 2k into $DOGE today, 5x by summer.', found: ['Put 2k into', '5x by summer'] },
    { text: 'Price target on the stock is $90, do with that what you will.', found: ['Price target'] },
    { text: 'Buy Acme stock now before it moons 🚀', found: ['Buy Acme stock', 'before it moons'] },
    { text: 'Our spin-off’s shares will hit $40 by summer, trust the process.', found: ['will hit $40'] },
    { text: 'The stock is headed for $90 after the listing.', found: ['headed for $90'] },
    { text: 'Acme shares are cheap now. Back up the truck.', found: ['Back up the truck'] },
    { text: 'Die Aktie geht bis Sommer auf 40 Euro, jetzt nachkaufen!', found: ['geht bis Sommer auf 40 Euro', 'jetzt nachkaufen'] },
    { text: 'Esa acción va a llegar a 40 dólares en verano, compren ya.', found: ['va a llegar a 40 dólares', 'compren ya'] },
    { text: 'Les actions vont monter à 40 euros, achetez maintenant.', found: ['vont monter à 40 euros', 'achetez maintenant'] },
    { text: 'A ação vai bater 40 reais até o verão, comprem agora.', found: ['vai bater 40 reais', 'comprem agora'] },
    // A share price said to rise by a figure, in five languages
    { text: 'Acme shares will jump 25% after the results, mark my words.', found: ['will jump 25%'] },
    { text: 'Comprad acciones de Acme, van a subir un 20% este mes.', found: ['Comprad acciones', 'van a subir un 20%'] },
    { text: 'Die Acme-Aktie wird um 15 % steigen, versprochen.', found: ['wird um 15 % steigen'] },
    { text: 'Les actions Acme vont grimper de 30 % après les résultats.', found: ['vont grimper de 30 %'] },
    { text: 'As ações da Acme vão subir 40% até dezembro.', found: ['vão subir 40%'] },
    // Sure bets and trades timed on results
    { text: 'Loaded more Acme calls today, can’t lose on this one 🚀', found: ['can’t lose on this one'] },
    { text: 'Buying more Acme shares before the earnings, trust.', found: ['Buying more Acme shares before the earnings'] },
    { text: 'Adding some $ACME puts before Q3 results drop.', found: ['Adding some $ACME puts before Q3 results'] },
  ],
});
