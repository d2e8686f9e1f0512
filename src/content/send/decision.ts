/**
 * What a send does, given the findings of the boxes it sends and the policy's
 * enforcement settings, and what the audit log records about a stop. Pure.
 */
import type { Finding } from '../../checker/types';
import {
  AUDIT_LIMITS,
  type AuditDecision,
  type DecisionRecord,
  type PolicyInfo,
  type SiteId,
} from '../../shared/messages';
import { redactedExcerpt } from '../../shared/redact';

export type Enforcement = PolicyInfo['enforcement'];

/** One box's text and the findings the checker returned for exactly that text. */
export interface BoxCheck {
  text: string;
  findings: Finding[];
}

export interface Stop {
  /** 'block': blocking findings stopped the post; 'warn': the policy asks to confirm warnings. */
  severity: 'block' | 'warn';
  /** The findings that stopped it, in text order (box by box). */
  findings: Finding[];
  /**
   * What "Post anyway" needs: a justification (blocking findings, override allowed), a
   * confirmation only (warnings), or it is not offered at all.
   */
  override: 'justify' | 'confirm' | 'none';
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/** Null when the post may go out now; otherwise why it is stopped. */
export function decideSend(checks: readonly BoxCheck[], enforcement: Enforcement): Stop | null {
  const of = (severity: Finding['severity']) =>
    checks.flatMap((c) => c.findings.filter((f) => f.severity === severity).sort(byPosition));
  const blocking = of('block');
  if (blocking.length) {
    return {
      severity: 'block',
      findings: blocking,
      override: enforcement.allowOverride ? 'justify' : 'none',
    };
  }
  const warnings = enforcement.confirmWarnings ? of('warn') : [];
  return warnings.length ? { severity: 'warn', findings: warnings, override: 'confirm' } : null;
}

/** What the person gave when posting anyway: one of the policy's justifications and/or free text. */
export interface Justification {
  justification: string;
  note: string;
}

export const NOTE_MAX_LENGTH = AUDIT_LIMITS.note;

/** Whether "Post anyway" may proceed: a justified override needs a reason chosen or written. */
export function overrideReady(stop: Stop, given: Justification): boolean {
  if (stop.override === 'confirm') return true;
  if (stop.override === 'none') return false;
  return given.justification !== '' || given.note.trim() !== '';
}

export type Choice =
  { decision: Exclude<AuditDecision, 'post-anyway'> } | ({ decision: 'post-anyway' } & Justification);

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The audit record of one stop. `excerpt` is the post's redacted excerpt, passed only when the
 * policy stores excerpts; nothing else of the post's text is in the record.
 */
export function decisionRecord(site: SiteId, stop: Stop, choice: Choice, excerpt?: string): DecisionRecord {
  const record: DecisionRecord = {
    site,
    decision: choice.decision,
    severity: stop.severity,
    categories: unique(stop.findings.map((f) => f.category)),
    rules: unique(stop.findings.map((f) => f.rule)).slice(0, AUDIT_LIMITS.rules),
  };
  if (choice.decision === 'post-anyway') {
    const justification = choice.justification.slice(0, AUDIT_LIMITS.justification);
    const note = choice.note.trim().slice(0, AUDIT_LIMITS.note);
    if (justification) record.justification = justification;
    if (note) record.note = note;
  }
  if (excerpt !== undefined) record.excerpt = excerpt;
  return record;
}

/** The redacted excerpt of everything a send posts: the boxes' texts, one line each, every finding masked. */
export function sendExcerpt(checks: readonly BoxCheck[]): string {
  let text = '';
  const findings: Finding[] = [];
  for (const check of checks) {
    if (text) text += '\n';
    const offset = text.length;
    findings.push(...check.findings.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })));
    text += check.text;
  }
  return redactedExcerpt(text, findings, AUDIT_LIMITS.excerpt);
}
