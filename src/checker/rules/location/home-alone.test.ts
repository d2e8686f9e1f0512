import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'watching Home Alone with the kids for the 40th time',
    'Home Alone 2 is the better sequel, fight me',
    'walking home alone after the concert, what a night',
    'I live alone and honestly I love it',
    'the office is empty on Fridays',
  ],
  invalid: [
    {
      text: "Home alone all weekend, partner's away for work 🍷",
      found: ['Home alone'],
      severity: 'suggestion',
    },
    { text: 'just me and the cat at home until Monday', found: ['just me and the cat at home'] },
    { text: 'finally on holiday, the house is empty till the 20th', found: ['the house is empty'] },
    { text: 'got the place all to myself this week', found: ['got the place all to myself'] },
    { text: 'Sozinha em casa esse fim de semana', found: ['Sozinha em casa'] },
    { text: 'Bin allein zu Hause bis Sonntag', found: ['allein zu Hause'] },
    { text: 'seule à la maison ce soir', found: ['seule à la maison'] },
    { text: 'sola en casa todo el finde', found: ['sola en casa'] },
  ],
});
