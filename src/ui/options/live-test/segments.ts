/**
 * Splits a text into runs for the live test's mirror: each run either has no finding or is
 * covered by findings, shown with the most serious of them. Offsets are the checker's
 * (UTF-16 code units, half-open), so slicing never splits a surrogate pair.
 */
import type { Finding, Severity } from '../../../checker/types';
import { SEVERITIES } from '../../../checker/types';

export interface Segment {
  start: number;
  text: string;
  /** The most serious severity among the findings covering the run; null when none does. */
  severity: Severity | null;
}

export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.min(f.start, text.length));
    cuts.add(Math.min(f.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = findings.filter((f) => f.start <= start && f.end >= end);
    const severity = covering.reduce<Severity | null>(
      (worst, f) =>
        worst === null || SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(worst) ? f.severity : worst,
      null,
    );
    segments.push({ start, text: text.slice(start, end), severity });
  }
  return segments;
}
