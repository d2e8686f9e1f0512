/**
 * Table tests for one rule (after ESLint's RuleTester): valid texts produce no
 * finding of the rule; each invalid text produces exactly the listed spans,
 * given as the covered text so a reader sees the span at a glance.
 * The rule id comes from the test file's own name: rules/<category>/<name>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { compilePolicy } from '../policy/compile';
import { type Policy, parsePolicy } from '../policy/schema';
import type { Finding, Severity } from '../types';
import { TEST_POLICY } from './test-policy';

export interface InvalidCase {
  text: string;
  /** The exact text each finding covers, in order. */
  found: string[];
  severity?: Severity;
  /** The replacement of the first suggestion of the first finding. */
  suggestion?: string;
  policy?: Policy;
}

export interface ValidCase {
  text: string;
  policy?: Policy;
}

export interface RuleCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

export function ruleIdFromUrl(url: string): string {
  const match = /rules\/([a-z-]+)\/([a-z0-9-]+)\.test\.ts$/.exec(new URL(url).pathname);
  if (!match) throw new Error(`not a rule test file: ${url}`);
  return `${match[1]}/${match[2]}`;
}

/** Runs only `ruleId` under `policy`. */
export function checkRule(ruleId: string, text: string, policy: Policy = TEST_POLICY): Finding[] {
  const compiled = compilePolicy(parsePolicy(policy));
  const only = { ...compiled, rules: compiled.rules.filter((r) => r.id === ruleId) };
  if (only.rules.length === 0) throw new Error(`no active rule ${ruleId}`);
  return check(text, only);
}

export function testRule(testFileUrl: string, cases: RuleCases): void {
  const id = ruleIdFromUrl(testFileUrl);
  describe(id, () => {
    it('has cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    it.each(cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c)))('valid: $text', (c) => {
      expect(checkRule(id, c.text, c.policy).map((f) => c.text.slice(f.start, f.end))).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $text', (c) => {
      const findings = checkRule(id, c.text, c.policy);
      expect(findings.map((f) => c.text.slice(f.start, f.end))).toEqual(c.found);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(c.text.length);
        expect(f.start).toBeLessThan(f.end);
        expect(f.message).not.toMatch(/\{\w+\}/);
        if (c.severity) expect(f.severity).toBe(c.severity);
      }
      if (c.suggestion !== undefined) expect(findings[0]?.suggestions?.[0]?.replacement).toBe(c.suggestion);
    });
  });
}
