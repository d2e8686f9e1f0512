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

const SELF_GAY = /\b(?:i'm|im|i am|he's|she's|they're|we're|proud|am|is he|is she|being)\s+(?:\w+\s+)?$/;

const terms: Term[] = [
  { match: 'like crazy', better: () => ['like wildfire', 'a lot', 'nonstop'], why: WHY, when: casual },
  { match: 'crazy', better: () => ['wild', 'intense', 'unbelievable'], why: WHY, when: casual },
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
  },
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
    'autistic',
    'schizo',
    'spaz',
    'deaf ears',
    'gay',
  ],
  reach: 30,
});
