/**
 * One scan of the digits of a post, shared by the credentials and personal-info
 * rules. Almost every secret and every personal number contains a digit, so
 * these rules start from the digit runs (one fast regex pass, cached per check)
 * instead of each scanning the whole post: a post with no digits costs them
 * next to nothing.
 */
import type { RuleContext } from '../../context';
import { isSpaceCode } from '../../text/words';

/** A run of non-space characters that contains a digit ("ghp_…", "(11)", "AKIA…", "2024-06-14,"). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Digit runs joined by one or two separators: "(11) 98765-4321", "4526 0181 5908 3012", "14.03.1990". */
export interface NumberGroup {
  start: number;
  end: number;
  /** The group as typed, with a leading "+" or "(" when there is one. */
  raw: string;
  /** How many digits it has. */
  digits: number;
}

/**
 * Limits that keep a pathological input (a megabyte of digits, of "@", of keys)
 * linear and fast; a real post never comes near them.
 */
export const MAX_RUNS = 5000;
/** At most this many findings per rule and check. */
export const MAX_HITS = 100;
/** At most this many candidates get a rule's expensive look (context windows, patterns) per check. */
export const MAX_CANDIDATES = 400;

const DIGITS = /\d+/g;

/** Flat [start, end, start, end, …] of every run of ASCII digits. */
export function digitRuns(ctx: RuleContext): readonly number[] {
  return ctx.cached('scan:digits', () => {
    const text = ctx.text;
    const out: number[] = [];
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m && out.length < 2 * MAX_RUNS; m = DIGITS.exec(text))
      out.push(m.index, DIGITS.lastIndex);
    return out;
  });
}

export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)
  );
}

/** Longer runs are blobs (a pasted file, a data URL), not a key or a number; they are left out. */
export const MAX_TOKEN = 8192;

/** JavaScript's `\s` and the zero-width space: where a token ends. */
const endsToken = (c: number): boolean => isSpaceCode(c) || c === 0x200b;

/** The whitespace-delimited runs that contain a digit, each once (runs longer than MAX_TOKEN left out). */
export function digitTokens(ctx: RuleContext): readonly Token[] {
  return ctx.cached('scan:tokens', () => {
    const text = ctx.text;
    const runs = digitRuns(ctx);
    const out: Token[] = [];
    let lastEnd = 0;
    for (let i = 0; i < runs.length; i += 2) {
      const s0 = runs[i] ?? 0;
      if (s0 < lastEnd) continue;
      const floor = Math.max(lastEnd, s0 - MAX_TOKEN);
      let s = s0;
      while (s > floor && !isSpace(text.charCodeAt(s - 1))) s--;
      const tooLong = s === floor && s > 0 && !isSpace(text.charCodeAt(s - 1));
      let e = runs[i + 1] ?? s0;
      while (e < text.length && !endsToken(text.charCodeAt(e))) e++;
      lastEnd = e;
      if (tooLong || e - s > MAX_TOKEN) continue;
      out.push({ start: s, end: e, text: text.slice(s, e) });
    }
    return out;
  });
}

/** Separators that may join digit runs into one number: space, dot, slash, hyphen, parentheses. */
function joins(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space . / - ( )
    if (c !== 32 && c !== 46 && c !== 47 && c !== 45 && c !== 40 && c !== 41) return false;
  }
  // Two separators only as ") " or " (" or " - ": a sentence end (". 4") does not join.
  if (gap === 2) {
    const pair = text.slice(from, to);
    if (pair !== ') ' && pair !== ' (' && pair !== ')-' && pair !== ' -' && pair !== '- ') return false;
  }
  return true;
}

export function numberGroups(ctx: RuleContext): readonly NumberGroup[] {
  return ctx.cached('scan:groups', () => {
    const text = ctx.text;
    const runs = digitRuns(ctx);
    const out: NumberGroup[] = [];
    let i = 0;
    while (i < runs.length) {
      let start = runs[i] ?? 0;
      let end = runs[i + 1] ?? 0;
      let digits = end - start;
      let j = i + 2;
      while (j < runs.length && joins(text, end, runs[j] ?? 0) && (runs[j + 1] ?? 0) - start <= 40) {
        digits += (runs[j + 1] ?? 0) - (runs[j] ?? 0);
        end = runs[j + 1] ?? 0;
        j += 2;
      }
      // A sentence-ending dot after the last run is not part of the number.
      if (text[start - 1] === '(' && text.indexOf(')', start) > start && text.indexOf(')', start) < end)
        start--;
      if (text[start - 1] === '+') start--;
      else if (text[start - 1] === ' ' && text[start - 2] === '+') start -= 2;
      out.push({ start, end, raw: text.slice(start, end), digits });
      i = j;
    }
    return out;
  });
}

/** Lower-case, accent-free text of [start, end) (original offsets), for keyword tests near a number. */
export function foldedSlice(ctx: RuleContext, start: number, end: number): string {
  const s = Math.max(0, start);
  const e = Math.min(ctx.text.length, end);
  if (ctx.sameOffsets) return ctx.folded.slice(s, e);
  const raw = ctx.text.slice(s, e).toLowerCase();
  return raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export type Span = readonly [start: number, end: number];

/** A set of spans that answers "does [start, end) overlap any of them?" in O(log n). */
export class SpanSet {
  /** The spans, sorted by start. */
  readonly spans: readonly Span[];
  private readonly starts: number[];
  /** maxEnd[i]: the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    this.spans = sorted;
    this.starts = sorted.map((s) => s[0]);
    this.maxEnd = [];
    let max = -1;
    for (const [, e] of sorted) {
      max = Math.max(max, e);
      this.maxEnd.push(max);
    }
  }

  get size(): number {
    return this.starts.length;
  }

  overlaps(start: number, end: number): boolean {
    // The last span that starts before `end`.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (this.maxEnd[found] ?? -1) > start;
  }
}
