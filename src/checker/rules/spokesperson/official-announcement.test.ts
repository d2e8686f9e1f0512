import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "I can officially say I survived my first triathlon.",
    "Off the record, the new café downstairs is better than the old one.",
    "Ich kann offiziell sagen: der Sommer ist da.",
    "Posso dizer oficialmente que sou tia!",
    "I officially announce that I'm running my first marathon in October",
    'officially engaged!!! she said yes',
    'I officially declare this weekend a no-laptop zone.',
    "I'm officially announcing that I've joined Acme as a designer!",
    "I'm not authorized to say more, sorry.",
    'As a representative of my kid’s school board, I’m asking for more crosswalks.',
    'Let me clarify officially: I am not running for class president.',
    'I can officially comment that my cat hates Mondays.',
  ],
  invalid: [
    {
      text: 'Let me clarify officially, as a member of the Acme Robotics staff: the claims against our lab are baseless.',
      found: ['clarify officially'],
    },
    { text: 'Officially commenting for Acme: no layoffs this year.', found: ['Officially commenting'] },
    { text: 'Aclaro oficialmente, como empleada de Acme: la fábrica sigue abierta.', found: ['Aclaro oficialmente'] },
    { text: 'Ich stelle hiermit offiziell klar: Acme schließt den Standort nicht.', found: ['stelle hiermit offiziell klar'] },
    { text: "Je précise officiellement, en tant que salariée d'Acme : le site reste ouvert.", found: ['Je précise officiellement'] },
    { text: 'Esclareço oficialmente: a Acme não vai fechar a fábrica.', found: ['Esclareço oficialmente'] },
    { text: "As an Acme manager I can tell you on the record: the plant is not closing.", found: ["tell you on the record"] },
    { text: "I can officially say that Acme will keep every store open next year.", found: ["officially say"] },
    { text: "Puedo decir oficialmente que Acme no cerrará la fábrica.", found: ["decir oficialmente"] },
    { text: "Ich kann offiziell bestätigen, dass Acme den Standort behält.", found: ["kann offiziell bestätigen"] },
    { text: "Je peux dire officiellement que notre entreprise ne ferme pas le site.", found: ["dire officiellement"] },
    { text: "Posso dizer oficialmente que a Acme vai manter a fábrica.", found: ["dizer oficialmente"] },
    {
      text: "I'm officially announcing that Acme is entering the warehouse market.",
      found: ['officially announcing'],
    },
    {
      text: 'We at Acme formally apologize to everyone affected by the outage.',
      found: ['formally apologize'],
    },
    {
      text: "I'm authorized to confirm that the recall only affects units from March.",
      found: ["I'm authorized to confirm"],
    },
    {
      text: "As the company's spokesperson I can say the factory stays open.",
      found: ["As the company's spokesperson"],
    },
    {
      text: "As Acme's representative at the expo, I can share the roadmap.",
      found: ["As Acme's representative"],
    },
    {
      text: 'Anunciamos oficialmente la nueva planta de Acme en Valencia.',
      found: ['Anunciamos oficialmente'],
    },
    {
      text: 'Wir geben hiermit offiziell bekannt: Acme eröffnet ein Büro in Köln.',
      found: ['geben hiermit offiziell'],
    },
    {
      text: "Nous annonçons officiellement l'arrivée d'Acme à Lyon.",
      found: ['Nous annonçons officiellement'],
    },
    { text: 'Como porta-voz da empresa, confirmo o lançamento.', found: ['Como porta-voz da empresa'] },
    { text: 'Como portavoz de la empresa, confirmo el lanzamiento.', found: ['Como portavoz de la empresa'] },
  ],
});
