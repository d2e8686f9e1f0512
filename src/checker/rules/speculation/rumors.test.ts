import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I heard the farmers market is trying to buy more local honey this year.',
    'People are saying the new Zelda is the best one yet.',
    "I heard we're getting a thunderstorm tonight, bring the plants in.",
    'rumor has it the next Mario game comes out in October',
    'speculation: the cat will knock the glass off the table by noon.',
    'calling it now: the butler did it, episode 4 confirms.',
    'I bet the pizza place is closed on Mondays.',
    'I think we are going to need a bigger whiteboard for this brainstorm.',
    'Apparently my kid thinks layoffs are when you nap.',
    'Acme Robotics announced the acquisition of a small vision startup today (press release on the site).',
    'I heard from a friend in Paris that the bakery on the corner is closing for good.',
    'Supposedly the new season of the show is coming next year, the cast is taking over the internet.',
    "Heard the band is finally getting a new drummer, can't wait for the tour.",
    'Il paraît que le film va sortir en mai, on a hâte.',
    'Apparently my cat is taking over the whole couch now.',
    'Por lo visto mañana llueve en Sevilla, nos quedamos en casa.',
    'Word on the street is the bakery on Elm closes early on Sundays.',
    'Parece que va a llover todo el fin de semana, ¡qué pena!',
  ],
  invalid: [
    // German openers: hearsay, "behind a raised hand", a colleague from a department.
    { text: 'Wie man hört, will Acme nächstes Jahr 200 Stellen streichen.', found: ['Wie man hört'] },
    { text: 'Hinter vorgehaltener Hand heißt es, Acme wird verkauft.', found: ['Hinter vorgehaltener Hand'] },
    { text: 'Mir wurde gesagt, dass Acme Entlassungen plant.', found: ['Mir wurde gesagt'] },
    {
      text: 'Ein Kollege aus der Buchhaltung sagt, Acme streicht die Boni.',
      found: ['Ein Kollege aus der Buchhaltung sagt'],
    },
    {
      text: 'Hearing rumors that Acme is getting acquired by a chip giant 👀',
      found: ['Hearing rumors'],
      severity: 'warn',
    },
    {
      text: "I heard we're cutting 15% of staff after the board meeting. Anyone know more?",
      found: ['I heard'],
    },
    { text: 'Word is our CEO is stepping down in the fall.', found: ['Word is'] },
    {
      text: 'Are layoffs coming? Half my team got calendar invites from HR for Friday.',
      found: ['Are layoffs coming'],
    },
    { text: "Calling it: we're being bought before the end of the year.", found: ['Calling it'] },
    { text: 'Reading the tea leaves, I think Acme will IPO in 2026.', found: ['tea leaves'] },
    { text: 'Leaked screenshots show new Acme Flow pricing tiers, no prices yet.', found: ['Leaked'] },
    { text: 'Gerüchteküche: angeblich schließt unsere Firma das Büro in Köln.', found: ['Gerüchteküche'] },
    { text: 'Dicen que nuestra empresa va a cerrar la oficina de Sevilla.', found: ['Dicen que'] },
    { text: 'Rumeur du jour : notre entreprise prépare un plan de licenciements.', found: ['Rumeur'] },
    { text: 'Ouvi dizer que a nossa empresa vai fechar o escritório do Porto.', found: ['Ouvi dizer'] },
    {
      text: 'Is Acme about to get acquired? Exec calendars are blocked all week 👀',
      found: ['about to get acquired'],
    },
    { text: 'Prediction: Acme gets bought by a big tech firm within 12 months.', found: ['Prediction'] },
    { text: 'My guess is the CEO is out by summer.', found: ['My guess is'] },
    {
      text: 'Anyone else at Acme hearing that the Denver team is getting cut?',
      found: ['Anyone else at Acme hearing'],
    },
    { text: "I wouldn't be surprised if Acme gets acquired this year.", found: ["wouldn't be surprised if"] },
    {
      text: 'Hearing rumblings that our company is closing the Eastside clinic.',
      found: ['Hearing rumblings'],
    },
    { text: 'Hearing whispers that a bigger rival wants to buy us before summer.', found: ['Hearing whispers'] },
    { text: 'Rumor mill says Initrode is planning a takeover of our plant.', found: ['Rumor mill'] },
    // British spelling, other openers.
    { text: 'Rumour of the day: supposedly Acme is taking over Initrode before summer.', found: ['Rumour'] },
    { text: 'Supposedly Acme is buying a drone start-up next quarter.', found: ['Supposedly'] },
    { text: 'Reportedly Acme is finally getting a new CEO.', found: ['Reportedly'] },
    { text: 'Heard our company might freeze hiring and cut bonuses next year.', found: ['Heard our company'] },
    { text: 'Heard Acme is about to shut the Leeds plant, anyone know?', found: ['Heard Acme is'] },
    { text: 'I heard Acme is finally ordering the new robot arms for the Ohio line??', found: ['I heard'] },
    { text: 'Word at work is that we are merging with a rival.', found: ['Word at work is'] },
    { text: "I'm told leadership plans to cut 10% of the sales team.", found: ["I'm told"] },
    // An insider as the source, the organization unnamed.
    {
      text: "Leak from a friend in revenue management: there's a new budget subsidiary coming next year.",
      found: ['Leak'],
    },
    {
      text: 'A buddy in finance told me there is a hiring freeze coming after the board meeting.',
      found: ['A buddy in finance told me'],
    },
    // Other languages.
    { text: "Il paraît que la direction va supprimer 200 postes l'an prochain. La DRH confirme ?", found: ['Il paraît que'] },
    { text: 'Bruits de couloir : notre boîte serait rachetée en juin.', found: ['Bruits de couloir'] },
    { text: 'Por lo visto nuestra empresa va a despedir a 50 personas.', found: ['Por lo visto'] },
    { text: 'Flurfunk: unsere Firma will 200 Stellen streichen.', found: ['Flurfunk'] },
    { text: 'Pelo visto a nossa empresa vai ser vendida até o fim do ano.', found: ['Pelo visto'] },
    // The grapevine of a workplace, a guess with a colon, plural rumours in German, "parece que".
    { text: "Word on the floor is they're closing three stores after the holidays.", found: ['Word on the floor is'] },
    { text: 'My guess: the CEO is out by summer. Too many bad quarters.', found: ['My guess:'] },
    { text: 'Gerüchten zufolge wird Acme bald verkauft.', found: ['Gerüchten'] },
    { text: 'Parece que vai haver cortes na Acme depois do Natal.', found: ['Parece que'] },
    { text: 'Someone in merchandising told me we are dropping Initrode as a supplier.', found: ['Someone in merchandising told me'] },
    { text: 'I bet Acme Vision gets discontinued next year, sales have been awful.', found: ['I bet'] },
  ],
});
