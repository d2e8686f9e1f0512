import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // Tax words without a client, or the author's own
    'Finally filed my 2023 tax return, owe $1,200 in back taxes, ugh',
    'Reminder: tax returns are due April 15, book a slot with the team',
    'Meine Steuererklärung ist fertig, 300 € Nachzahlung, Mist',
    'Returned the shoes to Nora Lind at the shop, great service',
    // Suits that are public news, not against us
    'The lawsuit by Elena Duarte over the novel rights made headlines in 1998',
    'Watched a documentary about the juicio de Nuremberg',
  ],
  invalid: [
    {
      text: 'Wrapped up Colin Rhee’s return tonight. He owes $8,900 in back taxes and wants to know why 😬',
      found: ['Colin Rhee'],
      severity: 'block',
    },
    { text: 'Steuererklärung von Familie Brandauer fertig: 12.500 € Nachzahlung, die werden sich freuen', found: ['Familie Brandauer'] },
    {
      text: 'Gros dossier aujourd’hui : Mme Perrin, redressement de 8 000 € sur ses revenus fonciers',
      found: ['Mme Perrin'],
    },
    { text: 'La declaración de la renta de Julia Serrano sale a pagar 4.000 €, pobre', found: ['Julia Serrano'] },
    {
      text: 'The injury claim from Paul Okafor is still going, and honestly the floor was wet, we know it was on us',
      found: ['Paul Okafor'],
    },
    { text: 'Die Klage von Herr Brenner gegen uns läuft noch, und ehrlich gesagt hat er recht', found: ['Herr Brenner'] },
    { text: 'O processo da Dona Célia Prado contra nós continua, e ela tem razão', found: ['Dona Célia Prado'] },
  ],
});
