import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'The internal rate of return on my rental is 7%',
    'Internal combustion engines are about 30% efficient',
    'La tasa interna de retorno es del 9 %',
    'The internal clock score of my sleep app says 85%',
    'Internally screaming at this traffic jam.',
    'Internal medicine rotation starts Monday for my cousin.',
    'We built better internal developer tooling this year and wrote about it on the blog.',
    'My kid made a slide deck about volcanoes and it slaps.',
  ],
  invalid: [
    { text: 'Our internal first-call resolution rate is 41%, not the 80% on the website', found: ['internal first-call resolution rate'] },
    { text: 'The internal customer satisfaction score came in at 3.1% below target', found: ['internal customer satisfaction score'] },
    { text: 'Unsere interne Kundenzufriedenheits-Auswertung liegt bei 62 %', found: ['interne Kundenzufriedenheits-Auswertung'] },
    { text: 'Nuestro panel interno marca un 12 % de cancelaciones', found: ['panel interno'] },
    { text: 'Notre tableau de bord interne affiche 27 % d’abandons', found: ['tableau de bord interne'] },
    { text: 'Nosso painel interno mostra 18% de devoluções', found: ['painel interno'] },
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
