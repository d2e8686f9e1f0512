import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'heads up, the guys from the band are here',
    'a guy from my climbing gym just finished his first marathon',
    'We saw Guys and Dolls at the community theater last night',
    'the guys who fixed our roof did a great job',
    'Hey everyone, quick poll for the data folks',
    'Gracias a todos por venir',
    'Hallo Leute, wer kommt mit?',
  ],
  invalid: [
    { text: 'heads up guys, the build is red', found: ['guys'] },
    { text: 'PSA guys: the printer on 3 is fixed', found: ['guys'] },
    { text: 'quick question guys, who has the projector key?', found: ['guys'] },
    { text: 'Hey guys, quick poll about storage formats', found: ['guys'], suggestion: 'everyone' },
    { text: 'morning guys! who is ready for planning?', found: ['guys'], suggestion: 'everyone' },
    { text: 'what do you guys think about the new schema?', found: ['you guys'], suggestion: 'you all' },
    { text: 'Guys, the build is green again', found: ['Guys'], suggestion: 'Everyone' },
    { text: 'thanks for coming, guys!', found: ['guys'], suggestion: 'everyone' },
    { text: 'HEY GUYS WE SHIPPED', found: ['GUYS'], suggestion: 'EVERYONE' },
    { text: 'Salut les gars, qui vient jeudi ?', found: ['les gars'], suggestion: 'tout le monde' },
    { text: 'Hola chicos, ¿quién viene al meetup?', found: ['chicos'], suggestion: 'a todos' },
    { text: 'Danke Jungs für die Hilfe', found: ['Jungs'], suggestion: 'Leute' },
    { text: 'Valeu rapazes, até amanhã', found: ['rapazes'], suggestion: 'pessoal' },
  ],
});
