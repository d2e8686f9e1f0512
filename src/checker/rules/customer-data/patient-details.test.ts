import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Our SQL injection training for the support line team starts Monday, Ines Vale is running it.',
    'My aunt Rosa Diaz called the clinic again about her chemo, she hates waiting on hold',
    'Dr. Lena Fox called our support line about a billing bug in the patient portal',
    'Dr. Omar Haddad says most of the heart failure patients he sees never heard of the trial.',
    'Tom Brady tore his ACL in 2008 and came back stronger. Legend.',
    'My son tore his ACL at practice, surgery next week. Prayers appreciated.',
    'Our sports medicine clinic now offers ACL injury prevention screenings for all athletes.',
    'patient zero of the flu in our house is the toddler, as usual',
    'my doctor says my asthma is under control now, good news',
    'Dr. Patel was so kind at my checkup today. best dentist ever.',
    'Our clinic’s Dr. Amy Wong gave a great talk on diabetes prevention tonight',
    'new migraine meds started this week, fingers crossed',
    'My dentist says veneers are overrated and I should just whiten, thoughts?',
    'Agenda:\n- J. Ortiz: welcome\n- K. Lam: quarterly numbers\n- Q&A',
    'Tom from Pine Road lent us his ladder again, what a neighbour',
    'The data extraction job came in for review this morning, all green.',

    'Happy Patient Safety Week from all of us in the ICU!',
    'My grandma had her hip replacement last month and is walking again, so proud of her.',
    'The senator toured our hospital today and thanked the nurses.',
    'The mayor cut the ribbon on our new cancer center this morning.',
    'Our nurse Maria Gomez ran a marathon two weeks after her knee surgery — legend.',
    "Tom Hanks' new movie about a heart surgeon is surprisingly good.",
    "Jane Smith covered my shift on the cardiac floor so I could see my kid's recital.",
    'Helped my neighbor Jim Rogers move his couch, he just had back surgery so I did the lifting.',
    'Shoutout to our new team member Priya Raman, she starts on the stroke unit Monday!',
    "Pastor Mike's sermon on gratitude was beautiful this morning.",
    'Patient in room 5 keeps pressing the call button lol',
    'Greetings from the cardiac floor! We survived the holiday rush.',
    'Jenna from my book club lent me her wheelchair-accessible van for the move.',
    'Room 4 - Conference, bring laptops. Bed 2 is for the on-call nurse.',
    "Spent my whole shift training Maria on the new charting system, she's a natural.",
    'Reading list: Oliver Sacks (neurology), Atul Gawande (surgery), Siddhartha Mukherjee (cancer).',
    'Lucas, 6, just lost his first tooth and is very proud.',
    'Reminder: flu shots are free at the community center this week, ask for Plan B. if the line is long.',
    'Gave my grandpa his first flu shot reminder today. Vitamin D. Sunshine. Walks. He is 94 and thriving.',
    'My grandma came in again for her morning coffee and told me about her blood pressure meds. Love her.',
  ],
  invalid: [
    { text: "Ines Vale called our support line again, she's gone three weeks without her fertility injections and the clinic still hasn't called.", found: ['Ines Vale'] },
    { text: 'Walter Briggs rang the helpline for the fourth time today, his dialysis transport never showed up.', found: ['Walter Briggs'] },
    { text: 'Esta mañana me llamó la señora Pilar Soto, 71 años, con un diagnóstico de párkinson reciente', found: ['señora Pilar Soto'] },
    { text: 'Big thanks to Dr. Nina Patel: she has put 9 of her diabetes patients on the new pump this quarter', found: ['Dr. Nina Patel'] },
    {
      text: 'Patient R. Singh, 58, admitted twice this month with COPD complications. our model flagged him.',
      found: ['R. Singh'],
    },
    {
      text: 'Mr. Haddad, 81, insulin-dependent, missed three appointments at the clinic we support.',
      found: ['Mr. Haddad'],
    },
    {
      text: 'onboarded Dr. Lena Fischer’s practice today: 900 patients with COPD in her panel',
      found: ['Dr. Lena Fischer'],
    },
    {
      text: 'La paciente Ana Torres, 64, reingresó por diabetes descompensada en el hospital que atendemos.',
      found: ['Ana Torres'],
    },
    {
      text: 'Guess which local news anchor came into our ER last night with a broken wrist 👀',
      found: ['local news anchor'],
    },
    {
      text: 'Had a famous actor in my chair today for a root canal, super nice guy',
      found: ['a famous actor'],
    },
    {
      text: 'Mr. Alvarez in bed 12 finally got extubated after 9 days. Proud of my team.',
      found: ['Mr. Alvarez'],
    },
    {
      text: 'La señora Gómez, habitación 312, ya camina después de su operación de cadera.',
      found: ['señora Gómez'],
    },
    {
      text: 'Herr Becker auf Zimmer 14 hat nach seiner Hüftprothese heute die ersten Schritte gemacht.',
      found: ['Herr Becker'],
    },
    {
      text: 'Not gonna say who, but a certain city councilman is on our psych unit again this week.',
      found: ['a certain city councilman'],
    },
    { text: "Tom Hanks' nephew was on my unit last night, nicest family ever", found: ["Tom Hanks' nephew"] },
    {
      text: 'Worked triage tonight and Jenna Walsh (yes, THAT Jenna Walsh from Channel 5) came in with chest pain.',
      found: ['Jenna Walsh'],
    },
    { text: 'My patient Eleanor, 88, beat her pneumonia and went home today!', found: ['Eleanor'] },
    {
      text: 'Big day for Jamal Carter, one of our members — his kidney transplant was approved after 2 appeals.',
      found: ['Jamal Carter'],
    },
    {
      text: 'Just helped Gloria Diaz enroll in Acme Flow — she has stage 3 kidney disease and was terrified.',
      found: ['Gloria Diaz'],
    },
    {
      text: 'Hoy atendí a la mamá del alcalde en urgencias, tiene neumonía. Pueblo pequeño.',
      found: ['del alcalde'],
    },
    {
      text: "J'ai soigné la femme du maire aux urgences cette nuit, AVC. Petite ville.",
      found: ['du maire'],
    },
    {
      text: "Denied a claim today for Robert Lane's chemo. Third denial this month.",
      found: ['Robert Lane'],
    },
    { text: 'Pastor Mike came in with chest pain last night, please pray for him.', found: ['Pastor Mike'] },
    { text: 'Whiteboard tonight: Bed 3 - Garcia, CHF. Bed 4 - Nguyen, COPD.', found: ['Garcia'] },
    {
      text: "Just saw @jenny_runs in the waiting room for her psych eval. Hope she's ok!",
      found: ['@jenny_runs'],
    },
    { text: 'Our VIP in room 1201 is a certain pop star, leave it at that 😉', found: ['VIP'] },
    {
      text: "Sarah from my kid's school came into the ER with her husband, looks like a broken arm",
      found: ['Sarah'],
    },
    {
      text: 'Shoutout to Dolores in our Medicare Advantage plan, she finally got her hearing aids covered!',
      found: ['Dolores'],
    },
    {
      text: "Le petit Lucas, 6 ans, est sorti de réanimation aujourd'hui après sa greffe.",
      found: ['Lucas'],
    },
    {
      text: "Can't stop thinking about the little girl in room 7 with leukemia. Her name is Emma and she loves unicorns.",
      found: ['Emma'],
    },
    {
      text: 'Frequent flyers this month: John Doe (asthma), Mary Roe (COPD), and Bill Poe (CHF again).',
      found: ['John Doe'],
    },
    {
      text: 'the guy from the Channel 4 weather was on my table for a colonoscopy today lol',
      found: ['guy from the Channel 4'],
    },
      {
      text: 'Guess who hobbled into our sports med clinic with a torn ACL this morning? Starting striker Leo Mendes. Season over.',
      found: ['Leo Mendes'],
    },
    {
      text: 'Our point guard Jalen Moss came into the student health center today with a torn meniscus. Keep it quiet.',
      found: ['Jalen Moss'],
    },
    {
      text: 'Sarah Kim from the volleyball team was in our sports medicine clinic with a dislocated shoulder.',
      found: ['Sarah Kim'],
    },
    // Care given by the author, a first name with the initial of the surname, an age in brackets.
    { text: 'Gave a first-ever flu shot today to Harold P. (94!) from Linden St. He cried, I cried.', found: ['Harold P.'] },
    { text: 'Heute kam wieder Herr Schönfeld (der mit der Insulinpumpe) und hatte sein Rezept vergessen.', found: ['Herr Schönfeld'] },
    { text: 'Big smile from @noahreedtunes in my chair today, veneers all done!', found: ['@noahreedtunes'] },
    { text: 'Monday list:\n- R. Okafor: extraction UL6\n- T. Brandt: crown prep\n- Mrs Lowe: perio recall', found: ['R. Okafor'] },
    { text: 'Priya from Mill Street keeps coming in for her sciatica and she is doing so well', found: ['Priya'] },
    { text: 'Tomas Berg (DOB 11/03/1985) came to us with a herniated disc in May.', found: ['Tomas Berg'] },
    { text: 'Frau Lindner (geb. 1961) kam zu uns mit Bandscheibenvorfall, ihre Physio läuft super.', found: ['Frau Lindner'] },
    { text: "Mrs. Alvarez from Oak St came in again for her blood pressure meds, she's so sweet.", found: ['Mrs. Alvarez'] },
],
});
