/**
 * Word groups for the confidential, speculation, competitor, legal and regulated-claims rules.
 * Speed is the reason: a regex alternation of N literals costs about N scans of the post in V8,
 * so a rule with 50 trigger words would spend more than its whole time budget on a
 * 3,000-character post. Instead, the check's keyword index (text/keywords.ts) finds the words of
 * every group in its one pass over the post; rules then run their detailed regexes only in small
 * windows around the words of their groups, and answer "is there a topic word in this
 * sentence?" from the same list.
 *
 * A stem of four letters or more matches any word that starts with it ("acqui" → acquired);
 * a shorter stem, or a stem ending in `$`, matches the whole word only ("we", "ipo", "sold$").
 * "$" and "%" are words of their own (cashtags, percentages). Stems are folded, without spaces.
 */
import { isWordCode, type RuleContext } from '../../context';
import { startsWithWordChar } from '../../kinds/phrases';
import { keywordList } from '../../text/keywords';
import { withoutCaptures } from '../../text/regex-source';
import { coveringKeyWords, type KeyWord } from '../../text/required-words';

/**
 * The phrase rules (these word groups, the org-voice gates and the people anchors) read the first
 * MAX_SCAN characters of a post (the longest posts of any site are far shorter), and report at
 * most MAX_MATCHES matches of one regex, so that a pasted megabyte of text costs milliseconds,
 * not seconds.
 */
export const MAX_SCAN = 50_000;
export const MAX_MATCHES = 200;
/** Words of interest kept per group: far more than any real post has. */
const MAX_HITS = 5_000;

/** "sold$" is the whole word "sold"; "$" alone is the dollar sign. */
function parseStem(raw: string): KeyWord {
  const text = raw.length > 1 && raw.endsWith('$') ? raw.slice(0, -1) : raw;
  return { text, mode: text !== raw || text.length < 4 ? 'word' : 'prefix' };
}

interface Group {
  list: number;
  /** The keyword entry of each stem, by stem text as written. */
  entries: Map<string, number>;
}
const groups: Group[] = [];

/** Registers a group of stems; returns the group id for `wordsOf`, `hasWord` and `gatedMatches`. */
export function wordGroup(list: readonly string[]): number {
  const unique = [...new Set(list)];
  const { id, entries } = keywordList(unique.map(parseStem), { limit: MAX_SCAN, maxHits: MAX_HITS });
  groups.push({ list: id, entries: new Map(unique.map((raw, i) => [raw, entries[i] as number])) });
  return groups.length - 1;
}

/** One word of the post that matched a stem, in folded offsets; `stem` is the stem's keyword entry. */
export interface WordHit {
  start: number;
  end: number;
  stem: number;
}

const NO_WORDS: WordHit[] = [];
const HITS = {};

/** The words of a group in the post, in order of position; once per check and group. */
function groupWords(ctx: RuleContext, group: number): WordHit[] {
  let byGroup = ctx.slots.get(HITS) as Array<WordHit[] | null> | undefined;
  if (!byGroup) {
    byGroup = new Array<WordHit[] | null>(groups.length).fill(null);
    ctx.slots.set(HITS, byGroup);
  }
  let list = byGroup[group];
  if (!list) {
    const index = ctx.keywords;
    let h = index.first((groups[group] as Group).list);
    list = h < 0 ? NO_WORDS : [];
    for (; h >= 0; h = index.next[h] as number)
      list.push({ start: index.starts[h] as number, end: index.ends[h] as number, stem: index.entries[h] as number });
    byGroup[group] = list;
  }
  return list;
}

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

/** The group's first word starting at or after folded offset `from`. */
export function firstWordFrom(ctx: RuleContext, group: number, from: number): WordHit | undefined {
  const list = groupWords(ctx, group);
  return list[from <= 0 ? 0 : firstFrom(list, from)];
}

/**
 * Can a regex, every match of which holds a word of the group, match in folded `[from, to)`? False
 * only when the index surely saw every such word there: not past MAX_SCAN, nor when the group's
 * hits were capped.
 */
export function mayHaveWordIn(ctx: RuleContext, group: number, from: number, to: number): boolean {
  if (to > MAX_SCAN || groupWords(ctx, group).length >= MAX_HITS) return true;
  const h = firstWordFrom(ctx, group, from);
  return h !== undefined && h.start < to;
}

/**
 * The group's list in the keyword index, for a rule that walks the hits itself (`index.first`,
 * `index.next`) instead of reading them as objects; a hit's local key is its stem's place in the
 * group's stems, duplicates removed.
 */
export const groupList = (group: number): number => (groups[group] as Group).list;

/** A match of a detailed regex near a group's words, in folded offsets. */
export interface WindowMatch {
  start: number;
  end: number;
  m: RegExpExecArray;
}

/**
 * Runs `detail` (global) on the merged windows of `before`/`after` characters around the
 * group's words, widened to whole words so that its word boundaries hold; stops at `limit` matches.
 */
export function gatedMatches(
  ctx: RuleContext,
  group: number,
  detail: RegExp,
  before: number,
  after: number,
  accept?: (hit: WordHit) => boolean,
  limit = MAX_MATCHES,
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
      if (out.length >= limit) return;
    }
  };
  for (const h of groupWords(ctx, group)) {
    if (out.length >= limit) break;
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
  if (we >= 0 && out.length < limit) flush();
  return out;
}

/** Alternatives of a detailed regex, split by the key word each contains. */
export interface KeyedRegex {
  group: number;
  /** By local key (the stem's place in the group's list): the alternatives filed under the stem. */
  byLocal: RegExp[];
}

/** Phrase syntax: a space matches any white space, " ?" an optional one. */
const toSource = (p: string): string => p.trim().replace(/ \?/g, '\\s?').replace(/ +/g, '\\s+');
/** Matches are read by their text only: the groups do not capture (cheaper). */
const boundaries = (sources: readonly string[]): RegExp => {
  const alternatives = sources.map(toSource);
  // `\b` where every match starts with a word character: the same on folded text, and faster.
  const start = alternatives.every(startsWithWordChar) ? '\\b' : '(?<![a-z0-9_])';
  return new RegExp(withoutCaptures(`${start}(?:${alternatives.join('|')})(?![a-z0-9_])`), 'g');
};

/** Does the alternative contain the stem, as a word for a whole-word stem ("go" not in "going")? */
function contains(alternative: string, { text, mode }: KeyWord): boolean {
  if (mode === 'prefix') return alternative.includes(text);
  return new RegExp(`(?<![a-z])${text.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')}(?![a-z])`).test(alternative);
}

/**
 * Splits a list of regex alternatives (phrase syntax: a space matches any white space) by their
 * stems, so that a word of the post runs only the few alternatives written around it: a regex of
 * N alternatives costs about N scans of its window. An alternative is filed under the cheapest
 * stems one of which every match of it holds (text/required-words.ts): "embargoed until" under
 * "embargo", not "until" too. One that cannot be read so far is filed under every stem it
 * contains. Every alternative must contain one of the stems (checked when the rule loads).
 */
export function keyedRegex(alternatives: readonly string[], stemList: readonly string[]): KeyedRegex {
  const stems = [...new Set(stemList)].map((raw) => ({ raw, ...parseStem(raw) }));
  const filed = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const under =
      coveringKeyWords(toSource(alternative), stems) ?? stems.filter((k) => contains(alternative, k));
    if (under.length === 0) throw new Error(`no key word for alternative: ${alternative}`);
    for (const { raw } of under) filed.set(raw, [...(filed.get(raw) ?? []), alternative]);
  }
  // Only stems that have alternatives are looked for: a stem no alternative is filed under
  // would open windows that run nothing.
  // The group's list is the filed stems in this order, so a hit's local key is its place here.
  const group = wordGroup([...filed.keys()]);
  return { group, byLocal: [...filed.values()].map(boundaries) };
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
  // Match starts already reported (another key word's window may find the same match).
  let seen: Set<number> | null = null;
  let sorted = true;
  const index = ctx.keywords;
  for (let h = index.first((groups[keyed.group] as Group).list); h >= 0; h = index.next[h] as number) {
    if (out.length >= MAX_MATCHES) break;
    const re = keyed.byLocal[index.locals[h] as number];
    const wordStart = index.starts[h] as number;
    const wordEnd = index.ends[h] as number;
    if (!re || (accept && !accept({ start: wordStart, end: wordEnd, stem: index.entries[h] as number }))) continue;
    let ws = Math.max(0, wordStart - before);
    let we = Math.min(folded.length, wordEnd + after);
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
      seen ??= new Set();
      if (seen.has(start)) continue;
      seen.add(start);
      if (out.length > 0 && start < (out[out.length - 1] as WindowMatch).start) sorted = false;
      out.push({ start, end: start + m[0].length, m });
    }
  }
  return sorted ? out : out.sort((a, b) => a.start - b.start);
}
