/**
 * Term matching: policy names, handles, products and word lists compiled into
 * one regular expression over folded text, with word boundaries.
 */
import { fold } from './normalize';

export interface TermMatch {
  /** Folded offsets. */
  start: number;
  end: number;
  /** The folded term as listed. */
  term: string;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns a folded term into a regex source: spaces match any run of white space or hyphens. */
function termSource(term: string): string {
  return term
    .split(/\s+/)
    .map((w) => escapeRegex(w))
    .join('[\\s-]+');
}

/** Word boundaries that also hold next to `@`, `#` and `.`-led terms. */
export const WORD_BEFORE = '(?<![a-z0-9_@])';
export const WORD_AFTER = '(?![a-z0-9_])';

/** One regex for a list: `\b` where every term starts with a word character (faster), else a lookbehind. */
function compileTerms(folded: readonly string[]): RegExp | null {
  if (!folded.length) return null;
  const start = folded.every((t) => /^[a-z0-9]/.test(t)) ? '\\b' : WORD_BEFORE;
  return new RegExp(`${start}(?:${folded.map(termSource).join('|')})${WORD_AFTER}`, 'g');
}

export class TermMatcher {
  private readonly re: RegExp | null;
  private readonly byFolded = new Map<string, string>();

  constructor(terms: readonly string[]) {
    const folded = [...new Set(terms.map((t) => fold(t).trim()).filter(Boolean))];
    // Longest first, so "northwind analytics" wins over "northwind".
    folded.sort((a, b) => b.length - a.length);
    for (const t of folded) this.byFolded.set(t.replace(/[\s-]+/g, ' '), t);
    this.re = compileTerms(folded);
  }

  get empty(): boolean {
    return this.re === null;
  }

  /** All non-overlapping matches in folded text. */
  find(folded: string): TermMatch[] {
    const re = this.re;
    if (!re) return [];
    const out: TermMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const key = m[0].replace(/[\s-]+/g, ' ');
      out.push({ start: m.index, end: m.index + m[0].length, term: this.byFolded.get(key) ?? key });
    }
    return out;
  }

  test(folded: string): boolean {
    const re = this.re;
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(folded);
  }
}
