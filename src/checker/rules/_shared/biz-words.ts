/**
 * A word index for the confidential, speculation, competitor, legal and regulated-claims
 * rules. Speed is the reason: a regex alternation of N literals costs about N scans of the
 * post in V8, so a rule with 50 trigger words would spend more than its whole time budget on
 * a 3,000-character post. Instead, the folded post is walked once per check; every word is
 * looked up by its first four letters in one hash table holding the stems of all registered
 * word groups. Rules then run their detailed regexes only in small windows around the words
 * of their groups, and answer "is there a topic word in this sentence?" from the same list.
 *
 * A stem of four letters or more matches any word that starts with it ("acqui" → acquired);
 * a shorter stem, or a stem ending in `$`, matches the whole word only ("we", "ipo", "sold$").
 * "$" and "%" are words of their own (cashtags, percentages). Stems are folded, without spaces.
 */
import type { RuleContext } from '../../context';

interface Stem {
  text: string;
  exact: boolean;
  /** The groups the stem belongs to. */
  groups: number[];
}

const MAX_GROUPS = 64;
/**
 * These rules read the first MAX_SCAN characters of a post (the longest posts of any site are
 * far shorter), and report at most MAX_MATCHES matches of one regex, so that a pasted megabyte
 * of text costs milliseconds, not seconds.
 */
export const MAX_SCAN = 50_000;
export const MAX_MATCHES = 200;
/** Words of interest kept per post: far more than any real post has. */
const MAX_HITS = 5_000;
const TABLE_BITS = 14;
const TABLE_SIZE = 1 << TABLE_BITS;
const stems: Stem[] = [];
/** Open addressing: key → first stem index + 1 of the bucket; buckets chain through `nextInBucket`. */
const tableKeys = new Int32Array(TABLE_SIZE);
const tableHeads = new Int32Array(TABLE_SIZE);
const nextInBucket: number[] = [];
let groupCount = 0;

/**
 * Six-bit codes of the characters words are made of: a-z are 1-26, 0-9 are 27-36; "$" and "%"
 * (37, 38) are words of their own; 0 for everything else. Keys stay below 2^30, so V8 keeps
 * them as small integers (28-bit keys of 7-bit characters made every lookup allocate).
 */
const CODE = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CODE[c] = c - 96;
for (let c = 48; c <= 57; c++) CODE[c] = c - 21;
CODE[36] = 37;
CODE[37] = 38;
const WORD_MAX = 36;

const isWordCode = (c: number): boolean => c < 128 && CODE[c]! > 0 && CODE[c]! <= WORD_MAX;

/** Key of a word or stem: its first four characters, or the whole word when shorter (with its length). */
function keyOf(s: string, start: number, length: number): number {
  const n = Math.min(length, 4);
  let h = 0;
  for (let k = 0; k < n; k++) h = (h << 6) | CODE[s.charCodeAt(start + k)]!;
  return h | (n << 24) | (length < 4 ? 0 : 1 << 27);
}

function slotOf(key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
  while (tableHeads[slot] !== 0 && tableKeys[slot] !== key) slot = (slot + 1) & (TABLE_SIZE - 1);
  return slot;
}

/** "sold$" is the whole word "sold"; "$" alone is the dollar sign. */
function parseStem(raw: string): { text: string; exact: boolean } {
  const text = raw.length > 1 && raw.endsWith('$') ? raw.slice(0, -1) : raw;
  return { text, exact: text !== raw || text.length < 4 };
}

/** Registers a group of stems; returns the group id for `wordsOf`, `hasWord` and `gatedMatches`. */
/** For benchmarks: every registered stem. */
export const registeredStems = (): string[] => stems.map((s) => s.text);
export function wordGroup(list: readonly string[]): number {
  const g = groupCount++;
  if (g >= MAX_GROUPS) throw new Error('too many word groups');
  for (const raw of list) {
    const { text, exact } = parseStem(raw);
    let index = stems.findIndex((s) => s.text === text && s.exact === exact);
    if (index < 0) {
      index = stems.length;
      stems.push({ text, exact, groups: [] });
      const key = keyOf(text, 0, text.length);
      const slot = slotOf(key);
      if (stems.length + 1 > TABLE_SIZE / 2) throw new Error('word table full');
      tableKeys[slot] = key;
      nextInBucket[index] = tableHeads[slot]! - 1;
      tableHeads[slot] = index + 1;
    }
    const member = stems[index]!.groups;
    if (!member.includes(g)) member.push(g);
  }
  return g;
}

/** One word of the post that matched a stem, in folded offsets. */
export interface WordHit {
  start: number;
  end: number;
  stem: number;
}

function lookup(folded: string, start: number, length: number, out: WordHit[]): void {
  const key = keyOf(folded, start, length);
  lookupKey(folded, start, length, key, Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS), out);
}

/** Files the word `[start, start + length)` under every stem of its key; `slot` is the key's home slot. */
function lookupKey(
  folded: string,
  start: number,
  length: number,
  key: number,
  slot: number,
  out: WordHit[],
): void {
  while (tableHeads[slot] !== 0) {
    if (tableKeys[slot] === key) {
      for (let i = tableHeads[slot]! - 1; i >= 0; i = nextInBucket[i]!) {
        const s = stems[i]!;
        const size = s.text.length;
        if ((s.exact ? size === length : size <= length) && (size <= 4 || folded.startsWith(s.text, start))) {
          out.push({ start, end: start + length, stem: i });
        }
      }
      return;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

interface WordIndex {
  hits: WordHit[];
  /** The hits of each group, in order of position. */
  byGroup: WordHit[][];
}

const NO_WORDS: WordHit[] = [];

/** Every word of the post that matches a registered stem, filed by group; once per check. */
function wordIndex(ctx: RuleContext): WordIndex {
  return ctx.cached('biz:words', () => buildWordIndex(ctx.folded));
}

/** Walks folded text once and files every word that matches a registered stem. */
export function buildWordIndex(folded: string): WordIndex {
  const n = Math.min(folded.length, MAX_SCAN);
  const hits: WordHit[] = [];
  scanWords(folded, n, hits);
  const byGroup: WordHit[][] = [];
  for (const h of hits) {
    for (const g of stems[h.stem]!.groups) {
      const list = byGroup[g];
      if (list) list.push(h);
      else byGroup[g] = [h];
    }
  }
  return { hits, byGroup };
}

/**
 * The hot loop, kept small so that V8 optimizes it: the key (first four characters) is built
 * while walking each word, and only words whose key is in the table are looked up.
 */
function scanWords(folded: string, n: number, hits: WordHit[]): void {
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (c === 36 || c === 37) lookup(folded, i, 1, hits);
      i++;
      continue;
    }
    const start = i;
    let h = CODE[c]!;
    i++;
    for (; i < n; i++) {
      const d = folded.charCodeAt(i);
      if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
      if (i - start < 4) h = (h << 6) | CODE[d]!;
    }
    const length = i - start;
    const key = length < 4 ? h | (length << 24) : h | (4 << 24) | (1 << 27);
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
    if (tableHeads[slot] !== 0) {
      lookupKey(folded, start, length, key, slot, hits);
      if (hits.length >= MAX_HITS) return;
    }
  }
}

export const wordHits = (ctx: RuleContext): WordHit[] => wordIndex(ctx).hits;

const groupWords = (ctx: RuleContext, group: number): WordHit[] => wordIndex(ctx).byGroup[group] ?? NO_WORDS;

/** Index of the first hit starting at or after `from` (hits are sorted by start). */
function firstFrom(list: WordHit[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is there a word of the group within `radius` characters of folded `[start, end)`? */
export function hasWordNear(
  ctx: RuleContext,
  group: number,
  start: number,
  end: number,
  radius: number,
): boolean {
  return hasWord(ctx, group, start - radius, end + radius);
}

/** Words of a group, optionally only those inside folded `[from, to)`. */
export function wordsOf(ctx: RuleContext, group: number, from = 0, to = Number.MAX_SAFE_INTEGER): WordHit[] {
  const list = groupWords(ctx, group);
  if (from <= 0 && to >= ctx.folded.length) return list;
  const out: WordHit[] = [];
  for (let i = firstFrom(list, from); i < list.length && list[i]!.end <= to; i++) out.push(list[i]!);
  return out;
}

export function hasWord(ctx: RuleContext, group: number, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const list = groupWords(ctx, group);
  const i = from <= 0 ? 0 : firstFrom(list, from);
  const h = list[i];
  return h !== undefined && h.end <= to;
}

/** A match of a detailed regex near a group's words, in folded offsets. */
export interface WindowMatch {
  start: number;
  end: number;
  m: RegExpExecArray;
}

/**
 * Runs `detail` (global) on the merged windows of `before`/`after` characters around the
 * group's words, widened to whole words so that its word boundaries hold.
 */
export function gatedMatches(
  ctx: RuleContext,
  group: number,
  detail: RegExp,
  before: number,
  after: number,
  accept?: (hit: WordHit) => boolean,
): WindowMatch[] {
  const folded = ctx.folded;
  const out: WindowMatch[] = [];
  let ws = -1;
  let we = -1;
  const flush = (): void => {
    while (ws > 0 && isWordCode(folded.charCodeAt(ws - 1))) ws--;
    while (we < folded.length && isWordCode(folded.charCodeAt(we))) we++;
    const slice = folded.slice(ws, we);
    detail.lastIndex = 0;
    for (let m = detail.exec(slice); m; m = detail.exec(slice)) {
      if (m[0].length === 0) {
        detail.lastIndex++;
        continue;
      }
      out.push({ start: ws + m.index, end: ws + m.index + m[0].length, m });
      if (out.length >= MAX_MATCHES) return;
    }
  };
  for (const h of groupWords(ctx, group)) {
    if (out.length >= MAX_MATCHES) break;
    if (accept && !accept(h)) continue;
    const s = Math.max(0, h.start - before);
    const e = Math.min(folded.length, h.end + after);
    if (we >= 0 && s <= we) we = Math.max(we, e);
    else {
      if (we >= 0) flush();
      ws = s;
      we = e;
    }
  }
  if (we >= 0) flush();
  return out;
}

/** Alternatives of a detailed regex, split by the key word each contains. */
export interface KeyedRegex {
  group: number;
  byStem: Map<number, RegExp>;
}

/** Phrase syntax: a space matches any white space, " ?" an optional one. */
const toSource = (p: string): string => p.trim().replace(/ \?/g, '\\s?').replace(/ +/g, '\\s+');
const boundaries = (sources: readonly string[]): RegExp =>
  new RegExp(`(?<![a-z0-9_])(?:${sources.map(toSource).join('|')})(?![a-z0-9_])`, 'g');

/**
 * Splits a list of regex alternatives (phrase syntax: a space matches any white space) by the
 * stems they contain, so that a word of the post runs only the few alternatives written around
 * it: a regex of N alternatives costs about N scans of its window. Every alternative must
 * contain one of the stems literally (checked when the rule loads).
 */
export function keyedRegex(alternatives: readonly string[], stemList: readonly string[]): KeyedRegex {
  const group = wordGroup(stemList);
  const byStem = new Map<number, RegExp>();
  const used = new Set<string>();
  for (const raw of stemList) {
    const { text, exact } = parseStem(raw);
    const index = stems.findIndex((s) => s.text === text && s.exact === exact);
    // A whole-word stem ("go", "be") keys only alternatives where it stands as a word, not every
    // alternative that merely contains the letters ("going", "beat").
    const asWord = exact
      ? new RegExp(`(?<![a-z])${text.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')}(?![a-z])`)
      : null;
    const mine = alternatives.filter((a) => (asWord ? asWord.test(a) : a.includes(text)));
    for (const a of mine) used.add(a);
    if (mine.length) byStem.set(index, boundaries(mine));
  }
  const orphan = alternatives.find((a) => !used.has(a));
  if (orphan !== undefined) throw new Error(`no key word for alternative: ${orphan}`);
  return { group, byStem };
}

/**
 * Matches of a keyed regex: for each word of its group, the alternatives written around that
 * word run on `before`/`after` characters around it (widened to whole words). Sorted, deduplicated.
 */
export function keyedMatches(
  ctx: RuleContext,
  keyed: KeyedRegex,
  before: number,
  after: number,
  accept?: (hit: WordHit) => boolean,
): WindowMatch[] {
  const folded = ctx.folded;
  const out: WindowMatch[] = [];
  const seen = new Set<number>();
  for (const h of groupWords(ctx, keyed.group)) {
    if (out.length >= MAX_MATCHES) break;
    const re = keyed.byStem.get(h.stem);
    if (!re || (accept && !accept(h))) continue;
    let ws = Math.max(0, h.start - before);
    let we = Math.min(folded.length, h.end + after);
    while (ws > 0 && isWordCode(folded.charCodeAt(ws - 1))) ws--;
    while (we < folded.length && isWordCode(folded.charCodeAt(we))) we++;
    const slice = folded.slice(ws, we);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = ws + m.index;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (seen.has(start)) continue;
      seen.add(start);
      out.push({ start, end: start + m[0].length, m });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
