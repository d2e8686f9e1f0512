/**
 * One problem, one warning: when two rules of one category flag the same words (a post that pushes
 * the employer's product is both "employer promo" and "call to act"), the person would see two
 * cards and two underlines for one thing to fix. A finding is left out when another finding of its
 * category covers its whole span and is at least as useful: as severe, and with a fix if it has one.
 * Findings that only partly overlap are both kept; each marks words the other does not.
 */
import { type Finding, SEVERITIES } from './types';

const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);
const hasFix = (f: Finding): boolean => (f.suggestions?.length ?? 0) > 0;

/** Is `outer` as severe as `inner`, and does it have a fix whenever `inner` has one? */
const asUseful = (outer: Finding, inner: Finding): boolean =>
  rank(outer) >= rank(inner) && (hasFix(outer) || !hasFix(inner));

/**
 * Within a category: by start, the wider span first, then the more useful finding first, then by
 * rule id (plain code-unit order), so that a finding can only be covered by one before it.
 */
function coverOrder(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    rank(b) - rank(a) ||
    Number(hasFix(b)) - Number(hasFix(a)) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/**
 * The categories in which two findings overlap, found in one pass over findings sorted by start
 * (most checks have none, and need no more work).
 */
function overlappingCategories(findings: readonly Finding[]): Set<string> | null {
  const reach = new Map<string, number>();
  let out: Set<string> | null = null;
  for (const f of findings) {
    const end = reach.get(f.category);
    if (end !== undefined && f.start < end) (out ??= new Set()).add(f.category);
    if (end === undefined || f.end > end) reach.set(f.category, f.end);
  }
  return out;
}

/**
 * The findings (sorted by start) less those covered by a finding of their category (see above),
 * in the order given.
 */
export function withoutCovered(findings: Finding[]): Finding[] {
  const categories = overlappingCategories(findings);
  if (categories === null) return findings;
  const covered = new Set<Finding>();
  for (const category of categories) {
    const group = findings.filter((f) => f.category === category).sort(coverOrder);
    // The kept findings that may still cover a later one (their span reaches past its start).
    const open: Finding[] = [];
    for (const f of group) {
      let kept = 0;
      for (const g of open) if (g.end > f.start) open[kept++] = g;
      open.length = kept;
      if (open.some((g) => f.end <= g.end && asUseful(g, f))) covered.add(f);
      else open.push(f);
    }
  }
  return covered.size === 0 ? findings : findings.filter((f) => !covered.has(f));
}
