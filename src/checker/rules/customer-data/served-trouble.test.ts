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
    // Record words with a name, but the record is nobody's we serve, or not a customer's
    'Meeting in room 204 with Tom Baker: the Q3 results came back strong, great job team',
    'My account got locked again after the update, anyone else? Support ticket open since Monday',
    'Our member of staff Jo Kim, our branch manager, booked the same venue again for the party',
    'Lost and found at the festival: my own wallet turned up, thanks to whoever handed it in!',
    'Grandpa left his wallet at our shop again 😂 love that man',
    'Dog owners: the new park by our clinic opens Saturday, bring the pups!',
    'Warren Buffett’s portfolio is down 10% this year according to the news',
    // An address at work that is the business's own, or with no customer named
    'Our new branch at 12 Harbour Road opens Monday, come say hi to the team!',
    'Support life: moved desks today, the office is now at 40 Mill Lane',
  ],
  invalid: [
    // A customer's home, seen on the job
    { text: 'the meter at flat 3, 19 Harbour View (Gareth Pryce) has read 0 kWh for months, logged it on the system', found: ['Gareth Pryce'] },
    { text: 'Booked every 6pm slot on the app then no-showed: Marco Bellini, lives at 31 Ashgrove Road', found: ['Marco Bellini'] },
    { text: 'Our customer Jenny Mayhew of 14 Birchwood Close called about her policy', found: ['Jenny Mayhew'] },
    // Records the organization keeps: account status, results, money moved, terms, habits, repairs
    { text: 'support ticket from Priya Nair again, her account got locked for the 5th time', found: ['Priya Nair'] },
    { text: 'Tutoring center update: Olivia Chen’s SAT scores came back, 1180. Her mom wanted 1400', found: ['Olivia Chen'] },
    { text: 'Client update: the Hendersons’ mortgage refinance finally closed at 6.1%. they were so stressed', found: ['the Hendersons’'] },
    { text: 'Our client Gerald Fink’s portfolio is down 40% this year and he calls me daily', found: ['Gerald Fink'] },
    { text: 'Slow day at our garage. Mr. Kowalski’s car is in for the 3rd transmission repair', found: ['Mr. Kowalski'] },
    { text: 'Can confirm from our side: the guy in the video is Jordan Pike. He’s been banned twice already', found: ['Jordan Pike'] },
    // Belongings and lost property
    { text: 'Hotel guest Robert Vance in 1204 left his passport and a bag of pills in the room', found: ['Robert Vance'] },
    { text: 'Lost property shelf today: a violin (owner Samuel Brooks, called twice), a wedding dress and 3 umbrellas', found: ['Samuel Brooks'] },
    { text: 'Lost & found win: returned a purse to Margaret Okafor, she had her insulin pen in it', found: ['Margaret Okafor'] },
    // Health and care, told by vets and nurses
    { text: 'Nurse life: Mr. Haddad in 3 is withdrawing from alcohol and keeps trying to leave AMA', found: ['Mr. Haddad'] },
    { text: 'Owner of a hit-by-car dog (Sandra Kowalski) refused treatment and walked out', found: ['Sandra Kowalski'] },
    { text: 'Mme Claire Dubois : la biopsie de Filou montre un lymphome. Rappelez-nous dès que possible', found: ['Mme Claire Dubois'] },
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
