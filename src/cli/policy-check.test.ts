/** The command as the contract (../shared/spec/cli-contract.md) describes it, run as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_POLICY } from '../checker/testing/test-policy';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'policy-check-'));
const policyFile = join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify(TEST_POLICY));

function run(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/policy-check.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('policy-check --jsonl', () => {
  it('writes one line per post, in input order, with findings in the contract shape', () => {
    const input = [
      { id: 'p-1', text: 'call me at 206-555-0147', site: 'x' },
      { id: 'p-2', text: 'a quiet post about bread' },
      { id: 'p-3', text: 'Hey guys 🎉' },
    ]
      .map((p) => JSON.stringify(p))
      .join('\n');
    const { status, stdout } = run(['--policy', policyFile, '--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['p-1', 'p-2', 'p-3']);
    const phone = lines[0].findings.find((f: { category: string }) => f.category === 'personal-info');
    expect(phone).toMatchObject({ rule: 'personal-info/phone-number', severity: 'warn' });
    expect('call me at 206-555-0147'.slice(phone.start, phone.end)).toContain('206-555-0147');
    expect(phone.message.length).toBeGreaterThan(20);
    expect(lines[1].findings).toEqual([]);
    const guys = lines[2].findings.find((f: { category: string }) => f.category === 'inclusive-language');
    expect(guys.suggestion).toMatch(/everyone/i);
  });

  it('reports bad lines with their numbers, goes on, and exits non-zero', () => {
    const input = ['{"id":"a","text":"fine"}', 'not json', '{"id":"b"}', '', '{"id":"c","text":"also fine"}'].join('\n');
    const { status, stdout, stderr } = run(['--policy', policyFile, '--jsonl'], input);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(stderr).toMatch(/line 2: not JSON/);
    expect(stderr).toMatch(/line 3: no string "text"/);
  });

  it('stops before reading any post when the policy does not validate, naming the field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ organization: { names: ['Acme', 7] }, categories: { legal: { severity: 'loud' } } }));
    const { status, stdout, stderr } = run(['--policy', bad, '--jsonl'], '{"id":"a","text":"x"}\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"organization.names.1"');
    expect(stderr).toContain('"categories.legal.severity"');
  });

  it('says so when the policy file is not JSON', () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "organization": ');
    const { status, stderr } = run(['--policy', bad, '--jsonl'], '');
    expect(status).toBe(2);
    expect(stderr).toMatch(/not valid JSON/);
  });
});

describe('policy-check (report)', () => {
  it('prints a readable report of one post with the span marked', () => {
    const { status, stdout } = run(['--policy', policyFile], 'Thanks guys!\nMy SSN is 529-41-7730');
    expect(status).toBe(1); // a blocking finding (the SSN)
    expect(stdout).toMatch(/2:11 {2}block +personal-info\/national-id/);
    expect(stdout).toContain('  | My SSN is 529-41-7730');
    expect(stdout).toContain(`  | ${' '.repeat(10)}^^^^^^^^^^^`);
    expect(stdout).toMatch(/\d+ findings?: 1 block/);
  });

  it('reports a clean post and works without a policy', () => {
    const { status, stdout } = run([], 'Baked bread today.');
    expect(status).toBe(0);
    expect(stdout).toContain('no findings');
  });
});
