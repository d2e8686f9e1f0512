import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // Health or money words with a name, but no one served at work
    'Congrats to Marta Solis on finishing chemo! So proud of my friend 💪',
    'My coworker Tina Alvarez is three months behind on rent, we started a collection at work',
    'RIP Johnny Vance, the news says it was a heart attack. Prayers for the family',
    // Served at work, but the detail is the author's own or nobody's
    'At the branch today I realized my own card got declined lol, payday can’t come soon enough',
    'Pharmacy life: flu shots are in, come by the counter any time',
    'Our client Harbor Foods renewed for three years, huge win for the team',
    // Conduct words outside the job, or the author's own
    'Called Mom again for the third time today, she never picks up 😅',
    'At work all day, then returned three sweaters I bought online. Never again',
    'Looked up the reviews for Casa Lina before booking, everyone says the paella is the best in town',
  ],
  invalid: [
    {
      text: 'Bank life: Derek Olsen came in to close all 4 of his accounts, guess the divorce is final',
      found: ['Derek Olsen'],
      severity: 'block',
    },
    { text: 'Our customer Jenna Marsh is three months behind on her mortgage and calls me daily', found: ['Jenna Marsh'] },
    { text: 'Nurse life: Rita Gómez came in again, her dialysis got moved to Fridays', found: ['Rita Gómez'] },
    { text: 'Ana Ruiz at the register, card declined again, third time this week 🙃', found: ['Ana Ruiz'] },
    { text: 'The Okonkwos in unit 9 are being evicted, rent is 5 months overdue. Property mgmt life', found: ['The Okonkwos'] },
    { text: 'Herr Vogel war heute wieder in der Filiale, Konto schon wieder 3.000 € überzogen', found: ['Herr Vogel'] },
    { text: 'La señora Ibáñez vino a la farmacia por sus antidepresivos, otra vez sin receta', found: ['señora Ibáñez'] },
    { text: 'Support life: Gary Whitlock (ticket #40112) called again about the same invoice, fourth time this week', found: ['Gary Whitlock'] },
    { text: 'Front desk tea: Lena Brooks stayed in room 311 for a month and checked in under her maiden name', found: ['Lena Brooks'] },
    { text: 'Our customer Pam Riddle returned three more lamps today, all of them used 🙄', found: ['Pam Riddle'] },
    { text: 'Kunde Jonas Weber hat heute schon wieder angerufen, wegen der gleichen Rechnung. Schicht vorbei, Nerven auch', found: ['Jonas Weber'] },
    { text: 'Pulled up the account and yep, Nadia Frost emailed us nine times since Monday about the same refund', found: ['Nadia Frost'] },
  ],
});
