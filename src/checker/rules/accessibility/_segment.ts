/**
 * Splits a run-together hashtag into English words by dynamic programming over
 * a compact word list (./_words.ts): the split with the fewest words wins, and
 * among those the one with the longest words (sum of squared lengths). Words
 * may carry a regular inflection (-s, -es, -ed, -ing, -er, -ers, -ly, -ies) that
 * the list does not spell out. Digits form their own pieces ("100daysofcode").
 */
import { FRONT_CODED_WORDS } from './_words';

let dictionary: Set<string> | null = null;

/** The word list, decoded on first use (most posts have no hashtag to split). */
export function englishWords(): ReadonlySet<string> {
  if (dictionary) return dictionary;
  const set = new Set<string>();
  const s = FRONT_CODED_WORDS;
  let prev = '';
  let i = 0;
  while (i < s.length) {
    const shared = s.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
      j++;
    }
    prev = prev.slice(0, shared) + s.slice(i + 1, j);
    set.add(prev);
    i = j;
  }
  dictionary = set;
  return set;
}

/** Extra words (e.g. the organization's names) that count as known, with their preferred spelling. */
export type ExtraWords = ReadonlyMap<string, string>;

const INFLECTIONS: ReadonlyArray<readonly [suffix: string, restore: string]> = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ied', 'y'],
  ['ing', ''],
  ['ing', 'e'],
  ['er', ''],
  ['er', 'e'],
  ['ers', ''],
  ['ers', 'e'],
  ['ly', ''],
];

/** 0: unknown, 1: listed, 2: a listed word with an inflection. */
function lookup(piece: string, words: ReadonlySet<string>, extra: ExtraWords | undefined): 0 | 1 | 2 {
  if (words.has(piece) || extra?.has(piece)) return 1;
  if (piece.length < 4) return 0;
  for (const [suffix, restore] of INFLECTIONS) {
    if (!piece.endsWith(suffix)) continue;
    const base = piece.slice(0, piece.length - suffix.length);
    if (base.length < 3) continue;
    if (words.has(base + restore)) return 2;
    // running → run, shipped → ship
    const n = base.length;
    if (restore === '' && suffix !== 's' && base.charCodeAt(n - 1) === base.charCodeAt(n - 2)) {
      if (words.has(base.slice(0, n - 1))) return 2;
    }
  }
  return 0;
}

const MAX_WORD = 20;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Is `tag` (lower case) itself one known word? */
export function isKnownWord(tag: string, extra?: ExtraWords): boolean {
  return lookup(tag, englishWords(), extra) !== 0;
}

/**
 * The best split of a lower-case tag into known words, or null when some part is
 * not a known word. A single-word tag returns one piece.
 */
export function segment(tag: string, extra?: ExtraWords): string[] | null {
  const n = tag.length;
  if (n === 0 || n > 80) return null;
  const words = englishWords();
  // cost[i]: best cost of tag[0, i); lower is better. Each word costs 1, an inflected
  // word a little more, and a one-letter word ("a", "i") more still.
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const squares = new Float64Array(n + 1);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Number.POSITIVE_INFINITY) continue;
    if (isDigit(tag.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isDigit(tag.charCodeAt(j))) j++;
      relax(i, j, 1);
      continue;
    }
    for (let j = i + 1; j <= n && j - i <= MAX_WORD; j++) {
      if (isDigit(tag.charCodeAt(j - 1))) break;
      const kind = lookup(tag.slice(i, j), words, extra);
      if (kind === 0) continue;
      relax(i, j, (kind === 2 ? 1.2 : 1) + (j - i === 1 ? 0.6 : 0));
    }
  }
  if ((from[n] as number) < 0) return null;
  const pieces: string[] = [];
  for (let j = n; j > 0; j = from[j] as number) pieces.push(tag.slice(from[j] as number, j));
  // Mostly one- and two-letter pieces ("a a a a…") is not a real split.
  if (pieces.filter((p) => p.length === 1).length > 1 || pieces.length * 3 > n + 2) return null;
  return pieces.reverse();

  function relax(i: number, j: number, step: number): void {
    const c = (cost[i] as number) + step;
    const sq = (squares[i] as number) + (j - i) * (j - i);
    const best = cost[j] as number;
    if (c < best - 1e-9 || (Math.abs(c - best) < 1e-9 && sq > (squares[j] as number))) {
      cost[j] = c;
      squares[j] = sq;
      from[j] = i;
    }
  }
}
