import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'send your CV to jobs@acme.example and mention this post',
    'thanks @sam_codes for the review!',
    'write to press@initrode.com for interviews',
    'my email is on my profile, DM me',
  ],
  invalid: [
    {
      text: 'I am never on here, just email me at lena.kowalski91@gmail.com',
      found: ['lena.kowalski91@gmail.com'],
      severity: 'warn',
    },
    { text: 'contacto: sofia.m@outlook.es o por DM', found: ['sofia.m@outlook.es'] },
    { text: 'my personal address is jane@janedoe.dev now that I am leaving', found: ['jane@janedoe.dev'] },
    { text: 'meu email pessoal: joao.silva@sapo.pt.', found: ['joao.silva@sapo.pt'] },
    { text: 'Schreibt mir an max.mueller@web.de', found: ['max.mueller@web.de'] },
    {
      text: '@kim_b your refund for the order under kim.b@proton.me went out today',
      found: ['kim.b@proton.me'],
    },
  ],
});
