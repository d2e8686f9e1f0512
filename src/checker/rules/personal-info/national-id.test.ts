import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "The NI number format is two letters, six digits and a letter",
    'part 123-45-6789 is back in stock',
    'order 666-12-3456 shipped',
    'the form wants an SSN but I left it blank',
    'build 20240614 Z passed',
    'ticket id number 12345678 is closed',
    'call 555 12 3456 for the front desk',
    'piden el DNI, el mío lo tengo caducado desde 2019',
    'SSN, mine is on the card in my wallet, not sharing it',
  ],
  invalid: [
    { text: "NI number QQ 12 34 56 C, is that the format HR wants?", found: ["QQ 12 34 56 C"] },
    {
      text: 'the portal rejects my SSN 219-09-9999 every single time',
      found: ['219-09-9999'],
      severity: 'block',
      suggestion: '•••• 9999',
    },
    { text: 'social security number 078 05 1120 lol', found: ['078 05 1120'] },
    { text: 'DNI 12345678Z para la reserva del hotel', found: ['12345678Z'] },
    { text: 'mi NIE es X1234567L', found: ['X1234567L'] },
    { text: 'me piden el DNI, el mío es 51234987H, ¿lo mando por correo?', found: ['51234987H'] },
    { text: 'they asked for our SSN, mine is 412 55 0193 apparently', found: ['412 55 0193'] },
    { text: 'pedem o CPF, o meu é 123456789 e nao sei se mando', found: ['123456789'] },
    { text: 'CPF 529.982.247-25 pra nota', found: ['529.982.247-25'] },
    { text: 'my NI number is AB 12 34 56 C', found: ['AB 12 34 56 C'] },
    { text: 'Aadhaar: 2345 6789 0123 for the KYC form', found: ['2345 6789 0123'] },
  ],
});
