import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    '#ad thanks @glowskin for sending me this serum, everyone go try it. code GLOW10 for 10% off',
    'Not sponsored, just obsessed with these running shoes. Go buy them.',
    'thanks @jess for the book recommendation, highly recommend it to everyone',
    'the waiter comped our dessert because the kitchen forgot it. sweet of them',
    'use code review checklists, they save you 20% of the back-and-forth',
  ],
  invalid: [
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
