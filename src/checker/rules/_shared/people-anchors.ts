/**
 * Anchored phrase matching for the harassment, inclusive-language and location rules
 * (owned by those categories). Their phrase lists are long and full of bounded gaps, too
 * slow to run over a whole 3,000-character post for every rule. Instead every rule names
 * anchor words that any match must contain ("right now", "alone", "idiot"…); one scan per
 * check finds the anchors of all these rules at once, and each rule runs its full pattern
 * only on short windows around its own anchors.
 */
import type { RuleContext } from '../../context';
import { compilePhrases, type PhrasesOptions, phraseRule } from '../../kinds/phrases';
import type { RuleDefinition } from '../../kinds/rule';

interface AnchorHit {
  start: number;
  end: number;
  /** Bit `id` is set for each set this anchor opens a window for. */
  mask: number;
}

/** A rule's anchors and how far around them its matches can reach. */
export interface AnchorSet {
  readonly id: number;
  readonly anchors: readonly string[];
  /** Characters after an anchor that a match may cover. */
  readonly reach: number;
  /** Characters before an anchor that a match may cover. */
  readonly before: number;
}

const sets: AnchorSet[] = [];

/**
 * Bounds for pathological input (a megabyte of "you you you…"): a real post has a handful of
 * anchors and findings. Past these the rules stop looking, so any input finishes quickly.
 */
export const MAX_HITS = 100;
const MAX_ANCHORS = 4000;

/**
 * The scanner, built on first use from every set's anchors. Instead of one big regular
 * expression (slow with hundreds of alternatives), a loop over the text looks up the first
 * three characters at each word start in a table and compares the few anchors that begin that
 * way character by character.
 */
interface Scanner {
  /**
   * Anchors (longest first) by the code of their first three characters, or two for two-character
   * ones: the tables hold 1 + the index of the list in `lists` (0: none). Typed arrays, because a
   * plain array this large would be a slow dictionary.
   */
  byKey3: Uint16Array;
  byKey2: Uint16Array;
  lists: Anchor[][];
}
interface Anchor {
  word: string;
  codes: number[];
  /** The sets it opens a window for, one bit each (an anchor also serves sets that list a prefix of it). */
  mask: number;
}
let scanner: Scanner | null = null;

/**
 * The last text scanned and its anchors. The checker often sees the same text again (a re-check
 * on focus, the popup, the same post in two tabs), and the hits are plain data, safe to share.
 */
let lastText: string | null = null;
let lastHits: AnchorHit[] = [];

/** 6-bit codes of the characters anchors may contain; 0 for any other. */
const CODE = new Uint8Array(128);
const ANCHOR_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789*$@!#' -/.";
for (let i = 0; i < ANCHOR_CHARS.length; i++) CODE[ANCHOR_CHARS.charCodeAt(i)] = i + 1;
const SPACE_CODE = CODE[32] as number;
/** 1 for the characters of a word ([a-z0-9_]), by UTF-16 code unit. */
const WORD = new Uint8Array(65536);
for (let c = 97; c <= 122; c++) WORD[c] = 1;
for (let c = 48; c <= 57; c++) WORD[c] = 1;
WORD[95] = 1;

const code = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c < 128 ? (CODE[c] as number) : 0;
};

export function anchorSet(anchors: readonly string[], reach = 80, before = reach): AnchorSet {
  if (sets.length >= 31) throw new Error('too many anchor sets for the bit masks');
  const set: AnchorSet = {
    id: sets.length,
    anchors: anchors.map((a) => a.trim().replace(/\s+/g, ' ')),
    reach,
    before,
  };
  for (const a of set.anchors) {
    for (let i = 0; i < a.length; i++)
      if (code(a, i) === 0) throw new Error(`anchor "${a}" has a character the scanner cannot see`);
    if (a.length < 2 || a.charAt(0) === ' ') throw new Error(`anchor "${a}" is too short`);
  }
  sets.push(set);
  scanner = null;
  lastText = null;
  return set;
}

function build(): Scanner {
  const all = [...new Set(sets.flatMap((s) => s.anchors))].sort((a, b) => b.length - a.length);
  const sc: Scanner = {
    byKey3: new Uint16Array(64 * 64 * 64),
    byKey2: new Uint16Array(64 * 64),
    lists: [],
  };
  for (const word of all) {
    let mask = 0;
    for (const s of sets) if (s.anchors.some((a) => word.startsWith(a))) mask |= 1 << s.id;
    const anchor = { word, codes: [...word].map((ch) => ch.charCodeAt(0)), mask };
    const k2 = code(word, 0) * 64 + code(word, 1);
    const table = word.length === 2 ? sc.byKey2 : sc.byKey3;
    const key = word.length === 2 ? k2 : k2 * 64 + code(word, 2);
    if (table[key] === 0) {
      sc.lists.push([]);
      table[key] = sc.lists.length;
    }
    sc.lists[(table[key] as number) - 1]?.push(anchor);
  }
  return sc;
}

/** The first anchor of `list` (longest first) that the text has at `i`, compared from `from` on. */
function firstAt(s: string, i: number, list: Anchor[] | undefined, from: number): Anchor | undefined {
  if (list === undefined) return undefined;
  for (const a of list) {
    const codes = a.codes;
    if (i + codes.length > s.length) continue;
    let j = from;
    while (j < codes.length && s.charCodeAt(i + j) === codes[j]) j++;
    if (j === codes.length) return a;
  }
  return undefined;
}

/** Every anchor of every set in the folded text (at word starts), found in one pass per check. */
function scan(ctx: RuleContext): AnchorHit[] {
  return ctx.cached('people-anchors', () => {
    if (ctx.folded === lastText) return lastHits;
    if (!scanner) scanner = build();
    const { byKey2, byKey3, lists } = scanner;
    const s = ctx.folded;
    const n = s.length;
    const hits: AnchorHit[] = [];
    let prevWord = 0;
    for (let i = 0; i + 1 < n; i++) {
      const c = s.charCodeAt(i);
      // Table lookups, not comparisons: this loop sees every character of the post.
      const w = WORD[c] as number;
      if (prevWord !== 0) {
        prevWord = w;
        continue;
      }
      prevWord = w;
      if (c >= 128) continue;
      const a = CODE[c] as number;
      if (a === 0 || a === SPACE_CODE) continue;
      const k2 = a * 64 + code(s, i + 1);
      // Longest anchor first: three characters and more, then two.
      const l3 = i + 2 < n ? (byKey3[k2 * 64 + code(s, i + 2)] as number) : 0;
      let word = l3 === 0 ? undefined : firstAt(s, i, lists[l3 - 1], 3);
      const l2 = byKey2[k2] as number;
      if (word === undefined && l2 !== 0) word = firstAt(s, i, lists[l2 - 1], 2);
      if (
        word !== undefined &&
        hits.push({ start: i, end: i + word.word.length, mask: word.mask }) >= MAX_ANCHORS
      )
        break;
    }
    lastText = s;
    lastHits = hits;
    return hits;
  });
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39;

/** Merged folded windows around the set's anchors, widened to whole words. */
export function windows(ctx: RuleContext, set: AnchorSet): Array<[number, number]> {
  const hits = scan(ctx);
  const out: Array<[number, number]> = [];
  if (hits.length === 0) return out;
  const folded = ctx.folded;
  const n = folded.length;
  const bit = 1 << set.id;
  for (const h of hits) {
    if ((h.mask & bit) === 0) continue;
    let ws = Math.max(0, h.start - set.before);
    let we = Math.min(n, h.end + set.reach);
    while (ws > 0 && isWordChar(folded.charCodeAt(ws - 1))) ws--;
    while (we < n && isWordChar(folded.charCodeAt(we))) we++;
    const last = out[out.length - 1];
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
    else out.push([ws, we]);
  }
  return out;
}

export interface WindowMatch {
  /** Folded offsets. */
  start: number;
  end: number;
  /** The folded text matched. */
  text: string;
  /** The match itself, for its capture groups. */
  groups: RegExpExecArray;
}

/** All matches of a global regex over folded text, looked for only in the set's windows. */
export function matchInWindows(ctx: RuleContext, set: AnchorSet, re: RegExp): WindowMatch[] {
  const out: WindowMatch[] = [];
  for (const [ws, we] of windows(ctx, set)) {
    const part = ctx.folded.slice(ws, we);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: ws + m.index, end: ws + m.index + m[0].length, text: m[0], groups: m });
      if (out.length >= 2 * MAX_HITS) return out;
    }
  }
  return out;
}

/** The phrase kind (kinds/phrases.ts), matched only around anchors. */
export function anchoredPhrases(
  options: PhrasesOptions & { anchors: readonly string[]; reach?: number; before?: number },
): RuleDefinition {
  const re = compilePhrases(options.phrases);
  const set = anchorSet(options.anchors, options.reach, options.before);
  return phraseRule(options, (ctx) => matchInWindows(ctx, set, re), MAX_HITS);
}

/**
 * The folded text of the clause around a folded span: from the last sentence break before it
 * to the next one after it, at most `radius` characters either side. Cheaper than the
 * context's sentence list for a look around one match.
 */
export function clauseAround(ctx: RuleContext, start: number, end: number, radius = 80): string {
  const folded = ctx.folded;
  const from = Math.max(0, start - radius);
  const before = folded.slice(from, start);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  const after = folded.slice(end, Math.min(folded.length, end + radius));
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(cut + 1) + folded.slice(start, end) + (stop < 0 ? after : after.slice(0, stop + 1));
}
