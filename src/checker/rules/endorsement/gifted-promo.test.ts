import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    // Gifts from family, and code-like tokens that are not codes
    'I was gifted a plant by my coworkers for my birthday, so sweet.',
    'Our team sent over the quarterly report to the auditors today.',
    'Flight TAP123 is 20 minutes late, the discount desk is closed.',
    'Received a free tote from the library at the book fair, cute!',
    'Partnered with a local charity this month for our beach cleanup, come along.',
    'I got them here last year, no idea if the shop still sells them.',
    "Got sent a pair of boots to test but they pinched, sending them back.",
    "My link in the description goes to the full rules of the tournament.",
    '#ad thanks @glowskin for sending me this serum, everyone go try it. code GLOW10 for 10% off',
    'Not sponsored, just obsessed with these running shoes. Go buy them.',
    'thanks @jess for the book recommendation, highly recommend it to everyone',
    'the waiter comped our dessert because the kitchen forgot it. sweet of them',
    'use code review checklists, they save you 20% of the back-and-forth',
    'Link in the description for the full recipe 🍝',
    'Official drink of summer: iced tea with lemon. That is the post.',
    '#ad Melhor mouse que já usei. Link na descrição com 20% de desconto!',
    // "sent me for free" without a push, and a push without a gift
    'My aunt sent me these socks for free because they were too small for her. Cosy!',
    'The library mailed us the books free of charge, so kind of them.',
    'Shop them here or at the market, I do not mind where you buy your veg.',
    // A gift and a call to act, but a complaint rather than a pitch
    'They sent me a replacement blender for free after the first one broke. Order one again? Never.',
  ],
  invalid: [
    // A gift and any selling call to act
    { text: "The brand sent me these headphones to try and they're the best I've owned, grab a pair before they sell out", found: ['The brand sent me'] },
    { text: 'Got gifted the whole skincare line and obsessed. Link below to shop 🛍️', found: ['Got gifted'] },
    { text: 'Received a complimentary pair of headphones from the brand, best sound ever, buy them now!', found: ['Received a complimentary pair of headphones from the brand'] },
    { text: 'Partnered with a haircare brand this month and the oil is magic, grab it with my link below', found: ['Partnered with a haircare brand'] },
    { text: 'got a free blender from @mixco to test and wow. Get one here: mixco.example', found: ['got a free blender from @mixco'] },
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
    // Sent for free, then "shop them"
    { text: 'These trainers @runwear sent me for free are unreal 😍 shop them here: runwear.example', found: ['sent me for free'] },
    { text: 'The brand gave us this blender as a gift and we love it. Shop it now!', found: ['gave us this blender as a gift'] },
    { text: 'They shipped me a pair free of charge, get yours before they sell out', found: ['shipped me a pair free of charge'] },
    {
      text: 'obsessed with my new mat from @flowyoga, 15% off with code FLOW15 🧘',
      found: ['with code FLOW15'],
    },
    { text: "Got sent a new espresso grinder to review and wow, best coffee I've ever had. Run don't walk ☕", found: ["Got sent a new espresso grinder to review"] },
    { text: "They sent me these earbuds to try last week, highly recommend 🎧", found: ["They sent me"] },
    { text: "Grab the Nimbo budgeting app, my link in the description gets you a free month 😉", found: ["my link in the description gets you a free"] },
    { text: "This planner is great and my link below gives you 20% off.", found: ["my link below gives you 20%"] },
    // A gift, then any verdict that vouches for it
    { text: 'They gifted me the premium plan of a study app and I am obsessed. 10/10 would recommend to every student.', found: ['They gifted'] },
    { text: "The Brewhaus team sent over their new grinder and it's a total game changer ☕", found: ['sent over their'] },
    { text: "I was gifted these running socks by a brand and they're the comfiest thing ever, you need them", found: ['was gifted'] },
    // A code without the word "code"
    { text: 'This vitamin C serum from @LumaSkin cleared my skin 😍 20% off with LUMA20, link below!', found: ['LUMA20'] },
    { text: 'Best protein bars I have tried. Use MAYA15 for 15% off at checkout.', found: ['MAYA15'] },
  ],
});
