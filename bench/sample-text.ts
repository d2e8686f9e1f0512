/** Realistic post text of a given length, made by joining the corpus posts (falls back to built-in prose). */
import { existsSync, readFileSync } from 'node:fs';

const CORPUS = new URL('../../shared/eval/dev.jsonl', import.meta.url);
const FALLBACK = [
  'Three things I learned shipping our new data pipeline this quarter.',
  'Excited to speak at the meetup next week about testing pipelines like software! Come say hi 👋',
  'Honestly the best part of the week was the team lunch. Pizza, no laptops, lots of laughing.',
  'New post on my blog about query caching → https://blog.example.dev/caching #DataEngineering',
];

export function sampleText(length: number): string {
  const posts = existsSync(CORPUS)
    ? readFileSync(CORPUS, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : FALLBACK;
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${posts[i % posts.length]}\n\n`;
  return text.slice(0, length);
}
