import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Sorry for the spam today, I am moving my blog. DM me if a link is broken.',
    'thanks for flagging the typo! fixed it in my blog post',
    'So sorry for your loss, he was a wonderful teacher.',
    '@AirlineCo sorry but this is the third delay this month. I want a refund.',
    'the plumber was so sorry about the mess he refunded half the fee. legend',
    'sorry for the late reply everyone! slides are on my blog now',
    'so sorry I missed your party!! dm me and we’ll plan brunch',
    'sorry about the noise last night neighbors! we’ll keep it down',
  ],
  invalid: [
    {
      text: 'Thanks for flagging, Dana! I’ll get the bug fixed and credit your account today.',
      found: ['Thanks for flagging'],
    },
    {
      text: 'Apologies for the trouble with your invoice. DM me and I’ll look into it.',
      found: ['Apologies for'],
    },
    {
      text: '@sam_k so sorry about the late delivery! DM us your order number and we’ll sort it out today.',
      found: ['so sorry'],
    },
    {
      text: 'Really sorry this happened, Priya. I’ll make sure the refund is processed by Friday.',
      found: ['Really sorry'],
    },
    {
      text: '@bob we apologize for the inconvenience, please send us a private message with your account email.',
      found: ['we apologize'],
    },
    { text: 'our bad on the double charge, I’ll get it refunded tonight', found: ['our bad'] },
    {
      text: '@lena_t we hear you on the slow exports. Send me your account email and I’ll get you a credit this week.',
      found: ['we hear you'],
    },
    {
      text: 'Lo sentimos mucho, escríbenos por privado con tu número de pedido y lo solucionamos.',
      found: ['Lo sentimos'],
    },
    {
      text: 'Es tut uns leid! Schick uns bitte eine DM mit deiner Bestellnummer, wir erstatten den Betrag.',
      found: ['tut uns leid'],
    },
    {
      text: 'Désolés pour la gêne, envoyez-nous votre numéro de commande en MP et on vous rembourse.',
      found: ['Désolés pour'],
    },
    {
      text: 'Pedimos desculpas pelo transtorno, manda uma DM com o número do pedido que a gente resolve.',
      found: ['Pedimos desculpas'],
    },
  ],
});
