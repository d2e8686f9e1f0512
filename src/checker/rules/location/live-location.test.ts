import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Bakery is open until 6pm today, come by for the last croissants!',
    'Sale runs till 5 tonight, stop by the shop.',
    "I'm the one in the family who always forgets birthdays.",
    'Wir haben bis 18 Uhr geöffnet, kommt vorbei!',
    "It's 54 degrees right now",
    "I'm in a meeting right now, will reply later",
    'Sunset from the office rooftop 🌇',
    'Flight UA 88 delayed again, gate B12 has become my home',
    'Community cleanup this Saturday 9am at Lakeside Park, all welcome',
    'working from home today, the internet finally works',
    "I'm in love with this song right now",
    "I'm in meetings all day today",
    "I'm at a conference all day today, slow replies",
    'Why does my card work at the pump but get declined at the ATM?',
    'Queued at the nearest atm for ages, then it ate my card',
    'Branch lobby is open until 4pm today — our advisors are happy to help, come by anytime.',
    'The bakery is open till 6, come say hi before 6pm and grab a loaf!',
  ],
  invalid: [
    {
      text: 'At the Acme booth until 3pm today — come say hi!',
      found: ['until 3pm today — come say hi'],
    },
    {
      text: "I'm the guy in the orange hoodie at the Acme front desk, 2nd floor.",
      found: ["I'm the guy in the orange hoodie at the Acme front desk"],
    },
    { text: 'Estoy en el stand de Acme hasta las 15, vengan a saludar', found: ['Estoy en el stand de Acme hasta las 15'] },
    { text: 'Bin am Acme-Stand bis 15 Uhr, kommt vorbei!', found: ['bis 15 Uhr, kommt vorbei'] },
    {
      text: "table by the window at Mario's right now 🍝",
      found: ["by the window at Mario's right now"],
      severity: 'suggestion',
    },
    { text: "we'll be here till 9, come join", found: ["we'll be here till 9"] },
    {
      text: 'kids and I are at the riverside playground right now',
      found: ['at the riverside playground right now'],
    },
    {
      text: 'Working from the Green Bean Café till 4 if anyone wants to say hi',
      found: ['Working from the Green Bean Café till 4'],
    },
    {
      text: 'Checked in at the Hotel Aurora, room 804 🎉',
      found: ['Checked in at the Hotel Aurora, room 804'],
    },
    { text: 'sitting at gate C7, boarding soon', found: ['sitting at gate C7'] },
    { text: "I'm at Starbucks on 3rd until 5pm", found: ["I'm at Starbucks on 3rd until 5pm"] },
    { text: 'Estoy en el Café Central ahora mismo', found: ['Estoy en el Café Central ahora mismo'] },
    { text: "We're at Legoland all day today!", found: ["We're at Legoland all day"] },
    {
      text: 'corner table by the window, here for the next hour if anyone wants to join',
      found: ['here for the next hour'],
    },
    {
      text: 'Staffing the Pine Road clinic desk until 3pm — Dana, triage nurse — come say hi if you are nearby!',
      found: ['until 3pm — Dana, triage nurse — come say hi'],
    },
    { text: 'Estou agora no estacionamento do supermercado da Rua Augusta, sozinha até às 23h.', found: ['Estou agora no estacionamento do supermercado da Rua Augusta'] },
    { text: "Covering the flagship store on Regent Road all day — I'm Jenna, come say hi before 6pm!", found: ['come say hi before 6pm'] },
  ],
});
