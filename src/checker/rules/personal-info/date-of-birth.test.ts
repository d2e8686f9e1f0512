import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'happy birthday to me 🎂 another year of pretending I understand regex',
    'born and raised in Chicago',
    'she was born in 1990 and started coding at 12',
    'Einstein was born on 14 March 1879 in Ulm',
    'sprint ends 2024-06-14, demo on 06/17',
    'my birthday is in March, send cake',
  ],
  invalid: [
    {
      text: 'her details: Maria Lopez, DOB 1986-04-23, policy lapsed',
      found: ['DOB 1986-04-23'],
      severity: 'warn',
    },
    { text: 'date of birth: 03/14/1985', found: ['date of birth: 03/14/1985'] },
    { text: 'Born 22.07.1993 in Lyon and still lost in every city', found: ['Born 22.07.1993'] },
    { text: 'born on March 14, 1985 in Ohio', found: ['born on March 14, 1985'] },
    { text: 'nacido el 3 de mayo de 1990', found: ['nacido el 3 de mayo de 1990'] },
    { text: 'geboren am 12.05.1988 in Köln', found: ['geboren am 12.05.1988'] },
    { text: 'née le 5 juin 1992 à Nantes', found: ['née le 5 juin 1992'] },
    { text: 'nascida em 22/07/1995, em Porto', found: ['nascida em 22/07/1995'] },
  ],
});
