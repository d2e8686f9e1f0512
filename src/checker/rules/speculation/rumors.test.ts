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
  ],
  invalid: [
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
  ],
});
