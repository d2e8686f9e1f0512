/**
 * npm run bench — the checker's speed with the corpus policy (issue #2 targets):
 *   3,000 characters ≤ 0.2 ms median; 300,000 ≤ 100 × the 3,000 figure (linear growth);
 *   faster than alex and harper.js on the same 3,000-character text; any 1 MB input < 100 ms.
 * Prints figures; never fails on timing (the machine may be busy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { text as alex } from 'alex';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { Bench } from 'tinybench';
import { check } from '../src/checker/check';
import { compilePolicy } from '../src/checker/policy/compile';
import { parsePolicy } from '../src/checker/policy/schema';
import { sampleText } from './sample-text';

const policyFile = new URL('../../shared/eval/policy.json', import.meta.url);
const policy = compilePolicy(
  parsePolicy(existsSync(policyFile) ? JSON.parse(readFileSync(policyFile, 'utf8')) : {}),
);

const SIZES = [280, 3_000, 30_000, 300_000];
const texts = new Map(SIZES.map((n) => [n, sampleText(n)]));
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

const bench = new Bench({ time: 1500, warmupTime: 300 });
for (const [n, text] of texts)
  bench.add(`postguard ${n.toLocaleString('en')} chars`, () => void check(text, policy));
const t3k = texts.get(3_000)!;
bench.add('alex 3,000 chars', () => void alex(t3k));
bench.add('harper.js 3,000 chars', async () => void (await harper.lint(t3k)));
await bench.run();

const median = (name: string): number => {
  const task = bench.getTask(name);
  const latency = task?.result && 'latency' in task.result ? task.result.latency : undefined;
  if (!latency) throw new Error(`no result for ${name}`);
  return latency.p50 ?? latency.mean;
};

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
console.log('\nmedian time of a full check (corpus policy, all rules):');
for (const n of SIZES)
  console.log(
    `  ${n.toLocaleString('en').padStart(8)} chars  ${fmt(median(`postguard ${n.toLocaleString('en')} chars`))}`,
  );
const p3k = median('postguard 3,000 chars');
const p300k = median('postguard 300,000 chars');
const alexMs = median('alex 3,000 chars');
const harperMs = median('harper.js 3,000 chars');
console.log(`\n3,000 chars: ${fmt(p3k)} (target ≤ 200 µs) ${p3k <= 0.2 ? 'OK' : 'MISSED'}`);
console.log(
  `growth: 300,000 / 3,000 = ${(p300k / p3k).toFixed(1)}× (target ≤ 100×) ${p300k / p3k <= 100 ? 'OK' : 'MISSED'}`,
);
console.log(`alex on 3,000 chars:      ${fmt(alexMs)} — Postguard is ${(alexMs / p3k).toFixed(0)}× faster`);
console.log(
  `harper.js on 3,000 chars: ${fmt(harperMs)} — Postguard is ${(harperMs / p3k).toFixed(0)}× faster`,
);

// Worst cases up to 1 MB: prose, one long token, digits, emoji, hashtags, upper case.
const MB = 1_000_000;
const adversarial: Record<string, string> = {
  prose: sampleText(MB),
  'one token': 'a'.repeat(MB),
  digits: '1234 5678 '.repeat(MB / 10),
  emoji: '😀'.repeat(MB / 2),
  hashtags: '#abcdefghij '.repeat(MB / 12),
  'upper case': 'ABCDE FGHIJ '.repeat(MB / 12),
  'url-ish': 'https://a.b/c?d=e&'.repeat(MB / 18),
  'key-ish': 'AKIA0123456789ABCDEF sk_live_abc '.repeat(MB / 32),
};
// Each shape runs three times: the median is the figure (one run alone may include a garbage
// collection of everything the benchmarks above left behind); the slowest run is shown too.
console.log('\n1 MB inputs (target < 100 ms each; median of 3 runs, slowest in brackets):');
let worst = 0;
for (const [name, text] of Object.entries(adversarial)) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    check(text, policy);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[1] as number;
  worst = Math.max(worst, ms);
  console.log(`  ${name.padEnd(12)} ${ms.toFixed(1)} ms  (${(runs[2] as number).toFixed(1)} ms)`);
}
console.log(`worst 1 MB (median): ${worst.toFixed(1)} ms ${worst < 100 ? 'OK' : 'MISSED'}`);
