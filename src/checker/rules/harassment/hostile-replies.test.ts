import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "I'm going to log off for the night, see everyone tomorrow",
    "my kids won't shut up about the new puppy",
    'Shut up and take my money',
    "Nobody asked, but here's my ranking of SQL window functions",
    'nobody asked for this redesign of the settings page',
    'remember to log off the VPN before you leave',
    'it is easy to get lost in the docs',
    "let's take a hike on Sunday",
    "I'd go to hell and back for this team",
    'kids learn to read at very different ages',
    'in a long session the context might get lost, after all',
    "the headache won't go away",
    "you don't know what you're missing",
  ],
  invalid: [
    { text: '@someone shut up, nobody asked', found: ['shut up', 'nobody asked'] },
    { text: 'no one asked for your opinion on my charts', found: ['no one asked'] },
    { text: 'just log off, seriously', found: ['log off'] },
    { text: 'Do everyone a favor and log off, Jordan.', found: ['log off'] },
    { text: 'go crawl back under your rock', found: ['go crawl back under your rock'] },
    { text: 'stfu and read the docs', found: ['stfu'] },
    { text: 'cry about it', found: ['cry about it'] },
    { text: 'Ferme-la, personne ne t’a demandé.', found: ['Ferme-la', 'personne ne t’a demandé'] },
    { text: 'Cállate ya, nadie te preguntó', found: ['Cállate', 'nadie te preguntó'] },
    {
      text: 'Halt die Klappe, niemand hat dich gefragt',
      found: ['Halt die Klappe', 'niemand hat dich gefragt'],
    },
    { text: 'cala a boca, ninguém te perguntou', found: ['cala a boca', 'ninguém te perguntou'] },
    { text: 'Go away, troll.', found: ['Go away'] },
    {
      text: "you clearly have no idea what you're talking about",
      found: ["you clearly have no idea what you're talking about"],
    },
    { text: 'nobody wants your hot takes, Greg', found: ['nobody wants your hot takes'] },
  ],
});
