/**
 * Per-rule cost on a 3,000-character post built from the corpus, to find the
 * rules that dominate a check. `npx tsx bench/rule-times.ts [policy.json]`
 */
import { readFileSync } from 'node:fs';
import { RuleContext } from '../src/checker/context';
import { compilePolicy } from '../src/checker/policy/compile';
import { parsePolicy } from '../src/checker/policy/schema';
import { sampleText } from './sample-text';

const policyFile = process.argv[2] ?? '../shared/eval/policy.json';
const policy = compilePolicy(parsePolicy(JSON.parse(readFileSync(policyFile, 'utf8'))));
const text = sampleText(3000);
const rounds = 2000;
const rows: Array<[string, number]> = [];
for (const rule of policy.rules) {
  for (let i = 0; i < 200; i++) rule.definition.detect(new RuleContext(text, policy));
  const ctxs = Array.from({ length: rounds }, () => new RuleContext(text, policy));
  const t0 = performance.now();
  for (const ctx of ctxs) rule.definition.detect(ctx);
  rows.push([rule.id, ((performance.now() - t0) / rounds) * 1000]);
}
const base = Array.from({ length: rounds }, () => text);
const t0 = performance.now();
for (const t of base) new RuleContext(t, policy);
const ctxCost = ((performance.now() - t0) / rounds) * 1000;
rows.sort((a, b) => b[1] - a[1]);
for (const [id, us] of rows) console.log(`${us.toFixed(1).padStart(8)} µs  ${id}`);
console.log(`${ctxCost.toFixed(1).padStart(8)} µs  (context: normalize)`);
console.log(`${rows.reduce((s, r) => s + r[1], ctxCost).toFixed(1).padStart(8)} µs  total (shared facts are counted in the first rule that asks)`);
