/**
 * A regex of many alternatives, run with only the alternatives that can match near the key
 * words at hand (issue #2). The windowed rules run one regex of 20–100 alternatives in a small
 * window around each key word; in V8 every alternative costs about one more scan of the window.
 * Here each key word selects the alternatives written with it (or with its first letters), and a
 * window runs a copy of the regex in which the other alternatives fail at once: `(?!)` put in
 * front of them keeps their capture groups, so match arrays keep their numbering. Alternatives
 * written with no key word at all always run.
 *
 * The contract, as for the windows themselves: an alternative that can match a key word shows its
 * first letters (up to three, up to its first symbol) in its source; `den(?:y|ied)` shows "den"
 * of "denied", `i(?:'m| am)` shows "i" of "i'm".
 */
import { groupEnd, splitAlternatives } from './regex-source';
import { coveringKeyWords, type KeyWord } from './required-words';

/**
 * A key word and how the keyword index matches it. Given as a bare string, it is matched in an
 * unknown way: alternatives are then selected by the letters they show, never by cover.
 */
export type AlternationKey = string | { text: string; mode: 'word' | 'prefix' | 'text' };

const LEADS = ['\\b', '(?<![a-z0-9_])', ''];
/** Tails that keep a word character from following a match. */
const BOUNDED_TAILS = ['(?![a-z0-9_])', '\\b'];

/** A capture group: `(` not followed by `?` (nor escaped, nor in a class: close enough to keep every group). */
const CAPTURE = /\((?!\?)/;
/** Regexes kept per alternation: one per combination of key words met in a window. */
const MAX_CACHED = 512;
/** Texts longer than this (far longer than any post) run the whole regex in every window. */
const MAX_TEXT = 20_000;

/** A copy is made only when it is at most this share of the regex's length. */
const WORTH = 0.6;

/** The characters of a key word an alternative must show to be run for it. */
const SHOWN = 3;

/** Bits of each local key in a `localsKey`. */
const LOCAL_KEY_BITS = 9;

/**
 * One small integer for two or three local keys, whatever their order (a window meets its key
 * words in text order); -1 for more keys or larger ones. Cheaper per window than sorting and
 * joining the key words' texts.
 */
function localsKey(locals: readonly number[]): number {
  if (locals.length < 2 || locals.length > 3) return -1;
  const x = locals[0] as number;
  const y = locals[1] as number;
  const z = locals.length === 3 ? (locals[2] as number) : 0;
  const hi = Math.max(x, y, z);
  if (hi >= 1 << LOCAL_KEY_BITS) return -1;
  // The same numbers in any order give the same key: largest, middle (sum less the others), smallest.
  const lo = Math.min(x, y, z);
  const mid = x + y + z - hi - lo;
  // The count keeps {a, b} apart from {a, b, 0}; 28 bits in all.
  return ((locals.length - 2) << (3 * LOCAL_KEY_BITS)) | (hi << (2 * LOCAL_KEY_BITS)) | (mid << LOCAL_KEY_BITS) | lo;
}

export class KeyedAlternation {
  /** The regex as given. */
  readonly full: RegExp;
  private readonly head: string = '';
  private readonly tail: string = '';
  private readonly alternatives: string[] = [];
  /** Per key word: the alternatives it selects, as a sorted list. */
  private readonly selected = new Map<string, number[]>();
  private readonly always: number[] = [];
  private readonly cache = new Map<string, RegExp>();
  /** The key words by place in the list given: the local keys of the keyword index's hits. */
  private readonly keyTexts: string[];
  /** By local key: does a window around it run anything; the regex for it alone (once made). */
  private readonly selectsByLocal: boolean[] = [];
  private readonly byLocal: Array<RegExp | undefined> = [];
  /** By a number made of two or three local keys: the regex for those key words together. */
  private readonly byLocals = new Map<number, RegExp>();

  constructor(re: RegExp, keys: readonly AlternationKey[]) {
    this.full = re;
    const keywords = keys.map((k) => (typeof k === 'string' ? k : k.text));
    this.keyTexts = keywords;
    const source = re.source;
    const lead = LEADS.find((l) => source.startsWith(`${l}(?:`));
    if (lead === undefined) return;
    const end = groupEnd(source, lead.length);
    if (end < 0) return;
    const tail = source.slice(end);
    // The tail must not hold a top-level alternative of its own.
    if (splitAlternatives(tail).length > 1) return;
    const alternatives = splitAlternatives(source.slice(lead.length + 3, end - 1));
    if (alternatives.length < 4) return;
    this.head = `${lead}(?:`;
    this.tail = `)${tail}`;
    this.alternatives = alternatives;
    // What an alternative must show of a key word: its first letters, up to the first symbol
    // ("i" of "i'm", which may be written "i(?:'m| am)"; nothing of "'til").
    const shows = (alt: string, k: string): boolean => alt.includes((/^[a-z0-9]*/.exec(k)?.[0] ?? '').slice(0, SHOWN));
    // Key words whose matching is known, for covers: a one-word `text` key word matches as a prefix.
    const known: Array<KeyWord & { key: string }> = [];
    for (const k of keys) {
      if (typeof k === 'string') continue;
      if (k.mode !== 'text') known.push({ text: k.text, mode: k.mode, key: k.text });
      else if (/^[a-z0-9]+$/.test(k.text)) known.push({ text: k.text, mode: 'prefix', key: k.text });
    }
    const bounded = { before: lead !== '', after: BOUNDED_TAILS.some((t) => tail.startsWith(t)) };
    for (const k of new Set(keywords)) this.selected.set(k, []);
    alternatives.forEach((alt, i) => {
      // Filed under the rarest key words every match of it holds, else under every one it shows.
      const cover = known.length ? coveringKeyWords(alt, known, undefined, bounded) : null;
      const under = cover ? cover.map((k) => k.key) : keywords.filter((k) => shows(alt, k));
      if (under.length === 0) this.always.push(i);
      for (const k of new Set(under)) this.selected.get(k)?.push(i);
    });
    // The index reports the longest `text` key word at a place ("till"), for the lists of its
    // prefixes too ("til"): a key word selects what its prefixes among the key words select.
    const texts = keys.flatMap((k) => (typeof k !== 'string' && k.mode === 'text' ? [k.text] : []));
    for (const k of texts) {
      const mine = new Set(this.selected.get(k));
      for (const shorter of texts) {
        if (shorter === k || !k.startsWith(shorter)) continue;
        for (const i of this.selected.get(shorter) ?? []) mine.add(i);
      }
      this.selected.set(k, [...mine].sort((a, b) => a - b));
    }
    for (const k of keywords) this.selectsByLocal.push(this.selects(k));
  }

  /** `selects` for the key word at this place of the list given (a hit's local key in the index). */
  selectsLocal(local: number): boolean {
    return this.selectsByLocal[local] ?? true;
  }

  /** `forKeywords` for the key words at these places of the list given (hits' local keys). */
  forLocals(locals: readonly number[], textLength: number): RegExp {
    if (textLength > MAX_TEXT) return this.full;
    if (locals.length === 1) {
      const local = locals[0] as number;
      let re = this.byLocal[local];
      if (re === undefined) {
        re = this.forKeywords([this.keyTexts[local] ?? ''], textLength);
        this.byLocal[local] = re;
      }
      return re;
    }
    const key = localsKey(locals);
    let re = key < 0 ? undefined : this.byLocals.get(key);
    if (re === undefined) {
      re = this.forKeywords(locals.map((l) => this.keyTexts[l] ?? ''), textLength);
      if (key >= 0 && this.byLocals.size < MAX_CACHED) this.byLocals.set(key, re);
    }
    return re;
  }

  /**
   * Can a window around this key word match anything? Not when no alternative is filed under it
   * and none runs always: every match of the others holds a key word of its own, whose window
   * finds it.
   */
  selects(keyword: string): boolean {
    if (this.alternatives.length === 0 || this.always.length > 0) return true;
    return (this.selected.get(keyword)?.length ?? 1) > 0;
  }

  /**
   * The regex with only the alternatives of these key words (and those of none) enabled, for a
   * window of a text of `textLength` characters. A long text gets the whole regex: it meets so
   * many combinations of key words that their compiled copies slowed every other regex of the
   * check down (measured: 300,000 characters 30% slower, against 15% faster at 3,000).
   */
  forKeywords(keywords: readonly string[], textLength: number): RegExp {
    if (this.alternatives.length === 0 || textLength > MAX_TEXT) return this.full;
    // The same key words met in another order make the same regex.
    const key = keywords.length === 1 ? (keywords[0] as string) : [...keywords].sort().join(' ');
    let re = this.cache.get(key);
    if (re) return re;
    // A pasted book meets endless combinations: past the cap, compiling would cost more than it saves.
    if (this.cache.size >= MAX_CACHED) return this.full;
    const on = new Uint8Array(this.alternatives.length);
    for (const i of this.always) on[i] = 1;
    for (const k of keywords) {
      const mine = this.selected.get(k);
      if (mine === undefined) return this.full;
      for (const i of mine) on[i] = 1;
    }
    // A left-out alternative with capture groups stays, failing at once, to keep the numbering.
    const body = this.alternatives
      .flatMap((alt, i) => (on[i] ? [alt] : CAPTURE.test(alt) ? [`(?!)${alt}`] : []))
      .join('|');
    const source = `${this.head}${body || '(?!)'}${this.tail}`;
    // Not worth a second regex when most of the alternatives stay.
    re = source.length > WORTH * this.full.source.length ? this.full : new RegExp(source, this.full.flags);
    this.cache.set(key, re);
    return re;
  }
}
