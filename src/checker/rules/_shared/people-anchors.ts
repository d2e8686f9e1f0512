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
import { KeyedAlternation } from '../../text/keyed-alternation';
import { keywordList } from '../../text/keywords';
import { MAX_SCAN } from './biz-words';

/** A rule's anchors and how far around them its matches can reach. */
export interface AnchorSet {
  /** The set's list in the keyword index. */
  readonly list: number;
  readonly anchors: readonly string[];
  /** Characters after an anchor that a match may cover. */
  readonly reach: number;
  /** Characters before an anchor that a match may cover. */
  readonly before: number;
  /** The regexes run around these anchors, split by the anchors their alternatives are written with. */
  readonly keyed: Map<RegExp, KeyedAlternation>;
}

/**
 * Bounds for pathological input (a megabyte of "you you you…"): a real post has a handful of
 * anchors and findings. Past these the rules stop looking, so any input finishes quickly.
 */
export const MAX_HITS = 100;
const MAX_ANCHORS = 4000;

/**
 * Anchors are `text` keywords of the check's keyword index (text/keywords.ts): found at word
 * starts in its one pass over the post, longest first, and a hit serves every set that lists the
 * anchor or a prefix of it.
 */
export function anchorSet(anchors: readonly string[], reach = 80, before = reach): AnchorSet {
  const normalized = anchors.map((a) => a.trim().replace(/\s+/g, ' '));
  const list = keywordList(
    normalized.map((text) => ({ text, mode: 'text' as const })),
    { limit: MAX_SCAN, maxHits: MAX_ANCHORS },
  ).id;
  return { list, anchors: normalized, reach, before, keyed: new Map() };
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39;

/** Merged folded windows around the set's anchors, widened to whole words. */
export function windows(ctx: RuleContext, set: AnchorSet): Array<[number, number]> {
  const index = ctx.keywords;
  const out: Array<[number, number]> = [];
  let h = index.first(set.list);
  if (h < 0) return out;
  const folded = ctx.folded;
  const n = folded.length;
  for (; h >= 0; h = index.next[h] as number) {
    let ws = Math.max(0, (index.starts[h] as number) - set.before);
    let we = Math.min(n, (index.ends[h] as number) + set.reach);
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

/**
 * All matches of a global regex over folded text, looked for only in the set's windows; in each
 * window only the regex's alternatives written with the anchors found there run (and those
 * written with none).
 */
export function matchInWindows(ctx: RuleContext, set: AnchorSet, full: RegExp): WindowMatch[] {
  const out: WindowMatch[] = [];
  const index = ctx.keywords;
  let h = index.first(set.list);
  if (h < 0) return out;
  let keyed = set.keyed.get(full);
  if (!keyed) {
    keyed = new KeyedAlternation(
      full,
      set.anchors.map((text) => ({ text, mode: 'text' as const })),
    );
    set.keyed.set(full, keyed);
  }
  const folded = ctx.folded;
  const n = folded.length;
  // The anchors met in the window, by local key (their place in the set's list).
  let met: number[] = [];
  let ws = -1;
  let we = -1;
  for (; h >= 0; h = index.next[h] as number) {
    const anchor = index.locals[h] as number;
    // An anchor no alternative needs opens no window (its matches hold a rarer anchor).
    if (!keyed.selectsLocal(anchor)) continue;
    let s = Math.max(0, (index.starts[h] as number) - set.before);
    let e = Math.min(n, (index.ends[h] as number) + set.reach);
    while (s > 0 && isWordChar(folded.charCodeAt(s - 1))) s--;
    while (e < n && isWordChar(folded.charCodeAt(e))) e++;
    if (we >= 0 && s <= we) we = Math.max(we, e);
    else {
      if (we >= 0 && scanWindow(folded, ws, we, keyed.forLocals(met, n), out)) return out;
      met = [];
      ws = s;
      we = e;
    }
    if (!met.includes(anchor)) met.push(anchor);
  }
  if (we < 0) return out;
  scanWindow(folded, ws, we, keyed.forLocals(met, n), out);
  return out;
}

/** Matches of `re` in folded `[ws, we)`; true when the cap is reached. */
function scanWindow(folded: string, ws: number, we: number, re: RegExp, out: WindowMatch[]): boolean {
  const part = folded.slice(ws, we);
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: ws + m.index, end: ws + m.index + m[0].length, text: m[0], groups: m });
    if (out.length >= 2 * MAX_HITS) return true;
  }
  return false;
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
