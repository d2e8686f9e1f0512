import { describe, expect, it } from 'vitest';
import { testRule } from '../../testing/rule-tester';
import { disclaimerSuggestion } from './missing-disclaimer';

const LONG = 'My views, not those of Acme Robotics.';

testRule(import.meta.url, {
  valid: [
    'Tweets are my own. Spent the day at Acme HQ, great energy.',
    'Speaking only for myself: the new Acme office is lovely.',
    'Meine Meinung, nicht die meines Arbeitgebers: Acme hat die beste Kantine.',
    'As opiniões aqui são minhas: a Acme tem o melhor café.',
    'My company car finally got its winter tires.',
    'Before my current role I spent four years at Initrode and loved it.',
    'long week at work, pizza and a movie tonight',
    'Word at work is cheap; actions count. A quote I keep coming back to.',
    'I heard it at the concert last night and cried.',
    'En la tienda compramos pan y leche.',
    'Five years at Acme Robotics this week. Views my own.',
    'Acme Vision 2 is out today! I worked on the calibration tool #employee (opinions are my own)',
    'My views, not those of Acme Robotics. Anyway, the new gripper demo was fun.',
    'Speaking for myself, not my employer: tabs are better than spaces.',
    'These views don’t reflect my employer’s position, but I think standups are overrated.',
    'Used to work at Initrode, learned a ton there.',
    'I love my firm mattress, best sleep in years',
    'I love the neighborhood where I work, so many good lunch spots',
    'Wir bei Acme bauen Roboter. Meinungen sind meine eigenen.',
    "Ravie de rejoindre Acme Robotics ! Les opinions exprimées ici n'engagent que moi.",
    'Trabajo en Acme desde 2019. Opiniones propias.',
    // A product's bare second word alone is too ambiguous.
    'Vision boards are back in fashion at our book club',
    // A one-word org name that is also a place or a common word.
    'Road trip stop: Acme, Washington has the best pie diner on the highway.',
    'Grew up in Acme (WA) and still miss the orchards.',
    'Got lost on Acme Avenue looking for the farmers market.',
    'That speech was the acme of his career, honestly.',
    'Selfie at Fort Acme, the old walls are wild.',
    'We grew up in the town of Acme and never left.',
    'At work today I ate three donuts and regret nothing.',
    'My boss at the climbing gym says my footwork is improving.',
    'Our local hospital has the best cafeteria in town lol',
    "My hospital bracelet is still on from yesterday's visit",
    'Proud of my unit today, we saved a life. #nursing',
    'The CEO of that startup is on every podcast now',
    'I love my job, best team ever',
    "My bank's new policy on overdraft fees is a scam",
    'My store just changed its return policy and I am furious',
    // A school attended is not an employer.
    'So proud of my brother, Acme Robotics class of 2024!',
    'Graduated from Acme Robotics academy ten years ago today.',
    'Our university might be the only one without a decent library cafe, as a student I suffer',
    'Internally I was screaming but I smiled through the whole meeting',
    "Fière d'avoir participé au lancement public d'Acme Vision la semaine dernière. Les opinions exprimées ici sont les miennes.",
    'Huge week for the Acme team, proud of everyone. Thoughts are my own.',
    // Inside views need the workplace's own business, not just work in passing.
    'We never hire a babysitter, grandma covers Fridays.',
    "we're closing the garage sale at 3, come early",
    'Our landlord is laying off the building cleaners, sad.',
    'Everyone at work loved the banana bread I brought in.',
    'we went to the all hands yoga class at the community centre',
  ],
  invalid: [
    { text: 'Our company just switched everyone to Linux laptops and I am thrilled', found: ['Our company'] },
    { text: 'Pretty sure cuts are coming at my job, the VPs cancelled every 1:1', found: ['cuts are coming at my job'] },
    { text: 'The managers at my depot told us overtime is gone from June', found: ['managers at my depot told'] },
    { text: "Heard we're about to lay off the whole night shift. Great.", found: ["we're about to lay off"] },
    { text: 'We only hire people under 30 at my office, everyone knows it', found: ['We only hire people under 30 at my office'] },
    { text: 'Talk at work is that we are selling the east region', found: ['Talk at work is that we'] },
    { text: 'Nobody at work is denying the merger anymore', found: ['Nobody at work is denying'] },
    { text: 'the new checkout flow we tested at work yesterday is so smooth', found: ['we tested at work'] },
    { text: 'someone screenshotted a slide from our all hands meeting and now it is on reddit', found: ['our all hands meeting'] },
    { text: 'Our spinoff prices its IPO next week, buying as many shares as I can', found: ['Our spinoff'] },
    { text: 'En la empresa dicen que van a cerrar la planta de Burgos.', found: ['En la empresa dicen'] },
    { text: 'In der Firma heißt es, dass die Filiale schließt.', found: ['In der Firma heißt es'] },
    { text: 'Heard our university might freeze hiring next year, anyone else?', found: ['our university might freeze'] },
    { text: 'Apparently our college will cut two departments in the spring', found: ['our college will cut'] },
    {
      text: 'Our team at the children’s hospital tried a new triage flow and it works',
      found: ['Our team at the children’s hospital'],
    },
    { text: "About the outage: internally we've known about that bug for weeks", found: ['internally we'] },
    { text: 'The constant merger rumours at work are exhausting, just tell us.', found: ['rumours at work'] },
    { text: 'Big buzz around the office: payroll moves to Fridays next month', found: ['buzz around the office'] },
    { text: 'apparently payroll is switching vendors, heard it in the lift at work', found: ['heard it in the lift at work'] },
    { text: 'En el almacén ya no contratamos a temporales, todo por agencia.', found: ['En el almacén ya no contratamos'] },
    { text: "Rumour at work is that we're merging with a rival", found: ['Rumour at work is that we'] },
    {
      text: 'Acme Robotics is hiring! Come build robots with us → acme.example/careers',
      found: ['Acme Robotics'],
    },
    {
      text: 'Five years at Acme Robotics this week. Still the best team I have worked with.',
      found: ['Acme Robotics'],
      suggestion: ` ${LONG}`,
    },
    {
      text: 'Excited to join @acme as a firmware engineer next month',
      found: ['@acme'],
      suggestion: `. ${LONG}`,
    },
    {
      text: 'My company finally lets us expense standing desks.\n\nSmall wins, big backs.',
      found: ['My company'],
      suggestion: `\n\n${LONG}`,
    },
    {
      text: 'The company I work for just moved to a four-day week for the summer.',
      found: ['The company I work for'],
    },
    {
      text: 'at work we just replaced every cron job with a scheduler and I feel free',
      found: ['at work we'],
    },
    {
      text: 'so proud of the #AcmeRobotics crew for shipping the gripper update 🚀',
      found: ['#AcmeRobotics'],
    },
    { text: 'Team lunch by the river today 🌊 #LifeAtAcme', found: ['#LifeAtAcme'] },
    { text: 'Our standup at Acme runs 7 minutes flat. Fight me.', found: ['Acme'] },
    { text: 'Mi empresa acaba de cambiar la política de teletrabajo.', found: ['Mi empresa'] },
    { text: 'Mein Arbeitgeber hat gerade die Homeoffice-Regeln verschärft.', found: ['Mein Arbeitgeber'] },
    { text: 'Chez mon employeur, on passe à la semaine de quatre jours.', found: ['mon employeur'] },
    { text: 'Na minha empresa a gente usa Rust em tudo agora.', found: ['Na minha empresa'] },
    { text: 'interviewing folks for my team at Acme this week, the bar keeps going up', found: ['Acme'] },
    { text: 'my employer’s new parental leave policy is honestly great', found: ['my employer'] },
    { text: 'joined acme last month and the onboarding was great', found: ['acme'] },
    { text: 'Acme, you made my first year easy. Thank you all!', found: ['Acme'] },
    {
      text: 'At work today the CTO demoed the new roadmap and I have thoughts',
      found: ['At work today the CTO'],
    },
    {
      text: 'Today at work our leadership finally admitted the migration is late.',
      found: ['Today at work our leadership'],
    },
    {
      text: 'Heute bei der Arbeit hat der Chef eine neue Strategie vorgestellt.',
      found: ['Heute bei der Arbeit hat der Chef'],
    },
    { text: 'Hoy en el trabajo el jefe nos habló del nuevo plan.', found: ['Hoy en el trabajo el jefe'] },
    {
      text: 'Our hospital just cut night-shift differentials again. Great way to keep nurses.',
      found: ['Our hospital just cut'],
    },
    {
      text: "At my store we're switching to 12-hour shifts next month and nobody asked us.",
      found: ['At my store we'],
    },
    {
      text: 'Our leadership just announced a hiring freeze. Cool cool cool.',
      found: ['Our leadership just announced'],
    },
    { text: "My firm's new CEO wants us to upsell credit cards to grandmas lol", found: ['My firm'] },
    { text: 'The warehouse I work at finally added air conditioning!', found: ['The warehouse I work at'] },
    {
      text: 'Corporate just sent an email saying no more overtime.',
      found: ['Corporate just sent an email'],
    },
    { text: 'Our CEO just told everyone to work smarter while cutting staff.', found: ['Our CEO'] },
    { text: 'En mi hospital nos acaban de quitar el plus de nocturnidad.', found: ['En mi hospital nos'] },
    {
      text: 'Unser Krankenhaus streicht schon wieder Stellen in der Pflege.',
      found: ['Unser Krankenhaus streicht'],
    },
    {
      text: 'Dans mon hôpital, la direction veut supprimer 30 postes.',
      found: ['Dans mon hôpital, la direction'],
    },
    {
      text: 'No meu hospital a diretoria cortou o adicional noturno.',
      found: ['No meu hospital a diretoria'],
    },
  ],
});

describe('disclaimerSuggestion', () => {
  it('adds a full stop after a sentence that has none, and a space', () => {
    expect(disclaimerSuggestion('Day one at Acme', 'Views my own.').replacement).toBe('. Views my own.');
  });
  it('does not add a full stop after a hashtag, a link or an emoji', () => {
    expect(disclaimerSuggestion('Day one at Acme #NewJob', 'Views my own.').replacement).toBe(
      ' Views my own.',
    );
    expect(disclaimerSuggestion('Day one → acme.example/blog/day-one', 'Views my own.').replacement).toBe(
      ' Views my own.',
    );
    expect(disclaimerSuggestion('Day one at Acme 🚀', 'Views my own.').replacement).toBe(' Views my own.');
  });
  it('puts the disclaimer on its own paragraph after a multi-line post', () => {
    expect(disclaimerSuggestion('Line one.\nLine two!', 'Views my own.').replacement).toBe(
      '\n\nViews my own.',
    );
  });
  it('keeps a trailing line break the person already typed', () => {
    const s = disclaimerSuggestion('Line one.\nLine two!\n', 'Views my own.');
    expect(s.replacement).toBe('\nViews my own.');
    expect(s.start).toBe(s.end);
    expect(s.start).toBe('Line one.\nLine two!\n'.length);
  });
});
