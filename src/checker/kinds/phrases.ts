/**
 * The phrase kind: a list of phrases matched on folded text (lower case, no
 * accents) at word boundaries. A phrase is written in lower case without
 * accents; a space matches any run of white space (" ?" an optional one); the rest is regular
 * expression syntax, so inflections are written inline: `layoffs?`,
 * `announc(e|es|ed|ing)`, `(we're|we are)`.
 */
import type { RuleContext } from '../context';
import type { Severity } from '../types';
import { groupEnd, splitAlternatives, withoutCaptures } from '../text/regex-source';
import { defineRule, type Hit, type RuleDefinition } from './rule';

export interface PhraseMatch {
  /** Folded offsets of the match. */
  start: number;
  end: number;
  /** The folded text matched. */
  text: string;
}

export interface PhrasesOptions {
  description: string;
  severity: Severity;
  message: string;
  messages?: Record<string, string>;
  phrases: readonly string[];
  /** A context guard: the match counts only when this returns true (or a hit to report instead). */
  when?: (ctx: RuleContext, match: PhraseMatch) => boolean | Hit | undefined;
  /** Report at most one hit per post (for post-level findings). */
  once?: boolean;
}

/** Compiles phrases into one global regex over folded text; its groups do not capture. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  // A space is any run of white space; " ?" an optional one, " *" any, " +" at least one.
  const sources = phrases.map((p) =>
    p
      .trim()
      .replace(/ +([?*])/g, '\\s*')
      .replace(/ +\+/g, '\\s+')
      .replace(/ +/g, '\\s+'),
  );
  // When every match starts with a word character, `\b` means the same as the lookbehind
  // and lets V8 skip positions by their first character (about twice as fast).
  const start = sources.every(startsWithWordChar) ? '\\b' : '(?<![a-z0-9_])';
  return new RegExp(withoutCaptures(`${start}(?:${sources.join('|')})(?![a-z0-9_])`), 'g');
}

/** A word character, or a class or escape of word characters only: `a`, `\w`, `[a-z0-9]`. */
const WORD_ATOM = /^(?:[a-z0-9_]|\\[wd]|\[(?:[a-z0-9_]-[a-z0-9_]|[a-z0-9_]|\\[wd])+\])/;
/** A quantifier that allows zero repetitions. */
const OPTIONAL = /^(?:[?*]|\{0(?:,\d*)?\})\??/;

/** A look-ahead or look-behind: it consumes nothing, so the first character is read after it. */
const LOOKAROUND = /^\(\?<?[=!]/;

/**
 * Does every match of this regex source start with a word character? Conservative: anything it
 * does not understand (other classes, symbols) counts as no.
 */
export function startsWithWordChar(source: string): boolean {
  let rest = source;
  for (;;) {
    if (LOOKAROUND.test(rest)) {
      const end = groupEnd(rest, 0);
      if (end < 0) return false;
      rest = rest.slice(end);
      continue;
    }
    let atomEnd: number;
    let word: boolean;
    const atom = WORD_ATOM.exec(rest);
    if (atom) {
      atomEnd = atom[0].length;
      word = true;
    } else if (rest.startsWith('(?:') || (rest.startsWith('(') && !rest.startsWith('(?'))) {
      atomEnd = groupEnd(rest, 0);
      if (atomEnd < 0) return false;
      const body = rest.slice(rest.startsWith('(?:') ? 3 : 1, atomEnd - 1);
      const alts = splitAlternatives(body);
      // An empty alternative makes the group optional; the others must all start with a word character.
      if (!alts.every((a) => a === '' || startsWithWordChar(a))) return false;
      word = !alts.includes('');
    } else return false;
    rest = rest.slice(atomEnd);
    const optional = OPTIONAL.exec(rest);
    if (word && !optional) return true;
    // An optional start: what follows it may come first.
    if (optional) rest = rest.slice(optional[0].length);
    if (rest === '') return false;
  }
}

/** All matches of a compiled phrase regex in folded text. */
export function matchAll(re: RegExp, folded: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** What the phrase kind needs besides where its matches come from. */
export type PhraseRuleOptions = Omit<PhrasesOptions, 'phrases'>;

/**
 * The phrase kind's rule over any source of matches (the whole folded text here; windows
 * around key words in rules/_shared): each match passes the `when` guard or is dropped.
 */
export function phraseRule(
  options: PhraseRuleOptions,
  matches: (ctx: RuleContext) => Iterable<PhraseMatch>,
  maxHits = Number.POSITIVE_INFINITY,
): RuleDefinition {
  return defineRule({
    description: options.description,
    severity: options.severity,
    messages: { default: options.message, ...options.messages },
    detect(ctx) {
      const hits: Hit[] = [];
      for (const match of matches(ctx)) {
        const verdict = options.when ? options.when(ctx, match) : true;
        if (!verdict) continue;
        if (verdict === true) {
          const [start, end] = ctx.span(match.start, match.end);
          hits.push({ start, end });
        } else hits.push(verdict);
        if (options.once || hits.length >= maxHits) break;
      }
      return hits;
    },
  });
}

export function phrases(options: PhrasesOptions): RuleDefinition {
  const re = compilePhrases(options.phrases);
  return phraseRule(options, (ctx) => matchAll(re, ctx.folded));
}
