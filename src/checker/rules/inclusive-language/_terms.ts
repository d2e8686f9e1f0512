/**
 * A rule kind for this category: a table of non-inclusive terms, each with better
 * wording offered as one-click fixes that keep the original's capitalization
 * ("Guys" → "Everyone", "BLACKLIST" → "BLOCKLIST").
 */
import type { RuleContext } from '../../context';
import { defineRule, type Hit, type RuleDefinition } from '../../kinds/rule';
import { fold } from '../../text/normalize';
import { splitAlternatives } from '../../text/regex-source';
import { anchorSet, clauseAround, MAX_HITS, matchInWindows } from '../_shared/people-anchors';

export interface Term {
  /**
   * Regular-expression source over folded text (lower case, no accents), matched at word boundaries;
   * a space matches any white space; groups must be non-capturing `(?:…)`.
   */
  match: string;
  /** Better wordings for the matched (folded) text, best first. */
  better: (matched: string) => string[];
  /** Why the term is a problem, completing "“guys” …". */
  why: string;
  /** Context guard, on folded offsets of the match. */
  when?: (ctx: RuleContext, start: number, end: number) => boolean;
  /** Part of the match to report and replace, as [offset from match start, length]; default: all of it. */
  focus?: (matched: string) => [number, number];
  /** The matched word is an acronym ("OCD"): offer the fixes in lower case, whatever its case. */
  acronym?: boolean;
}

/** "Guys" → "Everyone", "GUYS" → "EVERYONE", "guys" → "everyone". */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Replaces `from` by each of `to` in the matched text, keeping the rest: "blacklisted" → "blocklisted". */
export const swap =
  (from: RegExp, ...to: string[]) =>
  (matched: string): string[] =>
    to.map((t) => matched.replace(from, t));

/** The letter every match of a term's source starts with (as a character code), or -1 when it shows none. */
function firstLetter(source: string): number {
  if (splitAlternatives(source).length !== 1) return -1;
  const c = source.charCodeAt(0);
  if (c < 97 || c > 122) return -1;
  // A quantifier that lets the letter be left out ("a?", "a*", "a{0,2}") leaves the start open.
  return /^(?:[?*]|\{0)/.test(source.slice(1)) ? -1 : c;
}

export function termRule(options: {
  description: string;
  terms: readonly Term[];
  /** Words (or word beginnings) that every term contains; the terms are looked for only around them. */
  anchors: readonly string[];
  /** How far after and before an anchor a term reaches. */
  reach?: number;
  before?: number;
  /**
   * The terms are ones whose renaming people write about ("renamed master/slave to
   * primary/replica"): such a mention, naming the better word too, is not flagged.
   */
  renamed?: boolean;
}): RuleDefinition {
  const { terms } = options;
  for (const t of terms) {
    if (/(?<!\\)\((?!\?)/.test(t.match)) throw new Error(`term ${t.match} has a capturing group`);
  }
  const sources = terms.map((t) => t.match.replace(/ +/g, '\\s+'));
  // One pattern finds the terms (its alternatives split by anchor, see people-anchors.ts); the
  // term a match comes from is the first whose own pattern matches at its start, as in the
  // alternation (a capture group per term would keep the pattern from being split).
  const re = new RegExp(`(?<![a-z0-9_])(?:${sources.join('|')})(?![a-z0-9_])`, 'g');
  const each = sources.map((source) => new RegExp(`(?:${source})(?![a-z0-9_])`, 'y'));
  const firsts = sources.map(firstLetter);
  const termOf = (m: RegExpExecArray): Term | undefined => {
    const c = m.input.charCodeAt(m.index);
    return terms.find((_, i) => {
      // A term that starts with another letter cannot match here: no need to run its regex.
      const first = firsts[i] as number;
      if (first >= 0 && first !== c) return false;
      const one = each[i] as RegExp;
      one.lastIndex = m.index;
      return one.test(m.input);
    });
  };
  const anchors = anchorSet(options.anchors, options.reach ?? 40, options.before);
  return defineRule({
    description: options.description,
    severity: 'suggestion',
    messages: {
      default: '“{word}” {why}; consider “{better}” instead.',
    },
    detect(ctx) {
      const folded = ctx.folded;
      const hits: Hit[] = [];
      for (const w of matchInWindows(ctx, anchors, re)) {
        const m = w.groups;
        const term = termOf(m);
        if (!term) continue;
        let fs = w.start;
        let fe = w.end;
        if (term.when && !term.when(ctx, fs, fe)) continue;
        if (term.focus) {
          const [offset, length] = term.focus(m[0]);
          fs += offset;
          fe = fs + length;
        }
        const [start, end] = ctx.span(fs, fe);
        const original = ctx.text.slice(start, end);
        const better = term
          .better(folded.slice(fs, fe))
          .map((b) => (term.acronym ? b : matchCase(original, b)));
        const first = better[0];
        if (!first) continue;
        if (options.renamed && welcomesReplacement(ctx, w.start, w.end, better)) continue;
        hits.push({
          start,
          end,
          data: { word: original, why: term.why, better: first },
          suggestions: better.map((replacement) => ({
            label: `Apply: ${replacement}`,
            replacement,
            start,
            end,
          })),
        });
        if (hits.length >= MAX_HITS) break;
      }
      return hits;
    },
  });
}

/** A change of wording: "renamed … to …", "replaced … with …", "instead of", "en lugar de", "umbenannt", "au lieu de". */
const CHANGE =
  /(?:^|[^a-z])(?:renam\w*|re-?nam\w*|replac\w*|swap\w*|switch\w* (?:\w+ )?(?:from|to)|mov\w* (?:away )?from|migrat\w* (?:away )?from|retir\w*|deprecat\w*|dropp\w*|ditch\w*|phas\w* out|no longer|stop\w* (?:saying|using|calling)|instead of|in favou?r of|rather than|now called|is now|are now|(?:chang|updat)\w* (?:\w+ ){0,3}to|renombr\w*|reemplaz\w*|sustitu\w*|en lugar de|en vez de|ahora se llama\w*|umbenann\w*|umbenenn\w*|ersetz\w*|statt|anstatt|anstelle|heisst jetzt|heissen jetzt|renomm\w*|remplac\w*|au lieu de|plutot que|desormais|renome\w*|substitu\w*|em vez de|ao inves de|agora se chama\w*|troc\w*)(?![a-z])|->|=>|\u2192/;

/**
 * The post names the old word only to welcome the new one: "docs renamed master/slave to
 * primary/replica", "we say allowlist instead of whitelist now". The clause holds a change of
 * wording and one of the better words themselves.
 */
const betterWords = new Map<string, string[]>();
/** The words of the better wordings, folded: "primary/replica" → primary, replica. */
function wordsOf(better: readonly string[]): string[] {
  const key = better.join('|');
  let words = betterWords.get(key);
  if (!words) {
    words = fold(key)
      .split(/[\s/|-]+/)
      .filter((w) => w.length >= 4);
    betterWords.set(key, words);
  }
  return words;
}

function welcomesReplacement(ctx: RuleContext, start: number, end: number, better: readonly string[]): boolean {
  const folded = ctx.folded;
  // The better word first (a few string searches), the change of wording only then.
  const from = Math.max(0, start - 120);
  // Searched in the window only: a search of the whole post per term would make a long text slow.
  const window = folded.slice(from, Math.min(folded.length, end + 120));
  const named = wordsOf(better).some((part) => {
    for (let i = window.indexOf(part); i >= 0; i = window.indexOf(part, i + 1))
      if (from + i < start || from + i >= end) return true;
    return false;
  });
  return named && CHANGE.test(clauseAround(ctx, start, end, 120));
}

/** True when folded offset `start` begins a sentence (start of text, or after . ! ? or a line break). */
export function atSentenceStart(ctx: RuleContext, start: number): boolean {
  const from = Math.max(0, start - 8);
  const before = ctx.folded.slice(from, start);
  if (from === 0 && /^[\s"'(*]*$/.test(before)) return true;
  return /(?:[.!?:]|\n)[\s"'(*]*$/.test(before);
}

/** True when the word at a folded offset is Title-cased mid-sentence ("Guys and Dolls"): a title or a name. */
export function capitalizedMidSentence(ctx: RuleContext, start: number): boolean {
  const i = ctx.norm.toOriginal(start);
  return /^[A-Z][a-z]/.test(ctx.text.slice(i, i + 2)) && !atSentenceStart(ctx, start);
}

/** The sentence around a folded span, for context checks. */
export function sentenceOf(ctx: RuleContext, start: number): string {
  return clauseAround(ctx, start, start);
}
