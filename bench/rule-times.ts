/**
 * Where a check's time goes, on a 3,000-character post built from the corpus.
 * `npx tsx bench/rule-times.ts [policy.json]`
 *
 * Prints the median of a full check, then each rule's share inside real checks:
 * rules run in order on one shared context, so a fact the rules share (sentences,
 * employer mentions) is charged to the first rule that asks for it. The keyword index
 * (one pass that finds every rule's key words) is timed on its own.
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/checker/check';
import { RuleContext } from '../src/checker/context';
import { compilePolicy } from '../src/checker/policy/compile';
import { parsePolicy } from '../src/checker/policy/schema';
import { sampleText } from './sample-text';

const policyFile = process.argv[2] ?? '../shared/eval/policy.json';
const policy = compilePolicy(parsePolicy(JSON.parse(readFileSync(policyFile, 'utf8'))));
const text = sampleText(3000);
const ROUNDS = 1000;

const times: number[] = [];
for (let i = 0; i < ROUNDS + 200; i++) {
  const t0 = performance.now();
  check(text, policy);
  if (i >= 200) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`full check, median of ${ROUNDS}: ${((times[ROUNDS >> 1] ?? 0) * 1000).toFixed(1)} µs\n`);

const shares = new Map<string, number>();
let contextCost = 0;
let keywordCost = 0;
for (let i = 0; i < ROUNDS + 200; i++) {
  const t0 = performance.now();
  const ctx = new RuleContext(text, policy);
  const t1 = performance.now();
  void ctx.keywords;
  if (i >= 200) {
    contextCost += t1 - t0;
    keywordCost += performance.now() - t1;
  }
  for (const rule of policy.rules) {
    const t2 = performance.now();
    rule.definition.detect(ctx);
    if (i >= 200) shares.set(rule.id, (shares.get(rule.id) ?? 0) + performance.now() - t2);
  }
}
const rows = [...shares].sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows) console.log(`${((ms / ROUNDS) * 1000).toFixed(1).padStart(8)} µs  ${id}`);
console.log(`${((contextCost / ROUNDS) * 1000).toFixed(1).padStart(8)} µs  (context: folding)`);
console.log(`${((keywordCost / ROUNDS) * 1000).toFixed(1).padStart(8)} µs  (context: keyword index)`);
