import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { anchorSet, MAX_HITS, windows } from '../_shared/people-anchors';
import { insultHits } from './insults';

/**
 * Slurs aimed at people, also when disguised with digits and symbols: "the r3t@rds in this thread",
 * "you f@g", "ur such a tr*nny", "du Spast", "eres un retrasado", "espèce de mongolien". A slur used
 * about a thing ("the app is retarded") is left to inclusive-language; here the word must point at
 * a person: "you …", "he is a …", "the …s in this thread", a name-call at the end of a reply.
 */

/** Slur nouns that name people in any position: "the …s", "bunch of …s", "you …". */
const STRONG = [
  'retards?',
  'rtards?',
  'fag(?:g?ots?|s)?',
  'dykes?',
  'trann(?:y|ys|ies)',
  'nigg(?:er|a|ah|uh)s?',
  'kikes?',
  'wetbacks?',
  'towelheads?',
  'ragheads?',
  'beaners?',
  'spaz(?:zes)?',
  'spastics?',
  'mongoloids?',
];
/** Words that are slurs only when said to or about someone ("you …", "he is …"): "mongo", "behindert". */
const WEAK = [
  'retarded',
  'mongos?',
  'spast(?:i|is|en)?',
  'behindert(?:e|er|en)?',
  'retrasad(?:o|a)s?',
  'retardad(?:o|a)s?',
  'mongolic(?:o|a)s?',
  'mongoloides?',
  'attardee?s?',
  'mongolien(?:ne)?s?',
  'mongols?',
  'gogols?',
];

/** Slurs that are also everyday words in some places (cigarettes, a car's transmission, a dike). */
const HOMOGRAPH = /^(?:fags?|trann(?:y|ys|ies)|dykes?)$/;
/**
 * A letter may be masked by "*" or "#": "f*g", "n****r" (the sources above use no character
 * classes, so every letter can take a mask).
 */
const maskable = (source: string): string => source.replace(/[a-z]/g, (c) => `[${c}*#]`);
const STRONG_RE = new RegExp(`^(?:${STRONG.map(maskable).join('|')})$`);
const WEAK_RE = new RegExp(`^(?:${WEAK.map(maskable).join('|')})$`);

const MASKS = /[*#]/;

/** Digits and symbols that stand for letters. */
const LEET: Record<string, string> = {
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '@': 'a',
  '4': 'a',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '6': 'g',
  '9': 'g',
  '8': 'b',
};
const unleet = (word: string): string => word.replace(/[31!|@40$56798]/g, (c) => LEET[c] ?? c);

const ANCHORS = anchorSet(
  [
    ...['retard', 'ret@', 'ret4', 'ret*', 'r3t', 'r*t', 'rtard'],
    ...['fag', 'f@g', 'f4g', 'f*g', 'fa6', 'f@6', 'dyke', 'dyk3', 'd*ke'],
    ...['trann', 'tr@nn', 'tr4nn', 'tr*nn', 'nigg', 'n1gg', 'n!gg', 'n*gg', 'n**', 'kike', 'k1ke', 'k!ke', 'k*ke'],
    ...['wetback', 'w3tback', 'towelhead', 't0welhead', 'raghead', 'r@ghead', 'beaner', 'b3aner'],
    ...['spaz', 'sp@z', 'sp4z', 'spast', 'sp@st', 'sp4st', 'mongo', 'm0ngo', 'mong0'],
    ...['behindert', 'retrasad', 'attard', '@ttard', 'gogol'],
  ],
  0,
  0,
);

const FILLER =
  "(?:such|an?|the|absolute|total|complete|utter|fucking|fuckin|f\\*+ing|stupid|dumb|little|lil|fat|ugly|big|damn|bloody|dirty|filthy|so|literally|just|all|bunch of|a bunch of|voll|total|echt|komplett|richtig|einfach|ein|eine|einer|un|una|um|uma|vrai|vraie|puto|puta|maldito|maldita|grande|gros|grosse|sale|pauvre|mega|mental|de)";
/** Said to the person: "you …", "ur a …", "du …", "eres un …", "t'es un …", "seu …", "espèce de …". */
const TO_YOU = new RegExp(
  `(?:^|[^a-z'])(?:you|u|ya|ur|youre|you're|you are|u r|u are|eres|sos|sois|t'es|tu es|vous etes|voce e|vc e|voce eh|ce e|seu|sua|seus|suas|espece d'|espece de|bande d'|bande de|pedazo de|menudo|menuda|vaya|como un|como una|como um|como uma)\\s*(?:${FILLER}\\s+){0,3}$`,
);
/** German "du …" only before a German slur: French "du retard" is a delay. */
const TO_DU = new RegExp(`(?:^|[^a-z'])(?:du|du bist|bist du|ihr|ihr seid|seid ihr)\\s*(?:${FILLER}\\s+){0,3}$`);
const GERMAN = /^(?:[s*#][p*#][a*#][s*#][t*#]|[b*#][e*#][h*#]|[m*#][o*#][n*#][g*#][o*#]s?$)/;
/** Said about someone: "he is a …", "they're …", "people like that are …". */
const ABOUT = new RegExp(
  `(?:^|[^a-z'])(?:he|she|they|you|u|we|people|everyone|anyone|guy|dude|man|woman|prof|professor|teacher|boss|manager)(?:'s|'re| is| are| was| were| r)\\s+(?:${FILLER}\\s+){0,3}$`,
);
/** A slur noun after any "is a"/"are" or a determiner: "is a …", "the …s in this thread", "bunch of …s". */
const IS_A = new RegExp(`(?:^|[^a-z'])(?:is|are|was|were|'s|'re|being|like)\\s+(?:${FILLER}\\s+){0,3}$`);
const DETERMINER =
  /(?:^|[^a-z'])(?:the|this|that|these|those|all|some|bunch of|buncha|such an?|what an?|another|more|fellow|other|dumb|stupid|fucking|fuckin|f\*+ing|f\*+c?king|f\*+ckin|filthy|dirty|little|lil|damn|bloody)\s+$/;
/** A name-call opening or closing a reply: "nice try, …", "shut up …!". */
const VOCATIVE_BEFORE =
  /(?:^|[.!?]\s*|,\s*|@\w+\s+|(?:hey|listen|look|ok|okay|nice try|thanks|sure|yeah|no|shut up|stfu|lol|lmao|bye|cope|seethe|calm down|relax)[,\s]+)$/;
const VOCATIVE_AFTER = /^\s*(?:[,.!?;:)]|$|[^\x00-\x7f]|lol\b|lmao\b)/;
const LIKE_YOU = /^\s+like (?:you|u|him|her|them|that|this)\b/;
/** A person doing something: "this … trying to tell us", "that … who thinks". */
const PERSON_AFTER =
  /^\s+(?:who|trying|thinking|thinks|acting|telling|talking|pretending|claiming|posting|replying|lecturing|explaining)\b/;
/** The speaker about themselves: "I'm such a spaz", "ich bin so behindert". */
const SELF = /(?:^|[^a-z'])(?:i|i'm|im|i am|i was|i feel|me|we're|we are|soy|sou|je suis|j'suis|ich bin|ich)\s+(?:\S+\s+){0,3}$/;

/** Folded spans of the candidate words: an anchor widened over the letters and symbols that follow. */
function candidates(ctx: RuleContext): Array<[number, number]> {
  const folded = ctx.folded;
  const out: Array<[number, number]> = [];
  let last = -1;
  for (const [s] of windows(ctx, ANCHORS)) {
    if (s < last) continue;
    let e = s;
    while (e < folded.length && e - s < 24 && /[a-z0-9*#@$!|]/.test(folded.charAt(e))) e++;
    while (e > s && /[!|]/.test(folded.charAt(e - 1))) e--;
    last = e;
    if (e > s && out.push([s, e]) >= MAX_HITS) break;
  }
  return out;
}

function aimed(ctx: RuleContext, s: number, e: number, raw: string, word: string, strong: boolean): boolean {
  const folded = ctx.folded;
  const before = folded.slice(Math.max(0, s - 40), s);
  const after = folded.slice(e, e + 16);
  if (SELF.test(before)) return false;
  if (TO_YOU.test(before) || ABOUT.test(before)) return true;
  if (GERMAN.test(word) && TO_DU.test(before)) return true;
  const ends = VOCATIVE_AFTER.test(after);
  if (VOCATIVE_BEFORE.test(before) && ends) return true;
  if (!strong) return false;
  if (IS_A.test(before) || LIKE_YOU.test(after)) return true;
  // "the r3t@rds in this thread", "these f@gs"; a singular one must end the phrase ("what a retard move" is about a move).
  if (!DETERMINER.test(before)) return false;
  // Spelled with digits or symbols to get past filters, the word is meant as a slur even before a
  // noun: "what a f*cking r3tard take" is aimed at whoever took it.
  return word.endsWith('s') || ends || PERSON_AFTER.test(after) || raw !== word;
}

export default defineRule({
  description:
    'Slurs aimed at people, also disguised with digits or symbols: "the r3t@rds in this thread", "you f@g", "du Spast", "eres un retrasado".',
  severity: 'warn',
  messages: {
    default:
      'This uses a slur against someone ("{text}"). Slurs hurt whoever reads them; if someone provoked you, mute, block or report them instead.',
  },
  detect(ctx) {
    const hits: Hit[] = [];
    for (const [s, e] of candidates(ctx)) {
      const raw = ctx.folded.slice(s, e);
      // "f***" is any swear word: a masked word needs two letters shown and its last one.
      if (MASKS.test(raw) && (raw.replace(/[*#]/g, '').length < 2 || /[*#]$/.test(raw))) continue;
      const word = unleet(raw);
      // "a pack of fags", "the tranny is slipping": spelled plainly, these need a person in view.
      const strong = STRONG_RE.test(word) && (raw !== word || !HOMOGRAPH.test(word));
      if (!strong && !WEAK_RE.test(word) && !STRONG_RE.test(word)) continue;
      if (!aimed(ctx, s, e, raw, word, strong)) continue;
      const [start, end] = ctx.span(s, e);
      // "Du Spast" is already an insult finding: one finding per name-call.
      if (insultHits(ctx).some((h) => h.start < end && start < h.end)) continue;
      if (hits.push({ start, end, data: { text: ctx.text.slice(start, end) } }) >= MAX_HITS) break;
    }
    return hits;
  },
});
