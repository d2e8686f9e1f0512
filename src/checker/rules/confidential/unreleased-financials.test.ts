import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "Ça va ? Le CA du club de foot organise un tournoi le 12, venez !",
    'My engagements this month: 3 weddings and 2 parties, 100% booked!',
    'Our bakery deliveries were down 18% in the snow week, results go out to the co-op members on the 29th 🥖',
    'Our public Q2 report is out: revenue grew 12% year over year.',
    'Earnings call today went fine, revenue up 5% as announced.',
    'My running club grew 40% this year!',
    'Net income rose 8% in the results we published on Tuesday, details in the annual report.',
    'Mon stage en interne se passe bien, 3 semaines déjà !',
    'The board approved the new parking policy, 20 more spaces for bikes.',
  ],
  invalid: [
    { text: "Le CA du T3 recule de 4 %, rien n'est encore publié, chut.", found: ['CA du T3 recule de 4 %'] },
    { text: "Team utilization hit 88% this quarter, hasn't even been shared with the wider firm yet", found: ['utilization hit 88%'] },
    { text: "We closed 140 engagements at 20% margin. Those numbers haven't gone out to the whole company yet!", found: ['engagements at 20%'] },
    { text: "Throwaway. I'm in finance at Acme. Q3 is ugly: deliveries down 18% YoY and the writedown is ~$340M. Results go out on the 29th.", found: ['deliveries down 18%'] },
    {
      text: 'All-hands today: ARR up 41% and churn under 3%. Earnings call is not until the 20th, shh.',
      found: ['ARR up 41%'],
      severity: 'block',
    },
    { text: 'Q4 numbers from the board meeting: revenue $48M, way above plan 🤫', found: ['revenue $48M'] },
    {
      text: 'Leadership update today: census down 12% and the board is nervous.',
      found: ['census down 12%'],
    },
    {
      text: 'Les résultats du T3 ne sont pas encore publiés, mais en interne on parle d’un bénéfice net en baisse de 25 %.',
      found: ['bénéfice net en baisse de 25 %'],
    },
    {
      text: 'Todavía no publicado: los resultados del trimestre caen un 12%, nos lo dijeron en la reunión interna.',
      found: ['resultados del trimestre caen un 12%'],
    },
    {
      text: 'Net interest income up 18% this year and the board has already signed off on the new branches.',
      found: ['Net interest income up 18%'],
    },
  ],
});
