import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "Never leave the back door unlocked when you go out",
    "Left the window open and a pigeon got in, lol",
    "Keeping the office door open for the breeze",
    'Never leave your spare key under the mat, burglars check there first',
    'Found my car key in the plant pot after two days of searching',
    'Growing up the key was always under a fake rock by the door',
    'Key lime pie in the planter-shaped dish, very on brand for this garden party',
    'the key to a good sourdough is patience',
  ],
  invalid: [
    { text: "We'll leave the side door unlocked for the dog walker while we're at work", found: ["We'll leave the side door unlocked"] },
    { text: "Leaving the back door unlocked all day for the cleaner", found: ["Leaving the back door unlocked"] },
    { text: "I left the garage open for the courier, we're out of town", found: ["left the garage open"] },
    {
      text: "Cleaner comes Tuesday, the key's under the mat at the back door",
      found: ["key's under the mat"],
      severity: 'suggestion',
    },
    { text: 'I left the spare key in the flower pot by the gate for the dog sitter', found: ['left the spare key in the flower pot'] },
    { text: 'Spare key is behind the gnome, help yourselves to the fridge', found: ['Spare key is behind the gnome'] },
    { text: 'Mamá, la llave está debajo del felpudo, llego a las 8', found: ['la llave está debajo del felpudo'] },
    { text: 'Der Schlüssel liegt unter der Fußmatte, bin bis 18 Uhr weg', found: ['Schlüssel liegt unter der Fußmatte'] },
  ],
});
