import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import type { CompiledPolicy } from '../../policy/compile';
import { fold } from '../../text/normalize';
import { type ExtraWords, isKnownWord, segment } from './_segment';

/**
 * A hashtag written all in lower case (or all in capitals, or with only its first letter
 * capitalized): #socialmediapolicy. Screen readers cannot tell where its words start.
 * ASCII letters and digits only, with at least one letter ("#1234" is an issue number); a hashtag glued
 * to a word or a URL ("page#intro") is not one.
 *
 * The "#" comes first so that the regex skips from one "#" to the next; what stands before it is
 * checked once it is found.
 */
const HASHTAG = /#(?<![\w#&/]#)((?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,})(?![\w-]|\.\w)/g;
/** A post never has this many hashtags to fix; a megabyte of them stops here. */
const MAX_HITS = 100;
const LOWER_OR_CAPS = /^(?:[A-Z]?[a-z0-9]+|[A-Z0-9]+)$/;
/** Words written in capitals inside a CamelCase hashtag (#WomenInAI). */
const ACRONYMS = new Set([
  'ai',
  'ml',
  'ui',
  'ux',
  'api',
  'sql',
  'aws',
  'css',
  'html',
  'seo',
  'ceo',
  'cto',
  'nft',
  'llm',
  'iot',
  'qa',
  'hr',
  'tv',
]);

/** The organization's own words (names, products, codenames, competitors) with their spelling. */
const orgWordsByPolicy = new WeakMap<CompiledPolicy, ExtraWords>();
function orgWords(policy: CompiledPolicy): ExtraWords {
  let words = orgWordsByPolicy.get(policy);
  if (words) return words;
  const map = new Map<string, string>();
  const src = policy.source;
  const names = [
    ...(src.organization?.names ?? []),
    ...(src.products ?? []),
    ...(src.codenames ?? []),
    ...(src.competitors ?? []),
  ];
  for (const name of names) {
    const parts = name.trim().split(/\s+/);
    for (const part of parts) {
      if (/^[A-Za-z0-9]+$/.test(part)) map.set(fold(part), part);
    }
    // The joined name keeps its own spelling: "Harbor Logistics" → HarborLogistics.
    if (parts.length > 1 && parts.every((p) => /^[A-Za-z0-9]+$/.test(p)))
      map.set(fold(parts.join('')), parts.join(''));
  }
  words = map;
  orgWordsByPolicy.set(policy, words);
  return words;
}

function camelCase(pieces: readonly string[], extra: ExtraWords): string {
  return pieces
    .map((p) => {
      const own = extra.get(p);
      if (own) return own.charAt(0).toUpperCase() + own.slice(1);
      if (ACRONYMS.has(p)) return p.toUpperCase();
      return p.charAt(0).toUpperCase() + p.slice(1);
    })
    .join('');
}

/** Split results by tag, per policy: posts repeat the same hashtags, and splitting is the costly part. */
const memos = new WeakMap<ExtraWords, Map<string, string | null>>();
const MEMO_LIMIT = 2000;

/** The CamelCase form of a run-together tag, or null when it is one word or cannot be split. */
function fixFor(tag: string, extra: ExtraWords): string | null {
  const key = tag.toLowerCase();
  let memo = memos.get(extra);
  if (!memo) {
    memo = new Map();
    memos.set(extra, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  let fixed: string | null = null;
  const joined = extra.get(key);
  if (joined && /[a-z][A-Z]/.test(joined)) fixed = joined;
  else if (!joined && !isKnownWord(key, extra)) {
    const pieces = segment(key, extra);
    if (pieces && pieces.length > 1) fixed = camelCase(pieces, extra);
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, fixed);
  return fixed;
}

export default defineRule({
  description:
    'Hashtags of several words written without capitals (#socialmediapolicy), which screen readers cannot split into words.',
  severity: 'suggestion',
  messages: {
    default:
      'Screen readers cannot tell where the words of {tag} start; capitalize each word ({fixed}) so it is read correctly.',
  },
  detect(ctx: RuleContext) {
    const text = ctx.text;
    if (text.indexOf('#') < 0) return [];
    const hits: Hit[] = [];
    HASHTAG.lastIndex = 0;
    for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) {
      const tag = m[1] as string;
      if (!LOWER_OR_CAPS.test(tag)) continue;
      // Short capitals are acronyms (#NASA, #AWS), not run-together words.
      if (tag.length < 8 && tag === tag.toUpperCase()) continue;
      const extra = orgWords(ctx.policy);
      const fixed = fixFor(tag, extra);
      if (!fixed) continue;
      const start = m.index;
      const end = start + m[0].length;
      const replacement = `#${fixed}`;
      hits.push({
        start,
        end,
        data: { tag: m[0], fixed: replacement },
        suggestions: [{ label: `Apply: ${replacement}`, replacement, start, end }],
      });
      if (hits.length >= MAX_HITS) break;
    }
    return hits;
  },
});
