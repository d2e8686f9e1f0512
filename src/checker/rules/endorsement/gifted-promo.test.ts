import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    '#ad thanks @glowskin for sending me this serum, everyone go try it. code GLOW10 for 10% off',
    'Not sponsored, just obsessed with these running shoes. Go buy them.',
    'thanks @jess for the book recommendation, highly recommend it to everyone',
    'the waiter comped our dessert because the kitchen forgot it. sweet of them',
    'use code review checklists, they save you 20% of the back-and-forth',
    'Link in the description for the full recipe 🍝',
    'Official drink of summer: iced tea with lemon. That is the post.',
    '#ad Melhor mouse que já usei. Link na descrição com 20% de desconto!',
  ],
  invalid: [
    {
      text: 'Melhor mouse que já usei, sério. Link na descrição com 20% de desconto, aproveitem! 🖱️',
      found: ['Link na descrição com 20%'],
    },
    {
      text: 'Nothing gets me through scrims like an ice-cold Voltwave 🥤 Official drink of our team, grab yours at voltwave.example',
      found: ['Official drink of'],
    },
    {
      text: 'Huge thanks @glowskin for sending me this serum!! everyone go buy it, link in bio',
      found: ['thanks @glowskin for sending'],
    },
    {
      text: 'Weekend at @PineLodge 🌲 they comped our stay and it was perfect. Book it, you won’t regret it!',
      found: ['they comped'],
    },
    { text: 'Use code SUMMER20 for 20% off at @runwear this week!', found: ['Use code SUMMER20'] },
    {
      text: 'obsessed with my new mat from @flowyoga, 15% off with code FLOW15 🧘',
      found: ['with code FLOW15'],
    },
  ],
});
