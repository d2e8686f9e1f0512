import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'new post on testing data pipelines → https://blog.example.dev/testing',
    'Slides from my talk on query caching: https://example.com/slides',
    'no links here, just vibes',
    'Kafka internals explained https://example.com/kafka',
  ],
  invalid: [
    { text: 'https://youtu.be/abc123XYZ', found: ['https://youtu.be/abc123XYZ'], severity: 'suggestion' },
    { text: '  https://bit.ly/3xYz  ', found: ['https://bit.ly/3xYz'] },
    { text: 'check this out https://example.com/a?b=1', found: ['https://example.com/a?b=1'] },
    { text: 'must read 👇 bit.ly/4abc', found: ['bit.ly/4abc'] },
    { text: 'wow. https://example.com/post.', found: ['https://example.com/post'] },
  ],
});
