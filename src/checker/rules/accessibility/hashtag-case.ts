import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import type { CompiledPolicy } from '../../policy/compile';
import { fold } from '../../text/normalize';
import { englishWords, type ExtraWords, isKnownWord, segment } from './_segment';

/**
 * A hashtag written all in lower case (or all in capitals, or with only its first letter
 * capitalized): #socialmediapolicy. Screen readers cannot tell where its words start.
 * ASCII letters and digits only, with at least one letter ("#1234" is an issue number); a hashtag glued
 * to a word or a URL ("page#intro") is not one.
 *
 * Tried (sticky) at each "#"; what stands before it is checked by the look-behind.
 */
const HASHTAG = /#(?<![\w#&/]#)((?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,})(?![\w-]|\.\w)/y;
/** A post never has this many hashtags to fix; a megabyte of them stops here. */
const MAX_HITS = 100;
const LOWER_OR_CAPS = /^(?:[A-Z]?[a-z0-9]+|[A-Z0-9]+)$/;
/** A tag written as one capitalized word (#Sourdough). */
const ONE_CAPITALIZED_WORD = /^[A-Z][a-z]+$/;
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

/** Short words a real tag may end with (#LevelUp, #GameOn, #MadeByUs, #WomenInAI). */
const SHORT_ENDS = new Set(['up', 'on', 'in', 'it', 'me', 'us', 'go', 'ok', 'uk', ...ACRONYMS]);

/**
 * A foreign word that happens to split into short English words is not a run-together tag:
 * #familie → "fam i lie", #playa → "play a", #domingo → "do min go", #paris → "par is".
 */
function plausible(pieces: readonly string[], extra: ExtraWords): boolean {
  const letters = pieces.filter((p) => !/^\d/.test(p));
  const last = letters[letters.length - 1] ?? '';
  if (last.length <= 2 && !SHORT_ENDS.has(last) && !extra.has(last)) return false;
  for (let i = 1; i < pieces.length; i++) {
    // "i" or "a" inside a tag stands between real words: #WhatILearned, #TakeABreak
    if ((pieces[i] as string).length === 1 && ((pieces[i - 1] as string).length < 4 || (pieces[i + 1] ?? 'xxxx').length < 4))
      return false;
  }
  return true;
}

/** Short English words common in tags, for posts written in another language (#PhotoOfTheDay). */
const COMMON_SHORT = new Set(
  'a i of in on to at my me we us it is be do go up by no so or an and the for day new job fun art dog cat pet pic run top big hot old man men car sun sea kid mom dad fit eat gym joy our all one two now you who why how get got tbt ootd diy'.split(
    ' ',
  ),
);
const FOREIGN_WORDS = new Set(
  'und ich der das ist nicht mit mein meine meiner ein eine einen auf fur von wir sind heute jetzt auch aber nach seine seinen seiner ihr los las que con para por una muy pero del esta estoy les des est je une pour avec mon dans sur pas tres nous vous os com uma meu minha nao muito sao ao pela pelo voce estou estamos sou foi isso essa esse mas tudo hoje obrigado obrigada estoy hoy gracias soy somos fue todo suis avons mes aujourd merci bin habe wie zum zur dem'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the and is are was were to of my for with this that it you we i on in at be have has just so our your me not but what'.split(' '),
);

/** The post is written in German, Spanish, French or Portuguese (counted on its first 2,000 characters). */
function foreignPost(ctx: RuleContext): boolean {
  return ctx.cached('accessibility:foreignPost', () => {
    const words = ctx.folded.slice(0, 2000).split(/[^a-z]+/);
    let foreign = 0;
    let english = 0;
    for (const w of words) {
      if (FOREIGN_WORDS.has(w)) foreign++;
      else if (ENGLISH_WORDS.has(w)) english++;
    }
    return foreign >= 2 && foreign > english;
  });
}

/**
 * In a post written in another language, a capitalized tag is that language's noun (#Familie,
 * #Geburtstag), and a lower-case one its word (#viagem, #familia) unless it splits into clear
 * English words: #photooftheday and #newjob are still flagged.
 */
function foreignWord(tag: string, fixed: string): boolean {
  if (/^[A-Z][a-z]/.test(tag)) return true;
  const pieces = fixed.match(/[A-Z][a-z]*|\d+/g) ?? [];
  return pieces.some((p) => /^[A-Z]/.test(p) && p.length < 4 && !COMMON_SHORT.has(p.toLowerCase()));
}

/** A word as the list spells it (no inflection guessed: "iones" is not "ion" + "es"). */
const listed = (word: string, extra: ExtraWords): boolean => englishWords().has(word) || extra.has(word);

/** Letters only, at least five of them: a word the list may lack ("resilience", "telecom"). */
const NEW_WORD = /^[a-z]{5,}$/;

/**
 * A tag of known words and one word the list lacks, at its start or its end: #networkresilience,
 * #sundayreset. The known part must be a word of five letters or more (#merciless is not "merci" and
 * "less"); two unknown
 * words (#sommerferien, a foreign tag) stay unsplit.
 */
function withOneNewWord(key: string, extra: ExtraWords): string[] | null {
  for (let i = key.length - 3; i >= 5; i--) {
    const head = key.slice(0, i);
    const tail = key.slice(i);
    if (!NEW_WORD.test(head) || isKnownWord(head, extra) || tail.length < 5) continue;
    if (listed(tail, extra)) return [head, tail];
  }
  for (let i = 5; i <= key.length - 5; i++) {
    const head = key.slice(0, i);
    const tail = key.slice(i);
    if (!NEW_WORD.test(tail) || isKnownWord(tail, extra)) continue;
    if (listed(head, extra)) return [head, tail];
  }
  return null;
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
    const pieces = segment(key, extra) ?? withOneNewWord(key, extra);
    if (pieces && pieces.length > 1 && plausible(pieces, extra)) fixed = camelCase(pieces, extra);
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
    let at = text.indexOf('#');
    if (at < 0) return [];
    const hits: Hit[] = [];
    // From "#" to "#" with indexOf (a fast search for one character), trying the regex only there.
    while (at >= 0) {
      HASHTAG.lastIndex = at;
      const m = HASHTAG.exec(text);
      at = text.indexOf('#', m ? HASHTAG.lastIndex : at + 1);
      if (!m) continue;
      const tag = m[1] as string;
      if (!LOWER_OR_CAPS.test(tag)) continue;
      // Short capitals are acronyms (#NASA, #AWS), not run-together words.
      if (tag.length < 8 && tag === tag.toUpperCase()) continue;
      const extra = orgWords(ctx.policy);
      const fixed = fixFor(tag, extra);
      if (!fixed) continue;
      // "#Sourdough", "#Cupcake": written as one capitalized word, two short pieces are one closed compound.
      if (ONE_CAPITALIZED_WORD.test(tag) && tag.length <= 10 && (fixed.match(/[A-Z]/g) ?? []).length === 2) continue;
      if (foreignPost(ctx) && foreignWord(tag, fixed)) continue;
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
