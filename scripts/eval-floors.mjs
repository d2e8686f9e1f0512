#!/usr/bin/env node
// Runs the shared detection-quality scorer on the labelled corpus and fails when any floor of
// issue #2 is missed: micro-F1 ≥ 0.90, every category F1 ≥ 0.80, false alarms on clean posts ≤ 5%.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLOORS = { micro: 0.9, category: 0.8, falseAlarm: 0.05 };
const shared = process.env.POSTGUARD_SHARED ?? '../shared';
const score = join(shared, 'eval/score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${score} not found (set POSTGUARD_SHARED to the shared/ folder)`);
  process.exit(1);
}
const out = join(mkdtempSync(join(tmpdir(), 'postguard-eval-')), 'report.json');
const run = spawnSync(
  process.execPath,
  [
    score,
    '--corpus',
    join(shared, 'eval/dev.jsonl'),
    '--policy',
    join(shared, 'eval/policy.json'),
    '--json',
    out,
    '--show-errors',
    '0',
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(out, 'utf8'));
const failures = [];
if ((report.micro.f1 ?? 0) < FLOORS.micro)
  failures.push(`micro-F1 ${report.micro.f1.toFixed(3)} < ${FLOORS.micro}`);
for (const c of report.categories) {
  if (c.gold > 0 && (c.f1 ?? 0) < FLOORS.category)
    failures.push(`${c.category} F1 ${(c.f1 ?? 0).toFixed(3)} < ${FLOORS.category}`);
}
if (report.falseAlarm > FLOORS.falseAlarm)
  failures.push(`false-alarm ${report.falseAlarm.toFixed(3)} > ${FLOORS.falseAlarm}`);
if (failures.length) {
  console.error(`eval: below the floors:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `eval: floors met (micro-F1 ≥ ${FLOORS.micro}, each category F1 ≥ ${FLOORS.category}, false alarms ≤ ${FLOORS.falseAlarm * 100}%)`,
);
