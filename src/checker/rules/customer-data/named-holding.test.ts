import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // A name and a record word, but nobody served: the author's own, a colleague, kin, a public figure
    'Happy retirement to our colleague Mrs. Harrington after 30 years of keeping the accounts straight!',
    'My balance on the climbing wall has improved so much this year, thanks coach',
    'Congrats to Ana Souza on her first marathon! Proud of my sister, no visits to the physio needed',
    'Mr. Lopez, my old chemistry teacher, just retired. Best exam prep I ever had',
    'I opened a savings account for my daughter today, first step to financial literacy',
    // Serving words and records, but no one identifiable
    'Reminder: patients can now check their test results and book appointments online',
    'Room 214 is the big conference room on floor 2, please book it via the calendar',
    'Bed 12 in the new ward is wider than the old ones, nice upgrade for the nurses',
    'Our tenant rights workshop is on Thursday, bring your questions about rent and deposits',
    'Mr. Ng from our IT team fixed my account settings in five minutes, legend',
    'Our customers can now renew their membership online, no more queue at the desk',
  ],
  invalid: [
    // A titled surname + what we hold + the serving side
    { text: 'lol Mr Dabrowski rang again about his overdue balance, still wants a limit increase', found: ['Mr Dabrowski'] },
    { text: 'Flat 4B, Mrs Harrington, still has not paid her service charge. third reminder going out', found: ['Mrs Harrington'] },
    { text: 'Seat 14C on the morning flight, Mr. Osei, pulled for a second screening again', found: ['Mr. Osei'] },
    { text: 'Herr Brandt hat seine Rechnung schon wieder nicht bezahlt, Kundennummer 51277', found: ['Herr Brandt'] },
    { text: 'Frau Lange aus Zimmer 8 wurde heute am Knie operiert', found: ['Frau Lange'] },
    // An initial and a surname, or a full name told as a person
    { text: 'Insurance claim for K. Ambrose and the burst pipe got denied, we found the damage was old', found: ['K. Ambrose'] },
    { text: 'Teaching assistant life: Marek Zielinski failed the midterm again, his parents will not be happy', found: ['Marek Zielinski'] },
    { text: 'Ticket from Nora Beck: her son’s medical records list the wrong blood type', found: ['Nora Beck'] },
    // A client listed by surname after a pet or a room number
    { text: 'Surgery list at the clinic: Biscuit (Moreau, 3 extractions), Rolo (Tanaka, dental cleaning)', found: ['Moreau'] },
    // A role the organization serves, in front of the name or as its first word
    { text: 'Passenger Ines Duarte (seat 4D, late flight) had a seizure on board, his... sorry, her husband said it was epilepsy', found: ['Passenger Ines Duarte'] },
    { text: 'Our tenant Viktor Hale in unit 3 is 2 months behind on rent, letters going out', found: ['Viktor Hale'] },
    { text: 'Our member Sam Ortiz hit her 300th class and still owes for March', found: ['Sam Ortiz'] },
    // A work act on the person, and a count of their visits or a table served
    { text: 'Hoy en el trabajo atendí a Don Pablo Ruiz, que no paga la cuenta desde hace tres meses', found: ['Don Pablo Ruiz'] },
    { text: 'El señor Vidal de la mesa 4 pidió la cuenta y pagó con una tarjeta rechazada', found: ['señor Vidal'] },
    { text: 'Heute kam wieder Frau Ostermann und hatte ihr Insulin-Rezept vergessen', found: ['Frau Ostermann'] },
  ],
});
