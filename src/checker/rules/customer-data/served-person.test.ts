import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Our team member Lina Cho ran the whole spin marathon, legend',
    'New member perks: towel service and a free smoothie every Friday',
    'Player of the match: Diego Ramos, two goals and an assist',
    'Our top members this season: Ana Ruiz ran 212 miles, amazing effort from the club',
    'Allergy season is brutal, Maria Lopez from accounting agrees',
    'Our podcast guest, Maria Lopez, talked about her asthma and running marathons.',
    'The guest in 412 was lovely, Maria from the front desk said.',
    'My flight IB3170 to Madrid, seat 12C, was delayed three hours. Never again.',
    'Flying to New York tomorrow on BA117, seat 3A, so excited!',
    'Captain Sarah Lee flew us on LH400 today, smoothest landing ever.',
    'I got a 1540 on the SAT and still got waitlisted at Stanford.',
    'My daughter Emma got waitlisted at UCLA with a 4.0 GPA, we are gutted.',
    'Our guest speaker Dr. Ana Lopez talked about diabetes research tonight.',
    'Huge congrats to our student Maria Lopez, who was accepted to MIT!',
    'Steph Curry was suspended for one game after the fight. Wild.',
    'Booking confirmation for the team offsite is done, Jane Smith has the details.',
    'Our passengers on flight 311 were amazing today, thank you all!',
    'Student Ambassador Jake Miller gave a great campus tour today.',
    'Gold Status Match is back: sign up by Friday and get Platinum member perks.',
    'Al pasajero del 14C que me llamó tonta: ojalá pierdas tu conexión.',
    'Mi vuelo IB3170, asiento 12C, salió con dos horas de retraso.',
    'Guest: Dr. Maria Chen, oncologist, on new cancer treatments. Listen now!',
    'Our students averaged 1350 on the SAT this year, says principal Mark Davis.',
    'Vinícius Júnior fue expulsado en el minuto 80, partidazo.',
    'Congrats to Jane Smith, our new Platinum member of the Rotary Club!',
    'Passenger Rights Act: airlines must now refund cancelled flights within 7 days.',
    'Guest: Maria Santos, breast cancer survivor and author of two memoirs. Tickets at the door.',
    'Our students were rejected from the internship program this year, says John Miller.',
    'Thanks to all the guests who came to our open house, Maria Santos made the best cake.',
    'Everyone in my 9am section failed the midterm, which says more about the exam than about them.',
    'I failed the midterm in my stats class, 41%. Time to actually study.',
    'My son Leo failed the final in his chemistry class and is devastated.',
    'Half of my students failed the quiz, so I am rewriting it for next term.',
    'Our students, Ana and Ben, won the regional robotics final!',
    'Proud of our PhD students: Daniel Okoro just passed his qualifying exam!',
    'I am on medical leave until March, so my seminar is covered by a colleague.',
    'Grading tonight: the class average on the midterm was 71%, better than last year.',
    'Our customer Sam Lee won the raffle today, congrats Sam!',
    "My friend Dave Kim is way over his data cap every month, he streams everything lol",
    'Sarah Mills from book club returned 9 library books this month, a record!',
  ],
  invalid: [
    { text: 'Rough night on support: a player, Maya Lund, fainted mid-stream and told us she is diabetic', found: ['Maya Lund'] },
    { text: 'The customer (older lady, Rosa Klein) had an asthma attack at the checkout', found: ['Rosa Klein'] },
    { text: 'Herr Vogt (Mitglied Nr. 44812) hat wegen einer Depression gekündigt, Attest liegt vor', found: ['Herr Vogt'] },
    { text: 'la socia Inés Navarro se desmayó en la clase de spinning, es diabética', found: ['Inés Navarro'] },
    { text: 'Our biggest loyalty member, Mrs. Joan Pike, has returned 48 dresses since January', found: ['Mrs. Joan Pike'] },
    { text: 'The guest in 412, Maria Lopez, has a severe shellfish allergy.', found: ['Maria Lopez'] },
    { text: 'La huésped de la 305, Carmen Ruiz, tiene alergia grave al marisco y esta noche casi la liamos en el buffet.', found: ['Carmen Ruiz'] },
    {
      text: 'Flight AC123 to Toronto is delayed again. Passengers Tom and Ana Silva were rebooked on the late one.',
      found: ['Tom'],
    },
    {
      text: 'Hotel guest Sra. Pilar Ortega, habitación 305, ingresó por una neumonía. Le mandamos flores.',
      found: ['Sra. Pilar Ortega'],
    },
    {
      text: 'Passenger Ana Ruiz (seat 14C, the late flight to Boston) fainted during boarding — low blood sugar, her son said.',
      found: ['Ana Ruiz'],
    },
    {
      text: 'Big hug to Mr. David Okafor in 3A on AC855, who chatted about his dialysis the whole way and still smiled.',
      found: ['Mr. David Okafor'],
    },
    {
      text: 'Proud of the desk today: passenger Lena Fischer (Acme Miles Gold, booking reference K7XQ2P) was rebooked in ten minutes.',
      found: ['Lena Fischer'],
    },
    {
      text: 'Gold member Tom Walsh (PNR K7XQ2P) yelled at the gate agent for 20 minutes today.',
      found: ['Tom Walsh'],
    },
    {
      text: 'Read 40 applications today. Kevin Osei, 34 ACT, was deferred to regular decision.',
      found: ['Kevin Osei'],
    },
    {
      text: 'Applicant Jordan Lee had a 3.1 GPA and a 1280 SAT, we rejected him in round one.',
      found: ['Jordan Lee'],
    },
    {
      text: 'Student Emma Clarke got suspended today for cheating on the midterm, what a mess.',
      found: ['Emma Clarke'],
    },
    {
      text: 'Our guest Mr. Lee in room 412 had an allergic reaction at breakfast last night, scary stuff.',
      found: ['Mr. Lee'],
    },
    {
      text: 'Pasajera María Gómez, asiento 12C del vuelo IB3170, sufrió un infarto a mitad del trayecto.',
      found: ['María Gómez'],
    },
    {
      text: 'La alumna Lucía Pérez suspendió todas en junio, y su madre vino a gritarme.',
      found: ['Lucía Pérez'],
    },
    {
      text: 'Der Fluggast Herr Becker, Platz 14D auf LH400, hatte einen Herzinfarkt. Zum Glück war ein Arzt an Bord.',
      found: ['Herr Becker'],
    },
    {
      text: 'Die Bewerberin Anna Schulz mit Abiturnote 1,3 wurde trotzdem abgelehnt. Verstehe ich nicht.',
      found: ['Anna Schulz'],
    },
    {
      text: 'Le passager M. Dubois, siège 5F, a fait un malaise cardiaque sur le vol AF1234.',
      found: ['M. Dubois'],
    },
    {
      text: "L'étudiante Camille Martin a été recalée au bac avec une moyenne de 8. Triste.",
      found: ['Camille Martin'],
    },
    {
      text: 'O passageiro João Silva, assento 22A, passou mal no voo TP1351 — diabetes descompensada.',
      found: ['João Silva'],
    },
    {
      text: 'A aluna Beatriz Souza foi reprovada em cálculo pela terceira vez.',
      found: ['Beatriz Souza'],
    },
    {
      text: 'Sofia in my 9am section failed the midterm, 41%. Office hours exist for a reason.',
      found: ['Sofia'],
    },
    {
      text: 'Grading finals for my intro stats class. Marcus got a D on the final again, third time this year.',
      found: ['Marcus'],
    },
    {
      text: 'One of our PhD students, Daniel Okoro, is on medical leave until March, so his seminar moves online.',
      found: ['Daniel Okoro'],
    },
    {
      text: 'Customer in today, Tom Halvorsen, told me he is in the middle of chemo and behind on his bill. Waived the late fee.',
      found: ['Tom Halvorsen'],
    },
    // What a shop or a carrier knows of a customer's account, where the post is about serving them.
    {
      text: "Just helped Dave Kim in store, his contract ends in March and he's way over his data cap every month lol",
      found: ['Dave Kim'],
    },
    { text: 'Delivered groceries to Tom Becker on Maple Ave, he orders 24 cans of beer every Friday without fail', found: ['Tom Becker'] },
    { text: "Helped a lovely lady, Ms. Okafor, set up her new phone today. She's behind on two bills but so sweet.", found: ['Ms. Okafor'] },
    { text: 'Guess who just bought a $4,000 TV on store credit again, our regular Mike Brennan', found: ['Mike Brennan'] },
  ],
});
