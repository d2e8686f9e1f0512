import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Internally screaming at this traffic jam.',
    'Internal medicine rotation starts Monday for my cousin.',
    'We built better internal developer tooling this year and wrote about it on the blog.',
    'My kid made a slide deck about volcanoes and it slaps.',
  ],
  invalid: [
    {
      text: 'Just read the internal memo: the Denver office closes in spring.',
      found: ['internal memo'],
      severity: 'block',
    },
    { text: 'Our internal NPS dropped to 12 this quarter, yikes.', found: ['internal NPS'] },
    { text: 'The leaked memo about the reorg is wild.', found: ['leaked memo'] },
    { text: 'Los datos internos muestran que perdimos clientes.', found: ['datos internos'] },
    { text: 'Laut interner Zahlen… nein: die internen Zahlen sind schlecht.', found: ['internen Zahlen'] },
    {
      text: 'Internally we are calling it the Big Move: all teams relocating to the new campus in May.',
      found: ['Internally we'],
    },
  ],
});
