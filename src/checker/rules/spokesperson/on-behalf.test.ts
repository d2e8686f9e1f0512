import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'On behalf of the hiking team, thanks for coming out in the rain!',
    "Confirming for my sister: yes, the party is still on Saturday.",
    "Answering for the kids: they want pizza.",
    "Respondo por mi hermano: no puede venir.",
    'On behalf of our running club, thanks to everyone who cheered at the 10k!',
    'Speaking on behalf of tired parents everywhere: why is Tuesday a holiday?',
    'Speaking for myself and no one else: tabs over spaces.',
    "I'm not speaking for my employer here, just sharing a take on hiring.",
    "I can't speak on behalf of the whole industry, but remote work is here to stay.",
    'Au nom de toute la famille, merci pour vos messages ❤️',
    'En nombre de todos los vecinos, gracias al ayuntamiento por el parque.',
    'Im Namen meiner Oma: danke für die Blumen!',
    'Em nome de toda a família, obrigado pelo carinho.',
    'Falo pela minha filha: ela odeia brócolis.',
    'I called the bank on behalf of my grandad, two hours on hold.',
    'Speaking for the book lovers here: the library sale is on Sunday.',
    'On behalf of the bride and groom, thank you all for coming!',
    'Speaking officially for my book club: we loved it.',
  ],
  invalid: [
    // Said officially, a team of the company needs no company name.
    { text: 'Officially, on behalf of the support team: we hear you and a fix ships Monday.', found: ['on behalf of the support team'] },
    { text: 'Speaking officially for @acme: the rival’s tactics are unethical.', found: ['Speaking officially for @acme'] },
    { text: 'I speak formally on behalf of Acme Robotics when I say this.', found: ['I speak formally on behalf of Acme Robotics'] },
    { text: "I'm speaking here for the company: we will not comment.", found: ["I'm speaking here for the company"] },
    { text: "Confirming for my company: the outage affected fewer than 500 customers.", found: ["Confirming for my company"] },
    { text: "Answering for the company here: no layoffs are planned.", found: ["Answering for the company"] },
    { text: "Confirmo por mi empresa que el retraso ya está resuelto.", found: ["Confirmo por mi empresa"] },
    { text: "Ich bestätige für unser Unternehmen: die Daten sind sicher.", found: ["Ich bestätige für unser Unternehmen"] },
    { text: "Je confirme pour mon entreprise : aucun client n'est touché.", found: ["Je confirme pour mon entreprise"] },
    {
      text: 'On behalf of Acme Robotics, I apologize for the shipping delays this month.',
      found: ['On behalf of Acme Robotics'],
    },
    {
      text: 'Speaking for the company here: we will not raise prices this year.',
      found: ['Speaking for the company'],
    },
    {
      text: "I'm writing on behalf of my employer to clarify yesterday's thread.",
      found: ["I'm writing on behalf of my employer"],
    },
    {
      text: '@kim_dev on behalf of the whole Acme team, thank you for the bug report',
      found: ['on behalf of the whole Acme'],
    },
    {
      text: 'En nombre de la empresa, pedimos disculpas por el retraso.',
      found: ['En nombre de la empresa'],
    },
    {
      text: 'Im Namen des Unternehmens möchte ich mich für den Ausfall entschuldigen.',
      found: ['Im Namen des Unternehmens'],
    },
    { text: "Au nom de l'entreprise, merci pour votre patience.", found: ["Au nom de l'entreprise"] },
    { text: 'Em nome da Acme, agradecemos a todos os clientes.', found: ['Em nome da Acme'] },
    { text: 'Falo pela empresa: não vamos vender seus dados.', found: ['Falo pela empresa'] },
    {
      text: 'Ich spreche hier für die Firma: wir bleiben in Köln.',
      found: ['Ich spreche hier für die Firma'],
    },
    {
      text: 'Hablo en nombre de mi empresa cuando digo que lo sentimos.',
      found: ['Hablo en nombre de mi empresa'],
    },
    { text: "I'm speaking for the hospital here: no patient records were exposed.", found: ["I'm speaking for the hospital"] },
    { text: 'Au nom de la banque, je vous confirme que les frais baissent.', found: ['Au nom de la banque'] },
    { text: 'Im Namen der Klinik: die Notaufnahme bleibt geöffnet.', found: ['Im Namen der Klinik'] },
    { text: 'Hablo en nombre del banco: sus ahorros están a salvo.', found: ['Hablo en nombre del banco'] },
  ],
});
