/**
 * The redacted excerpt an audit entry may carry (issue #5): the post with every
 * flagged span masked by a fixed-width block, so neither the flagged text nor its
 * length survives. Pure; the content script calls it only when the policy's
 * audit.storeExcerpt is true.
 */
import type { Finding } from '../checker/types';

/** What every run of flagged text becomes, whatever its length. */
export const REDACTION_MASK = '█'.repeat(4);
const ELLIPSIS = '…';

type Span = readonly [start: number, end: number];

/** The findings' spans clamped to the text, sorted, with overlapping or touching spans joined. */
function flaggedRuns(length: number, findings: readonly Finding[]): Span[] {
  const spans = findings
    .map((f): Span => [Math.max(0, Math.min(f.start, length)), Math.max(0, Math.min(f.end, length))])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const runs: Span[] = [];
  for (const [start, end] of spans) {
    const last = runs.at(-1);
    if (last && start <= last[1]) runs[runs.length - 1] = [last[0], Math.max(last[1], end)];
    else runs.push([start, end]);
  }
  return runs;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `text` cut to at most `maxLength` UTF-16 code units, ending in "…" when cut, never inside a surrogate pair. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  let end = maxLength - ELLIPSIS.length;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * `text` with each run of flagged text replaced by REDACTION_MASK, whitespace
 * collapsed to single spaces, and cut to `maxLength` UTF-16 code units (the
 * limit the audit message enforces) on a code-point boundary with "…".
 */
export function redactedExcerpt(text: string, findings: readonly Finding[], maxLength = 280): string {
  let masked = '';
  let from = 0;
  for (const [start, end] of flaggedRuns(text.length, findings)) {
    masked += text.slice(from, start) + REDACTION_MASK;
    from = end;
  }
  masked += text.slice(from);
  return cut(masked.replace(/\s+/gu, ' ').trim(), maxLength);
}
