import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    '★★★★★ would stay again',
    'Rated it ★★★★☆, the pool was cold',
    '🎉 congrats to everyone who passed the exam',
    'Loved this talk 👏👏👏 thanks for sharing',
    '😂😂',
    'Three things I learned: 1️⃣ test first 2️⃣ ship small 3️⃣ write it down',
    'family photo 👨‍👩‍👧‍👦 at the lake',
  ],
  invalid: [
    { text: 'wow ★★★★★★★★★★ best night ever', found: ['★★★★★★★★★★'] },
    { text: '👏👏👏👏👏👏👏👏', found: ['👏👏👏👏👏👏👏👏'], severity: 'suggestion' },
    { text: '🔥 🔥 🔥 🔥 🔥 new release is out', found: ['🔥 🔥 🔥 🔥 🔥'] },
    { text: 'we won!!! 🎉🎉🎉🥳🥳🥳', found: ['🎉🎉🎉🥳🥳🥳'] },
    { text: '🙌🙌🙌', found: ['🙌🙌🙌'] },
    { text: 'go team 👍🏽👍🏽👍🏽👍🏽👍🏽', found: ['👍🏽👍🏽👍🏽👍🏽👍🏽'] },
  ],
});
