import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { anchorSet, MAX_HITS, windows } from '../_shared/people-anchors';
import { insultHits } from './insults';

/**
 * Profanity aimed at a person: "fuck you", "you're a b1tch", "your sh*tty code", "nice try, asshole".
 * Profanity on its own ("holy shit we shipped it!!!") is fine. Words that look like profanity are
 * found by the shared anchor scan; only those aimed at someone go to the obscenity library, which
 * decides whether they are profanity (leetspeak, look-alike letters, "f*ck").
 */
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const ANCHORS = anchorSet(
  (
    'fuck fck fuk fvck phuck f* f# f@ shit sh* sh1t sh!t $hit 5hit bitch b* b1tch b!tch cunt c*nt c** twat whore ' +
    'wh*re slut bastard wank motherf nigg n1gg dick d*ck d1ck cock c0ck c*ck prick pr1ck piss p*ss fag ass a$$ a** ' +
    '@ss arse dumbass jackass smartass bullshit horseshit dipshit batshit apeshit clusterf'
  ).split(' '),
  0,
);
/** "assume", "cocktail", "Dickens": words that begin like profanity and are not. */
const INNOCENT =
  /^(?:ass(?!hole|hat|wipe|face|clown|es\b)[a-z]|cock(?:tail|pit|roach|atoo|ney|le)|dick(?:ens|inson)|piss(?:ion)|fag(?:in)|arse(?:nal|nic))/;
/** A masked word: letters with symbols inside ("f***ing", "sh*t", "b***h"). */
const MASKED = /^[a-z]{1,3}[*#@$%!]{1,5}[a-z]{0,5}$/;
/** A profane word that names a person: an insult when aimed ("you're a bitch"). */
const NOUN =
  /^(?:b\S{0,2}t?ch|bastard|a\S{2}hole|arse(?:hole)?|dumbass|jackass|smartass|d\S{0,2}ck(?:head)?|c\S{2}t|twat|wanker|pr\S?ck|slut|wh\S?re|c\S?ck(?:sucker)?|fag\w*|n\S{0,2}gg\w*|motherf\S*|sh\S?t(?:head|face|bag)?|a\S{1,2})(?:e?s)?$/;
/** Swearing at someone: "fuck you", "f*** off", "piss off". */
const VERB = /^(?:f\S{0,3}k|f\*+|fck|fuk|phuck|piss)$/;

const YOU_BEFORE =
  /(?:^|[^a-z'])(?:you|u|ya|ur|youre|you're|you are|u r|u are|is|are|'s|'re|was|were|such|called|call)\s+(?:(?:such|an?|the|one|absolute|total|complete|utter|fucking|f\*+ing|little|stupid|dumb|lazy|big|fat|ugly|pathetic|useless|worthless|piece of|real|smug|arrogant)\s+){0,3}$/;
const SELF_BEFORE = /(?:^|[^a-z'])(?:i|we|i'm|im|i was|we're)\s+(?:\S+\s+){0,3}$/;
const YOUR_BEFORE = /(?<![a-z'])(?:your|ur)\s+$/;
const OBJECT_AFTER =
  /^\s+(?:you|u|ya|off|yourself|urself|yourselves|him|her|them|your|ur|that guy|this guy|@)/;
const VOCATIVE_BEFORE =
  /(?:^|[.!?]\s*|,\s*|@\w+\s+|(?:hey|listen|look|ok|okay|nice try|thanks|sure|yeah|no)\s+)$/;
const VOCATIVE_AFTER = /^\s*(?:[,.!?]|$|[^\x00-\x7f])/;

/** [a-z0-9*#@$!']: what a word at an anchor runs over, by character code. */
function isWordPart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || c === 35 || c === 64 || c === 36 || c === 33 || c === 39
  );
}

/** [!.']: what such a word does not end with. */
const isTrailing = (c: number): boolean => c === 33 || c === 46 || c === 39;

/** Words at the anchors, widened over their symbols ("f***ing"), as folded spans. */
function candidates(ctx: RuleContext): Array<[number, number]> {
  const folded = ctx.folded;
  const out: Array<[number, number]> = [];
  let last = -1;
  for (const [s] of windows(ctx, ANCHORS)) {
    let e = s;
    while (e < folded.length && isWordPart(folded.charCodeAt(e))) e++;
    while (e > s && isTrailing(folded.charCodeAt(e - 1))) e--;
    if (e <= last || e === s) continue;
    last = e;
    if (!INNOCENT.test(folded.slice(s, e)) && out.push([s, e]) >= 2 * MAX_HITS) break;
  }
  return out;
}

/** The folded span to report when the word at [s, e) is aimed at someone, or null. */
function aimedSpan(ctx: RuleContext, s: number, e: number): [number, number] | null {
  const folded = ctx.folded;
  const word = folded.slice(s, e);
  const before = folded.slice(Math.max(0, s - 40), s);
  const after = folded.slice(e, e + 24);
  // "fuck you", "f*** off", "fuck your opinion"
  if (VERB.test(word)) {
    const obj = OBJECT_AFTER.exec(after);
    if (obj) return [s, e + obj[0].length];
  }
  if (NOUN.test(word)) {
    // "you're a bitch", "he is such a prick" (not "I'm a bitch about it")
    if (YOU_BEFORE.test(before) && !SELF_BEFORE.test(before)) return [s, e];
    // "nice try, asshole." / "Listen asshole, …"
    if (VOCATIVE_BEFORE.test(before) && VOCATIVE_AFTER.test(after)) return [s, e];
  }
  // "your f***ing code", "your shitty opinion"
  const your = YOUR_BEFORE.exec(before);
  if (your) {
    const next = /^\s+[a-z']+/.exec(after);
    return [s - your[0].length, e + (next ? next[0].length : 0)];
  }
  return null;
}

/** Is the word profanity? Masked words count; the rest the obscenity library decides. */
function isProfanity(word: string): boolean {
  return MASKED.test(word) || matcher.hasMatch(word);
}

export default defineRule({
  description:
    'Profanity aimed at a person ("fuck you", "you\'re a b1tch", "your sh*tty code"); profanity on its own is fine.',
  severity: 'warn',
  messages: {
    default:
      'This swears at someone ("{text}"). If someone provoked you, step away and mute, block or report them instead of replying.',
  },
  detect(ctx) {
    const found = candidates(ctx);
    if (found.length === 0) return [];
    const hits: Hit[] = [];
    for (const [s, e] of found) {
      const span = aimedSpan(ctx, s, e);
      if (!span || !isProfanity(ctx.folded.slice(s, e))) continue;
      const [start, rawEnd] = ctx.span(span[0], span[1]);
      const text = ctx.text.slice(start, rawEnd).replace(/[\s,.!?]+$/, '');
      const end = start + text.length;
      if (insultHits(ctx).some((h) => h.start < end && start < h.end)) continue;
      if (hits.push({ start, end, data: { text } }) >= MAX_HITS) break;
    }
    return hits;
  },
});
