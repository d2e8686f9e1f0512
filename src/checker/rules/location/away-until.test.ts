import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Summer Sale until the 20th 🌴 everything 30% off',
    'Paris until Sunday was the best trip of my life, back home now and the flight was smooth',
    'Voting open until Friday — pick your favorite logo!',
    'Registration runs through March 3rd, see you at the trip planning session',
    'back from 2 weeks in Portugal, here are my favorite pastries',
    "I'll be speaking at the Berlin meetup on May 14",
    'demo on 06/17, retro on the 18th, vacation on the 19th',
    'going to sleep for a week after this launch',
    'I was away until Monday, catching up now',
    'away from my desk until 3, ping me on chat',
    'embargoed until Tuesday 9am',
    "I'll be back in 2 weeks with part two of this series",
    'leaving for lunch now',
  ],
  invalid: [
    { text: 'Crete until the 14th!! ✈️ neighbor is feeding the cat', found: ['Crete until the 14th'] },
    { text: "We're in Lisbon till Sunday, first real vacation in years", found: ['Lisbon till Sunday'] },
    { text: 'Cancún hasta el 22 🏝️ que alguien riegue mis plantas', found: ['Cancún hasta el 22'] },
    { text: 'Mallorca bis zum 18.! ✈️ Die Katzensitterin kommt täglich', found: ['Mallorca bis zum 18'] },
    {
      text: 'OOO until March 3rd, skiing with no laptop',
      found: ['OOO until March 3rd'],
      severity: 'suggestion',
    },
    { text: 'Flying to Tokyo tomorrow for 3 weeks!!', found: ['Flying to Tokyo tomorrow for 3 weeks'] },
    { text: 'on vacation until the 15th, see you then', found: ['on vacation until the 15th'] },
    { text: 'gate closes soon, gone for two weeks', found: ['gone for two weeks'] },
    { text: "we're off to Lisbon for ten days", found: ['off to Lisbon for ten days'] },
    {
      text: 'neighbors, please grab our packages while we are away',
      found: ['grab our packages', 'while we are away'],
    },
    { text: 'Im Urlaub bis Sonntag, keine Mails', found: ['Im Urlaub bis Sonntag'] },
    { text: 'Nous partons demain pour trois semaines', found: ['Nous partons demain pour trois semaines'] },
    { text: 'De férias até dia 20', found: ['De férias até dia 20'] },
    { text: 'at the airport, flight boards soon, back in 2 weeks!', found: ['back in 2 weeks'] },
    { text: 'Leaving for Oslo on Friday 🎿', found: ['Leaving for Oslo on Friday'] },
  ],
});
