/**
 * Core types of the policy checker.
 *
 * Offsets: every `start`/`end` in this module is a UTF-16 code-unit index into
 * the text that was checked (a JavaScript string index), half-open `[start, end)`,
 * and never splits a surrogate pair. Rules that match on the normalized text
 * convert back through `NormalizedText.span()`; nothing else converts offsets.
 */
import type { Category } from './categories';

export type { Category } from './categories';

/** Ordered: suggestion < warn < block. */
export type Severity = 'suggestion' | 'warn' | 'block';
/** A severity a policy may set; `off` disables the rule or category. */
export type SeverityLevel = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['suggestion', 'warn', 'block'];

/** A one-click fix, as plain data: replace `[start, end)` of the text with `replacement`. */
export interface Suggestion {
  label: string;
  replacement: string;
  start: number;
  end: number;
}

export interface Finding {
  category: Category;
  /** Stable id `category/name`; the name is the rule's file name. */
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** What was found and why it matters, in plain words. */
  message: string;
  /** The policy's reason for the category alone (for cards and the popup). */
  reason: string;
  suggestions?: Suggestion[];
}
