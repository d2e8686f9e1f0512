import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "If the train is late again we'll have to pay for a hotel, just in case.",
    'We will have to pay the plumber twice, ugh.',
    'Acme will have to pay more for steel next year, says the news.',
    'The passengers will have to pay the court fees themselves if they lose.',
    'Wir werden im Restaurant zahlen müssen, die Karte geht nicht.',
    'Vamos a tener que pagar la cena a medias.',
    'Storm claims are piling up, this is going to cost us.',
    'The new office lease is going to cost us a fortune, says the lawyer.',
  ],
  invalid: [
    {
      text: "About the lawsuit from the families: honestly, we're going to have to pay.",
      found: ["we're going to have to pay"],
      severity: 'warn',
    },
    { text: 'Acme will end up paying millions in damages, everyone here knows it.', found: ['will end up paying'] },
    { text: "Our lawyers are optimistic but we'll lose this case, trust me.", found: ["we'll lose this case"] },
    { text: 'Zur Klage der Kunden: Acme wird zahlen müssen.', found: ['wird zahlen müssen'] },
    { text: 'Wir werden den Prozess verlieren, das weiß jeder.', found: ['Wir werden den Prozess verlieren'] },
    { text: 'Sobre la demanda: vamos a tener que pagar, no hay duda.', found: ['vamos a tener que pagar'] },
    { text: "Pour la plainte des clients, on va devoir payer.", found: ['on va devoir payer'] },
    { text: 'Sobre o processo dos clientes: vamos ter que indenizar todo mundo.', found: ['vamos ter que indenizar'] },
    { text: 'The lawsuit from the former drivers? This is going to cost us, big time.', found: ['This is going to cost us'] },
    { text: 'Zur Klage der Lieferanten: das wird uns teuer zu stehen kommen.', found: ['das wird uns teuer zu stehen kommen'] },
    { text: 'Sobre la demanda: esto nos va a costar caro.', found: ['esto nos va a costar caro'] },
  ],
});
