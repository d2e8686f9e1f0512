import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'we use Acme Flow at work and honestly it’s fine. Views my own.',
    '#employee I work at Acme and Acme Vision is honestly my favorite thing we’ve shipped. Opinions are my own.',
    'We’re hiring at Acme! check out the open roles on our careers page',
    'You should see the new Acme office, it has a slide',
    'Read "Thinking in Systems" this month, highly recommend it.',
    'Acme > Initrode, not even close.',
    'Acme Vision 3 is out today. I’m biased, I worked on it, but check it out!',
  ],
  invalid: [
    { text: 'Try Acme Flow free for 30 days, it’s the only tool you’ll ever need', found: ['Try'] },
    { text: 'I recommend Acme Vision to every warehouse team I meet', found: ['I recommend'] },
    {
      text: 'If you’re still hand-calibrating arms, switch to Acme Vision. You’ll never look back.',
      found: ['switch to'],
    },
    {
      text: 'Everyone should check out the Acme Flow beta, it’s the best tool out there.',
      found: ['Everyone should check'],
    },
    { text: 'Sign up for the Acme Robotics webinar on Thursday, it’s free!', found: ['Sign up for'] },
    {
      text: 'use my referral code ACME-JO for a free month of Acme Flow 😉',
      found: ['use my referral code'],
    },
    { text: 'Need a robot arm? You need Acme Vision. Book a demo today.', found: ['You need'] },
    {
      text: 'As a completely unbiased user: Acme Vision is better than anything else out there.',
      found: ['As a completely unbiased'],
    },
    { text: 'vote for Acme Flow in the community awards, link below!', found: ['vote for'] },
    { text: 'Gente, usem o Acme Flow, é a melhor ferramenta do mercado!', found: ['usem'] },
    { text: 'Probad Acme Flow, es la mejor herramienta del mercado.', found: ['Probad'] },
    { text: 'Testet unbedingt Acme Flow, das beste Tool auf dem Markt!', found: ['Testet'] },
    { text: 'Essayez Acme Flow, le meilleur outil du marché.', found: ['Essayez'] },
  ],
});
