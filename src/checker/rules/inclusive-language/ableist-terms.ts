import type { RuleContext } from '../../context';
import { capitalizedMidSentence, sentenceOf, type Term, termRule } from './_terms';

const WHY = 'uses a mental-health condition as a casual word';

/** Titles stay ("Crazy Rich Asians", "Psycho"): Title-cased mid-sentence. */
const notATitle = (ctx: RuleContext, start: number): boolean => !capitalizedMidSentence(ctx, start);
/** Clinical or legal use ("criminally insane", "a psycho thriller" about the genre) is not casual. */
const CLINICAL =
  /\b(?:diagnos\w*|disorder|clinical\w*|criminally|patients?|psychiatr\w*|therap\w*|treatment|medication|meds|legally)\b/;
const casual = (ctx: RuleContext, start: number): boolean =>
  notATitle(ctx, start) && !CLINICAL.test(sentenceOf(ctx, start));

/** Tidying, the everyday sense of "OCD" (folded). */
const TIDYING =
  /\b(?:re)?(?:organi[sz]\w*|alphabeti[sz]\w*|colou?r[- ]?cod\w*|straighten\w*|symmetr\w*|label(?:l?ed|l?ing)?|line[ds]? up|lined up|tid(?:y|ied|ying)|neat|sort(?:ed|ing)? (?:by|the|my|all)|by (?:size|colou?r|date|expiry))\b/;

const SLUR = 'is a slur against people with intellectual disabilities';

/** Up to three words before a folded offset. */
const before = (ctx: RuleContext, start: number): string => ctx.folded.slice(Math.max(0, start - 24), start);
/** An article or a verb that makes the word a name for a person: "um retardado", "eres un retrasado", "d'attardés". */
const NOUN_BEFORE =
  /(?:^|[^a-z'])(?:um|uma|uns|umas|un|una|unos|unas|une|des|les|d'|l'|de|seu|sua|seus|suas|tipo|que|es|eres|sos|e|eh|sao|t'es|tu es|c'est|espece d'|bande d'|pedazo de|menudo|menuda|vaya|como|comme|coisa de|cosa de|truc d'|truc de)\s*$/;
/** French "retard" (a delay): after an article or preposition, or before "de". */
function frenchDelay(ctx: RuleContext, start: number, end: number): boolean {
  return (
    /(?:^|[^a-z'])(?:en|du|de|d'|le|les|un|des|mon|ton|son|notre|votre|leur|leurs|ce|cet|ces|sans|avec|gros|petit|aucun|quel|au|aux|pris|prendre|rattraper|accuse)\s*$/.test(
      before(ctx, start),
    ) || /^\s+(?:de|d'|du|des|sur|a|au)\b/.test(ctx.folded.slice(end, end + 6))
  );
}

const SELF_GAY = /\b(?:i'm|im|i am|he's|she's|they're|we're|proud|am|is he|is she|being)\s+(?:\w+\s+)?$/;

const terms: Term[] = [
  { match: 'like crazy', better: () => ['like wildfire', 'a lot', 'nonstop'], why: WHY, when: casual },
  // "crazy eights" is a card game.
  { match: 'crazy(?!\\s+eights)', better: () => ['wild', 'intense', 'unbelievable'], why: WHY, when: casual },
  { match: 'crazier', better: () => ['wilder', 'more intense'], why: WHY, when: casual },
  { match: 'craziest', better: () => ['wildest', 'most intense'], why: WHY, when: casual },
  { match: 'insane', better: () => ['unbelievable', 'wild', 'intense'], why: WHY, when: casual },
  { match: '(?:insanely|crazily)', better: () => ['incredibly', 'remarkably'], why: WHY, when: casual },
  {
    match: 'lame(?! duck)',
    better: () => ['boring', 'weak', 'dull'],
    why: 'uses a disability as a word for “bad”',
    when: notATitle,
  },
  {
    match: 'lamest',
    better: () => ['most boring', 'weakest'],
    why: 'uses a disability as a word for “bad”',
    when: notATitle,
  },
  { match: 'psycho(?:s|tic)?', better: () => ['wild', 'erratic', 'intense'], why: WHY, when: casual },
  // "so OCD about", "a bit OCD" — a diagnosis ("I have OCD") is not flagged
  {
    match:
      "(?:so|a bit|a little|bit|kinda|kind of|super|very|totally|slightly|too|really|such|extremely|i'm|im|i am|being|little) ocd",
    better: () => ['particular', 'meticulous', 'picky'],
    why: 'uses a mental-health condition as a casual word',
    focus: (m) => [m.length - 3, 3],
    acronym: true,
    when: casual,
  },
  // "my OCD kicked in, so I colour-coded the shelf": the condition's name for liking things tidy.
  {
    match: "my ocd (?:is |was |'s )?(?:kicking in|kicked in|kicks in|acting up|showing|is showing|going off|won't let me|wouldn't let me)",
    better: () => ['my tidy streak', 'my love of order'],
    why: 'uses a mental-health condition as a casual word',
    focus: () => [0, 6],
    when: (ctx, start) => casual(ctx, start) && TIDYING.test(sentenceOf(ctx, start)),
  },
  {
    match: '(?:so|totally|kinda|very|super|completely|a bit|a little|making me|makes me|feeling|being|such a) (?:autistic|schizo(?:phrenic)?)',
    better: (m) =>
      m.endsWith('autistic') ? ['particular', 'meticulous'] : ['unpredictable', 'erratic', 'all over the place'],
    why: WHY,
    focus: (m) => [m.lastIndexOf(' ') + 1, m.length - m.lastIndexOf(' ') - 1],
    when: casual,
  },
  {
    match: 'spaz(?:zing|zed|zy|zes|z)?',
    better: () => ['flustered', 'clumsy', 'frantic'],
    why: 'is a slur against people with disabilities',
    when: notATitle,
  },
  {
    match: '(?:fell|falls|fall|falling|fallen) on deaf ears',
    better: (m) => [
      m.startsWith('falling') ? 'being ignored' : m.startsWith('fall') ? 'be ignored' : 'was ignored',
    ],
    why: 'uses a disability as a word for “ignored”',
  },
  {
    match: "(?:that's|thats|that is|it's|its|how|so) (?:so )?gay(?! (?:rights|pride|marriage|couples?|bars?|community|men|man|women|woman|friends?|people|son|daughter|and|or))",
    better: () => ['annoying', 'ridiculous'],
    why: 'uses an identity as a word for “bad”',
    focus: (m) => [m.length - 3, 3],
    // "I'm so gay for this album", "proud gay …": about oneself or an identity, not a put-down.
    when: (ctx, start) => !SELF_GAY.test(ctx.folded.slice(Math.max(0, start - 20), start)),
  },
  {
    match: '(?:so|totally|kinda|very|super|completely|making me|makes me) bipolar',
    better: () => ['unpredictable', 'changeable'],
    why: WHY,
    focus: (m) => [m.lastIndexOf(' ') + 1, 7],
    when: casual,
  },
  {
    match: 'crippl(?:e|es|ed|ing)',
    better: (m) =>
      m.endsWith('ing')
        ? ['severe', 'paralyzing']
        : m.endsWith('ed')
          ? ['disrupted', 'slowed down']
          : m.endsWith('es')
            ? ['disrupts', 'breaks']
            : ['disrupt', 'break'],
    why: 'uses a disability as a word for “broken”',
  },
  {
    match: 'retard(?:ed|s)?',
    better: () => ['ridiculous', 'absurd'],
    why: 'is a slur against people with intellectual disabilities',
    // French "retard" is a delay: "en retard", "deux heures de retard", "un retard de 20 minutes".
    when: (ctx, start, end) => !frenchDelay(ctx, start, end),
  },
  {
    match: 'mongoloids?',
    better: () => ['ridiculous', 'absurd'],
    why: 'is a slur against people with Down syndrome',
  },
  // The same slurs in Portuguese, Spanish, French and German, used as a put-down:
  // "feito por um retardado", "eres un retrasado", "c'est un truc d'attardés", "voll behindert".
  {
    match: 'retardad(?:o|a|os|as)',
    better: () => ['sem noção', 'incompetente'],
    why: SLUR,
    when: (ctx, start) => NOUN_BEFORE.test(before(ctx, start)),
  },
  {
    match: '(?:retrasad(?:o|a|os|as) mental(?:es)?|retrasad(?:o|a|os|as))',
    better: (m) => [m.endsWith('s') || m.endsWith('es') ? 'incompetentes' : 'incompetente', 'absurdo'],
    why: SLUR,
    when: (ctx, start, end) =>
      / mental/.test(ctx.folded.slice(start, end)) || NOUN_BEFORE.test(before(ctx, start)),
  },
  { match: 'mongolic(?:o|a|os|as)', better: () => ['absurdo', 'ridículo'], why: SLUR, when: notATitle },
  {
    match: 'subnormal(?:es)?',
    better: (m) => (m.endsWith('es') ? ['absurdos', 'ridículos'] : ['absurdo', 'ridículo']),
    why: SLUR,
    // Spanish only: "es de subnormales", "un subnormal"; not "subnormal numbers" in floating point.
    when: (ctx, start) => NOUN_BEFORE.test(before(ctx, start)),
  },
  {
    match: "attarde(?:e|s|es)?",
    better: (m) => (m.endsWith('s') ? ['incompétents'] : ['incompétent']),
    why: SLUR,
    when: (ctx, start) => NOUN_BEFORE.test(before(ctx, start)),
  },
  { match: 'mongolien(?:ne)?s?', better: () => ['ridicule', 'absurde'], why: SLUR },
  { match: 'gogols?', better: () => ['ridicule', 'absurde'], why: SLUR, when: notATitle },
  {
    // "voll behindert", "bist du behindert?": a put-down, not "behinderte Menschen"
    match: 'behindert(?:e|er|es|en)?',
    better: () => ['lächerlich', 'absurd'],
    why: SLUR,
    when: (ctx, start) =>
      /(?:^|[^a-z])(?:voll|total|echt|so|komplett|richtig|einfach|mega|ziemlich|bisschen|bist du|seid ihr)\s+$/.test(
        before(ctx, start),
      ),
  },
  { match: 'spast(?:i|is|en)?', better: () => ['Trottel'], why: 'is a slur against people with disabilities' },
];

export default termRule({
  description:
    'Casual ableist words with a better alternative ("crazy" → "wild", "insane", "lame", "psycho", "so OCD about", "crippled").',
  terms,
  anchors: [
    'craz',
    'insane',
    'lame',
    'psycho',
    'ocd',
    'bipolar',
    'crippl',
    'retard',
    'mongol',
    'retrasad',
    'subnormal',
    'attard',
    'gogol',
    'behindert',
    'spast',
    'autistic',
    'schizo',
    'spaz',
    'deaf ears',
    'gay',
  ],
  reach: 30,
});
