/**
 * A regex that runs only near its keywords: the check's keyword index (text/keywords.ts) finds
 * the keywords in its one pass over the text, and the regex runs on small windows around them,
 * with only the alternatives written with the keywords met in each window (text/keyed-alternation.ts).
 */
import { KeyedAlternation } from './keyed-alternation';
import { type KeywordIndex, keywordList } from './keywords';
import { withoutCaptures } from './regex-source';
import { isWordCode } from './words';

/** One match of a gated regex, in folded offsets. */
export interface GateMatch {
  start: number;
  end: number;
  text: string;
  /** Capture groups of the regex. */
  groups: ReadonlyArray<string | undefined>;
}

/** What a gate reads of a check: the folded text and its keyword index. */
export interface GatedText {
  readonly folded: string;
  readonly keywords: KeywordIndex;
}

export interface GateOptions {
  /** Characters before a keyword that a match may start at, and after it that a match may end at. */
  before: number;
  after: number;
  /** Keep the regex's capture groups (for `GateMatch.groups`); without, matching is cheaper. */
  captures?: boolean;
  /** Keywords past this folded offset are not looked at. */
  limit?: number;
  /** Keyword positions kept. */
  maxHits?: number;
  /** Matches `all` reports at most, unless told otherwise. */
  maxMatches?: number;
}

/** The groups of a match of a regex without captures. */
const NO_GROUPS: ReadonlyArray<string | undefined> = [];

/** Prefix keywords ("apolog*") need this many letters, so that they stay specific. */
const MIN_PREFIX = 5;
const LOOK_BEHIND = '(?<![a-z0-9_])';

/**
 * Keywords are whole folded words ("behalf"), or prefixes of at least five letters written with a
 * star ("apolog*"); every alternative of the regex must contain one of them, within `before`
 * characters after the match start and `after` characters before its end. The regex must have
 * the `g` flag.
 */
export class KeywordGate {
  private readonly list: number;
  private readonly re: KeyedAlternation;
  private readonly before: number;
  private readonly after: number;
  private readonly maxMatches: number;

  constructor(keywords: readonly string[], re: RegExp, options: GateOptions) {
    if (!re.global) throw new Error(`gated regex ${re} needs the g flag`);
    this.before = options.before;
    this.after = options.after;
    this.maxMatches = options.maxMatches ?? Number.POSITIVE_INFINITY;
    let source = options.captures ? re.source : withoutCaptures(re.source);
    // Phrase lists compile to a leading look-behind; `\b` is equivalent on folded text and faster.
    if (source.startsWith(LOOK_BEHIND)) source = `\\b${source.slice(LOOK_BEHIND.length)}`;
    const fast = new RegExp(source, re.flags);
    const entries = [...new Set(keywords)].map((raw) => {
      const prefix = raw.endsWith('*');
      const text = prefix ? raw.slice(0, -1) : raw;
      if (!/^[a-z0-9]+$/.test(text) || (prefix && text.length < MIN_PREFIX)) {
        throw new Error(`bad gate keyword "${raw}"`);
      }
      return { text, mode: prefix ? ('prefix' as const) : ('word' as const) };
    });
    this.list = keywordList(entries, {
      limit: options.limit,
      maxHits: options.maxHits ?? Number.POSITIVE_INFINITY,
    }).id;
    this.re = new KeyedAlternation(fast, entries);
  }

  /** Does any keyword start in [from, to)? */
  near(ctx: GatedText, from = 0, to = Number.POSITIVE_INFINITY): boolean {
    const index = ctx.keywords;
    for (let h = index.first(this.list); h >= 0; h = index.next[h] as number) {
      const p = index.starts[h] as number;
      if (p >= from && p < to) return true;
    }
    return false;
  }

  /** Matches whose start lies in [from, to), in order; at most `limit` (a post never has hundreds). */
  all(ctx: GatedText, from = 0, to = Number.POSITIVE_INFINITY, limit = this.maxMatches): GateMatch[] {
    const index = ctx.keywords;
    const out: GateMatch[] = [];
    let h = index.first(this.list);
    if (h < 0) return out;
    const text = ctx.folded;
    const n = text.length;
    let ws = -1;
    let we = -1;
    // The keywords met in the window (by local key): only the alternatives written with them can match there.
    let met: number[] = [];
    for (; h >= 0; h = index.next[h] as number) {
      const p = index.starts[h] as number;
      if (p + this.after < from || p - this.before >= to) continue;
      let s = Math.max(0, p - this.before);
      let e = Math.min(n, p + this.after);
      // Widen to word edges so the regex's own boundaries hold at the cut.
      while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      const word = index.locals[h] as number;
      // A key word no alternative needs opens no window (its matches hold a rarer word).
      if (!this.re.selectsLocal(word)) continue;
      if (s <= we) {
        if (e > we) we = e;
        if (!met.includes(word)) met.push(word);
        continue;
      }
      if (ws >= 0 && this.scan(text, ws, we, met, from, to, out, limit)) return out;
      ws = s;
      we = e;
      // A new array: cheaper in V8 than emptying this one (a store to `length` is a runtime call).
      met = [word];
    }
    if (ws >= 0) this.scan(text, ws, we, met, from, to, out, limit);
    return out;
  }

  /** Runs the regex over one window; true when `limit` matches are found. */
  private scan(
    text: string,
    ws: number,
    we: number,
    met: readonly number[],
    from: number,
    to: number,
    out: GateMatch[],
    limit: number,
  ): boolean {
    const slice = text.slice(ws, we);
    const re = this.re.forLocals(met, text.length);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = ws + m.index;
      if (start < from || start >= to) continue;
      out.push({ start, end: start + m[0].length, text: m[0], groups: m.length > 1 ? m.slice(1) : NO_GROUPS });
      if (out.length >= limit) return true;
    }
    return false;
  }

  first(ctx: GatedText, from = 0, to = Number.POSITIVE_INFINITY): GateMatch | undefined {
    return this.all(ctx, from, to, 1)[0];
  }

  test(ctx: GatedText, from = 0, to = Number.POSITIVE_INFINITY): boolean {
    return this.first(ctx, from, to) !== undefined;
  }
}
