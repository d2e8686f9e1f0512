import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Writing a short story where a self-driving taxi sues its own manufacturer ⚖️ Chapter 3 is the lawsuit. Beta readers welcome!',
    'Watched a courtroom drama last night where the power company gets sued over a blackout 😂 the lawsuit scenes were so unrealistic',
    "Vimos 'El apagón' en el cine ayer, una peli sobre una demanda contra una eléctrica. Muy recomendable.",
    'Anyone else studying for the bar exam? Civil procedure and lawsuit deadlines are melting my brain.',
    'Jury duty this morning. Two books, one charger, zero regrets.',
    'Binge-watched a legal drama series about a lawsuit over a will, so good.',
    'I plead guilty to finishing the office cookies.',
    'Batman v Superman is still a weird movie.',
    'Worst case we order pizza.',
    'Got fined for parking outside the bakery again, worth it.',
    'Our consent form for the school trip is due Friday.',
    'Der Prozess der Umstellung auf das neue System dauert.',
    'Ich höre mir die Klage meiner Nachbarin über den Lärm an.',
    // Someone else's case, over.
    'The class action lawsuit against that airline got settled, good for the passengers.',
    'Reading up on the 1911 Triangle Shirtwaist fire and the lawsuits that followed for my labor history class.',
    // Someone else's complaint, a race against the clock, a procedure against rust
    'The complaint the neighbours filed against the noisy bar finally worked.',
    'Tengo una demanda de trabajo enorme contra reloj esta semana.',
    'Das Verfahren der Firma gegen Rost ist patentiert.',
  ],
  invalid: [
    {
      text: 'Initrode is suing us over the gripper patent. Their claim is nonsense.',
      found: ['suing us'],
      severity: 'warn',
    },
    { text: 'Deposition prep all day for the Initrode case.', found: ['Deposition', 'Initrode case'] },
    {
      text: 'Jury selection for Acme v. Initrode starts Monday and I am on the witness list.',
      found: ['Jury selection', 'Acme v. Initrode', 'witness list'],
    },
    { text: 'The class action over our data retention is going nowhere fast.', found: ['class action'] },
    { text: 'Nos han demandado por la patente del brazo robótico.', found: ['Nos han demandado'] },
    { text: 'Die Sammelklage gegen uns läuft noch.', found: ['Sammelklage'] },
    { text: 'Zur Klage der Fahrgäste wegen des Ausfalls: kein Kommentar.', found: ['Zur Klage der'] },
    { text: 'Im Prozess gegen die Firma sagt morgen mein Chef aus.', found: ['Im Prozess gegen'] },
    { text: 'Sur la plainte des passagers, je ne dirai rien.', found: ['la plainte des'] },
    {
      text: 'Our lawyers say we will win the trademark case against Initrode easily.',
      found: ['Our lawyers say', 'trademark case'],
    },
    { text: 'The family is suing the hospital for malpractice.', found: ['suing', 'malpractice'] },
    { text: 'Legal told everyone not to discuss the incident.', found: ['Legal told everyone'] },
    { text: 'CMS is auditing us again after the billing mess.', found: ['CMS is auditing'] },
    { text: 'Between us, the CFPB fined us again over overdraft fees and legal is scrambling.', found: ['CFPB fined'] },
    { text: 'We are still under a consent order, so no new branches this year.', found: ['consent order'] },
    { text: 'The airline was penalized by the FAA last month and nobody will say why.', found: ['penalized by the FAA'] },
    // A settled case still counts when it is the company's own.
    { text: 'The class action against us was settled last week, but the second lawsuit is still pending.', found: ['class action', 'lawsuit'] },
    { text: 'Zum laufenden Verfahren wegen der Drosselung: Ganz ehrlich, das wird teuer für Acme.', found: ['laufenden Verfahren'] },
    { text: 'Re the complaint the former cleaners filed against us: no comment from me.', found: ['complaint the former cleaners filed against'] },
    { text: 'The case the drivers brought against Acme is still open.', found: ['case the drivers brought against'] },
    { text: 'Sobre la demanda de los repartidores contra nosotros: sin comentarios.', found: ['demanda de los repartidores contra'] },
    { text: 'El caso sigue en juicio y no puedo decir más.', found: ['sigue en juicio'] },
    { text: 'Das Verfahren der Händler gegen uns läuft noch.', found: ['Verfahren der Händler gegen'] },
    { text: 'La plainte déposée par les livreurs avance lentement.', found: ['plainte déposée par'] },
    { text: 'O processo dos motoristas contra a empresa continua.', found: ['processo dos motoristas contra'] },
  ],
});
