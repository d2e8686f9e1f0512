import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I would not be surprised if it snows tomorrow.',
    "Can't share the recipe yet, grandma would kill me 😂",
    "not announced yet to the cousins but we're having a baby in June!",
    'History homework tonight: the Embargo Act of 1807.',
    'Acme Vision 3 is out today, press release on our site.',
    'We have not been to the beach yet this summer.',
    'Our public launch went live yesterday, the press release is on the website. Proud of the team!',
  ],
  invalid: [
    {
      text: "It's not public yet, but our team is opening an office in Lisbon.",
      found: ['not public yet'],
      severity: 'block',
    },
    { text: 'Embargoed until Thursday: Acme Robotics wins the industry award!', found: ['Embargoed until'] },
    {
      text: 'The launch is not announced until the keynote, so no screenshots.',
      found: ['is not announced'],
    },
    {
      text: 'Comms is still finalizing the press release, but the partnership is signed.',
      found: ['Comms is still finalizing'],
    },
    { text: 'Todavía no es público, pero lanzamos el producto en abril.', found: ['Todavía no es público'] },
    { text: 'Pas encore annoncé : notre produit arrive en mai.', found: ['Pas encore annoncé'] },
    { text: 'Noch nicht offiziell, aber unser Büro in Wien kommt.', found: ['Noch nicht offiziell'] },
    { text: 'Ainda não foi anunciado, mas o produto novo sai em maio.', found: ['Ainda não foi anunciado'] },
    {
      text: 'Customers get told next week that the old plan is going away.',
      found: ['Customers get told next'],
    },
    {
      text: 'Nobody outside the company knows this yet, but we are moving HQ to Denver.',
      found: ['Nobody outside the company knows this yet'],
    },
    {
      text: 'Sneak peek of something we are not supposed to show until launch day, Acme Vision 2 is coming.',
      found: ['not supposed to show until'],
    },
    {
      text: 'Leadership told us today that the cardiology wing is closing. Announcement is Monday.',
      found: ['Leadership told us', 'Announcement is Monday'],
    },
    {
      text: "Can't share details yet, but our new clinic opens in Springfield in April!",
      found: ["Can't share details yet"],
    },
    {
      text: "The merger announcement is next week, I can't say more than that.",
      found: ['announcement is next', "can't say more than that"],
    },
  ],
});
