import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "That's our promise as parents, no screens before 7",
    "That's our commitment as Acme customers: honest reviews only",
    "the company's statement was weak tbh",
    "Official word from our team: pizza night is moved to Friday because the coach is sick.",
    "Got the official word from our landlord: rent goes up in May.",
    'The official position of my dog is that every walk is too short.',
    'Our official policy in this house: no phones at dinner.',
    'According to the official statement from the city, the bridge reopens Monday.',
    'This is not our official position, just my own read of the benchmark.',
    'Official statement: I am never running a half marathon in July again.',
    'officially a homeowner!! keys in hand',
  ],
  invalid: [
    { text: "Every order ships free this month. That's our promise as Acme.", found: ["That's our promise as Acme"] },
    { text: "As the company's official response to the outage: refunds go out Friday.", found: ["As the company's official response"] },
    { text: "As our firm's position on the merger: we will keep every office open.", found: ["As our firm's position"] },
    { text: "Official word from our team: the Acme branch on Main Street stays open.", found: ["Official word from our team"] },
    { text: "Official word from our management: the night shift keeps its bonus.", found: ["Official word from our management"] },
    { text: "Die offizielle Antwort des Unternehmens: wir prüfen den Fall.", found: ["Die offizielle Antwort des Unternehmens"] },
    { text: 'Our official stance on the leaked roadmap: it is outdated.', found: ['Our official stance'] },
    {
      text: "Acme's official position is that the lawsuit has no merit.",
      found: ["Acme's official position"],
    },
    {
      text: 'Official response: we are aware of the login issue and a fix is rolling out.',
      found: ['Official response'],
    },
    {
      text: 'Official Acme statement on the strike: we respect our workers.',
      found: ['Official Acme statement'],
    },
    {
      text: "that's the company line and I'm sticking to it",
      found: ['the company line'],
    },
    {
      text: "Our company's official response to the report: we disagree with its conclusions.",
      found: ["Our company's official response"],
    },
    { text: 'Nuestra postura oficial: no vamos a comentar rumores.', found: ['Nuestra postura oficial'] },
    {
      text: 'Unsere offizielle Stellungnahme folgt morgen, aber kurz: wir bleiben.',
      found: ['Unsere offizielle Stellungnahme'],
    },
    {
      text: 'Notre position officielle est claire : nous restons à Lyon.',
      found: ['Notre position officielle'],
    },
    { text: 'Nossa posição oficial é que o produto é seguro.', found: ['Nossa posição oficial'] },
  ],
});
