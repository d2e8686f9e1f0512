/**
 * Term matching: policy names, handles, products and word lists compiled into
 * one regular expression over folded text, with word boundaries.
 */
import { addKeywords, type KeywordIndex, keywordList } from './keywords';
import { fold } from './normalize';
import { isWordCode } from './words';

/** Characters the terms' boundaries treat as part of a word (WORD_BEFORE, WORD_AFTER). */
const isTermCode = (c: number): boolean => isWordCode(c) || c === 95 || c === 64;

export interface TermMatch {
  /** Folded offsets. */
  start: number;
  end: number;
  /** The folded term as listed. */
  term: string;
}

/** Runs of white space and hyphens, which a term's spaces match. */
const SEPARATORS = /[\s-]+/g;

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

/**
 * The terms' alternation with terms that share a first word written once ("opinions (?:are my
 * own|expressed here…)"): V8 tries the alternatives one by one at every word start, so a long
 * disclaimer list costs far less this way. Only done when no first word can match where another
 * one does ("acme" inside "acme.example"), which keeps the first-listed, longest term winning.
 */
function alternation(folded: readonly string[]): string {
  const firstWords = folded.map((t) => t.split(/\s+/)[0] as string);
  const clash = firstWords.some((a) =>
    firstWords.some((b) => b !== a && b.startsWith(a) && !/[a-z0-9_]/.test(b.charAt(a.length))),
  );
  if (clash) return folded.map(termSource).join('|');
  const rests = new Map<string, string[]>();
  folded.forEach((term, i) => {
    const first = firstWords[i] as string;
    const rest = term.slice(first.length).trim();
    const source = rest ? `[\\s-]+${termSource(rest)}` : '';
    const list = rests.get(first);
    if (list) list.push(source);
    else rests.set(first, [source]);
  });
  return [...rests]
    .map(([first, list]) =>
      list.length === 1 ? escapeRegex(first) + list[0] : `${escapeRegex(first)}(?:${list.join('|')})`,
    )
    .join('|');
}

/** One regex for a list: `\b` where every term starts with a word character (faster), else a lookbehind. */
function compileTerms(folded: readonly string[]): RegExp | null {
  if (!folded.length) return null;
  const start = folded.every((t) => /^[a-z0-9]/.test(t)) ? '\\b' : WORD_BEFORE;
  return new RegExp(`${start}(?:${alternation(folded)})${WORD_AFTER}`, 'g');
}

/**
 * The words that start the policies' terms, in one list of the keyword index shared by every
 * policy (a word is filed once, whichever policy names it): a check finds where they are in its
 * one pass over the post, instead of one regex scan of the whole post per term list.
 */
let termWordList = -1;
const termWordEntries = new Map<string, number>();
/**
 * Words filed at most: the index's table has room for the rules' keywords and this many more.
 * Past it (a policy listing thousands of names, or a process compiling many policies), a term
 * list is matched with its regex over the whole post, as before.
 */
const MAX_TERM_WORDS = 1024;

/** The index entry of a term's first word, or undefined when no more words may be filed. */
function termWordEntry(word: string): number | undefined {
  let entry = termWordEntries.get(word);
  if (entry === undefined) {
    if (termWordEntries.size >= MAX_TERM_WORDS) return undefined;
    const keyword = { text: word, mode: 'word' as const };
    if (termWordList < 0) {
      const list = keywordList([keyword], { maxHits: Number.POSITIVE_INFINITY });
      termWordList = list.id;
      entry = list.entries[0] as number;
    } else entry = addKeywords(termWordList, [keyword])[0] as number;
    termWordEntries.set(word, entry);
  }
  return entry;
}

/** A term's first word ([a-z0-9]+) and the symbols before it ("@" of "@acme"), when the index can find it. */
const FIRST_WORD = /^([^a-z0-9]{0,2})([a-z0-9]{2,})/;
/** [a-z0-9_]: a character a term may not follow. */
const isIdentifierCode = (c: number): boolean => isWordCode(c) || c === 95;

export class TermMatcher {
  private readonly re: RegExp | null;
  private readonly byFolded = new Map<string, string>();
  /**
   * Where the keyword index can find the terms: the entries of their first words, how many
   * symbols may come before those words (ascending), and the regex to try at each place.
   * Null when a term does not start with a word of two letters or digits ("x-ray", "日本").
   */
  private readonly keyed: { entries: Set<number>; leads: number[]; sticky: RegExp } | null = null;

  constructor(terms: readonly string[]) {
    const folded = [...new Set(terms.map((t) => fold(t).trim()).filter(Boolean))];
    // Longest first, so "northwind analytics" wins over "northwind".
    folded.sort((a, b) => b.length - a.length);
    for (const t of folded) this.byFolded.set(t.replace(SEPARATORS, ' '), t);
    this.re = compileTerms(folded);
    const firsts = folded.map((t) => FIRST_WORD.exec(t));
    if (this.re && firsts.every((m) => m !== null)) {
      const leads = [...new Set(firsts.map((m) => (m as RegExpExecArray)[1]!.length))].sort((a, b) => a - b);
      const entries = firsts.map((m) => termWordEntry((m as RegExpExecArray)[2]!));
      if (entries.every((e) => e !== undefined))
        this.keyed = { entries: new Set(entries), leads, sticky: new RegExp(this.re.source, 'y') };
    }
  }

  get empty(): boolean {
    return this.re === null;
  }

  /**
   * All non-overlapping matches in folded text. With the text's keyword index, the regex runs
   * only where a term's first word is (the same matches, without a scan of the whole text).
   */
  find(folded: string, index?: KeywordIndex): TermMatch[] {
    const re = this.re;
    if (!re) return [];
    const out: TermMatch[] = [];
    if (index && this.keyed) {
      this.eachMatch(folded, index, this.keyed, (m) => {
        out.push(this.termMatch(m));
        return false;
      });
      return out;
    }
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) out.push(this.termMatch(m));
    return out;
  }

  test(folded: string, index?: KeywordIndex): boolean {
    const re = this.re;
    if (!re) return false;
    if (index && this.keyed) return this.eachMatch(folded, index, this.keyed, () => true);
    re.lastIndex = 0;
    return re.test(folded);
  }

  private termMatch(m: RegExpExecArray): TermMatch {
    // A match written as listed is its own key (keys have single spaces only).
    const listed = this.byFolded.get(m[0]);
    const key = listed === undefined ? m[0].replace(SEPARATORS, ' ') : m[0];
    return { start: m.index, end: m.index + m[0].length, term: listed ?? this.byFolded.get(key) ?? key };
  }

  /**
   * Tries the terms where the index found their first words (and the symbols before them), in
   * text order, skipping places inside the last match, as the global regex does; stops when
   * `found` returns true, and returns whether it did.
   */
  private eachMatch(
    folded: string,
    index: KeywordIndex,
    keyed: { entries: Set<number>; leads: number[]; sticky: RegExp },
    found: (m: RegExpExecArray) => boolean,
  ): boolean {
    const { entries, leads, sticky } = keyed;
    let from = 0;
    for (let h = index.first(termWordList); h >= 0; h = index.next[h] as number) {
      if (!entries.has(index.entries[h] as number)) continue;
      const word = index.starts[h] as number;
      // Leads are at most two and words at least two characters long: places stay in text order.
      for (let l = leads.length - 1; l >= 0; l--) {
        const at = word - (leads[l] as number);
        if (at < from) continue;
        // A term starts after a non-word character: skip what its regex would reject anyway.
        if (at > 0 && isIdentifierCode(folded.charCodeAt(at - 1))) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(folded);
        if (!m) continue;
        if (found(m)) return true;
        from = at + m[0].length;
        break;
      }
    }
    return false;
  }
}

/**
 * A long, fixed list of phrases (the common disclaimers) looked for only around the word that
 * sets each phrase apart (its longest): the check's keyword index finds those words in its one
 * pass, and the phrases' regex runs on short windows there instead of over the whole post.
 */
export class AnchoredTerms {
  private readonly matcher: TermMatcher;
  private readonly list: number;
  /** How far a match may start before its anchor, and end after it (white space may run long). */
  private readonly before: number;
  private readonly after: number;

  constructor(terms: readonly string[]) {
    this.matcher = new TermMatcher(terms);
    const anchors = new Set<string>();
    let before = 0;
    let after = 0;
    for (const term of terms) {
      const folded = fold(term).trim();
      const words = folded.match(/[a-z0-9']+/g) ?? [folded];
      const anchor = words.reduce((a, b) => (b.length > a.length ? b : a));
      const at = folded.indexOf(anchor);
      anchors.add(anchor);
      before = Math.max(before, at);
      after = Math.max(after, folded.length - at);
    }
    this.before = 2 * before + 16;
    this.after = 2 * after + 16;
    this.list = keywordList([...anchors].map((text) => ({ text, mode: 'text' as const }))).id;
  }

  /** Does the folded text (whose keyword index is given) hold one of the phrases? */
  test(folded: string, index: KeywordIndex): boolean {
    const n = folded.length;
    let ws = -1;
    let we = -1;
    for (let h = index.first(this.list); h >= 0; h = index.next[h] as number) {
      const s = Math.max(0, (index.starts[h] as number) - this.before);
      const e = Math.min(n, (index.starts[h] as number) + this.after);
      if (s <= we) {
        we = Math.max(we, e);
        continue;
      }
      if (we >= 0 && this.testWindow(folded, ws, we)) return true;
      ws = s;
      we = e;
    }
    return we >= 0 && this.testWindow(folded, ws, we);
  }

  /** Runs the regex on `[ws, we)` widened to whole words, so that its word boundaries hold. */
  private testWindow(folded: string, ws: number, we: number): boolean {
    let s = ws;
    let e = we;
    while (s > 0 && isTermCode(folded.charCodeAt(s - 1))) s--;
    while (e < folded.length && isTermCode(folded.charCodeAt(e))) e++;
    return this.matcher.test(folded.slice(s, e));
  }
}
