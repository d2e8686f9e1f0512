/**
 * check(text, policy) → findings. Pure: no DOM, no browser APIs; the same code
 * runs in the extension's service worker, in the policy-check command and in tests.
 */
import { RuleContext } from './context';
import { withoutCovered } from './covered';
import { formatMessage } from './kinds/rule';
import { type CompiledPolicy, compiled } from './policy/compile';
import type { Policy } from './policy/schema';
import { fold } from './text/normalize';
import { type Finding, SEVERITIES } from './types';

/** Texts longer than this are checked on their first MAX_TEXT characters (a post never gets near it). */
export const MAX_TEXT = 1_000_000;

const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);
/** Rule ids are ASCII: plain code-unit order, without a collator's cost per comparison. */
const byRule = (a: Finding, b: Finding): number => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** Is the code unit at `i` the second half of a surrogate pair? */
function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves a finding's offsets off the middle of a surrogate pair (widening it). */
export function widenToCodePoints(text: string, f: { start: number; end: number }): void {
  if (f.start > 0 && isLowSurrogate(text, f.start)) f.start--;
  if (f.end < text.length && f.end > 0 && isLowSurrogate(text, f.end)) f.end++;
}

export function check(text: string, policy?: Policy | CompiledPolicy | unknown): Finding[] {
  const compiledPolicy = compiled(policy);
  const subject = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const ctx = new RuleContext(subject, compiledPolicy);
  const findings: Finding[] = [];
  try {
    collect(ctx, compiledPolicy, findings);
  } finally {
    ctx.release();
  }
  findings.sort((a, b) => a.start - b.start || rank(b) - rank(a) || byRule(a, b));
  return withoutCovered(findings);
}

function collect(ctx: RuleContext, compiledPolicy: CompiledPolicy, findings: Finding[]): void {
  const subject = ctx.text;
  const allow = compiledPolicy.allow.empty ? null : compiledPolicy.allow;
  for (const rule of compiledPolicy.rules) {
    const hits = rule.definition.detect(ctx);
    let lastEnd = -1;
    for (const hit of hits) {
      if (hit.start < lastEnd) continue; // overlapping hits of one rule: keep the first
      if (allow?.test(fold(subject.slice(hit.start, hit.end)))) continue;
      lastEnd = hit.end;
      const what = formatMessage(rule.definition, hit.messageId, hit.data);
      const reason = compiledPolicy.reason(rule.category);
      const finding: Finding = {
        category: rule.category,
        rule: rule.id,
        severity: hit.severity && !rule.overridden ? hit.severity : rule.severity,
        start: hit.start,
        end: hit.end,
        message: `${what} ${reason}`,
        reason,
      };
      if (hit.suggestions?.length) finding.suggestions = hit.suggestions;
      widenToCodePoints(subject, finding);
      findings.push(finding);
    }
  }
}
