import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'nobody asked for your 2-star hot take, stop posting',
    'he gave us a 1-star so maybe we should just ignore it and move on',
    "Don't think we're refunding the deposit, the landlord said. Ugh, fine.",
    'I left a 1-star review for the pizza place. it was genuinely bad.',
    'Thanks for the 5-star review, Dana! Made our week.',
    'Ferme-la. Personne ne t’a demandé ton avis, clown.',
    'read the docs before asking, they are really good this time',
  ],
  invalid: [
    { text: '@kay_r your 1-star review is user error, learn to read the manual', found: ['1-star review'] },
    {
      text: '@toxicTom you’re an idiot if you think we’re refunding gems you spent yourself. Cry harder 🤡',
      found: ['think we’re refunding'],
    },
    {
      text: '@carl_dev maybe read the manual before leaving a 1-star review, genius',
      found: ['1-star review'],
    },
    {
      text: '@maxr nobody forced you to buy it. thanks for the one star review, einstein 🙄',
      found: ['one star review'],
    },
    {
      text: 'Re your review: it’s user error, not our fault. Try reading the setup guide.',
      found: ['your review'],
    },
    { text: 'Gracias por tu reseña de una estrella, genio. Lee el manual.', found: ['tu reseña'] },
  ],
});
