import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { hasWorkContext, involvesOrg } from '../_shared/biz-signals';
import { hasWord, keyedMatches, keyedRegex, type WindowMatch, wordGroup } from '../_shared/biz-words';

/**
 * Inside information told "in confidence" in public, in five languages:
 * - "between us" / "entre nous" / "unter uns" next to a figure about the organization
 *   ("Between us, Q3 bookings are down 12%", "entre nosotros, el recorte es de 2 millones");
 *   "between us, management knew" with no figure is an admission (the legal category), not a leak;
 * - "you heard it here first" after news about the organization, not after a guess ("hot take…
 *   you heard it here first" is speculation);
 * - what the organization's lawyers expect to settle for ("our lawyers think we'll settle around $3M").
 */
/** An amount of money as typed: "$3M", "2.5 million", "800k", "3 Mio", "1,2 milhões" (folded). */
const AMOUNT =
  '[$€£]?\\s?\\d[\\d.,]*(?: ?(?:k|m|mm|b|bn|million|millions|billion|mil|millones|mio|millionen|milliarden|milhoes|euros?|dollars?))?';

const TELLS = keyedRegex(
  [
    // "between us": English, Spanish, French, German, Portuguese
    '(?:just |strictly )?between (?:us|you and me|you and i|ourselves|the two of us)',
    'entre (?:nous|nosotros|nosotras|tu y yo|vous et moi|toi et moi|nos|a gente)',
    'aqui entre nos',
    'unter uns(?: gesagt)?',
    'ganz im vertrauen',
    'confidentially',
    // "Can confirm from the inside: …"
    '(?:can |i can )?confirm(?:ing)? from (?:the )?inside',
    'en confidence',
    'en confianza',
    'em confianca',
    // "you heard it here first"
    '(?:you )?(?:heard|read|saw) it here first',
    'lo (?:oiste|escuchaste|leiste|viste) aqui primero',
    "(?:vous l'avez|tu l'as) (?:lu|entendu|vu) ici en premier",
    '(?:ihr habt|du hast) es hier zuerst (?:gehort|gelesen)',
    'voces? (?:ouviu|ouviram|leu|leram|viu|viram) aqui primeiro',
    // the lawyers' settlement estimate
    `(?:we'll|we will|we're going to|we are going to|we'd|we should|we're likely to|expect(?:ed)? to|expecting to) settle (?:for |at |around |near |somewhere around |out of court for )(?:about |roughly |around |maybe )?${AMOUNT}`,
    // the lawyers' view of the case: "legal thinks we'll settle", "our lawyers expect we'll lose"
    "(?:legal|our lawyers|the lawyers|our attorneys|counsel|our legal team) (?:thinks?|expects?|says?|reckons?|believes?) (?:that )?(?:we'll|we will|we're going to|we are going to|we'd) (?:settle|lose)(?! (?:for|at|around|near|somewhere|out of court))",
    `settlement (?:will|should|could|would|is going to) (?:be|come in|land|end up) (?:at |around |near |about |roughly )?${AMOUNT}`,
    `(?:vamos a|van a) (?:llegar a un acuerdo|pactar|cerrar un acuerdo) (?:por|de) (?:unos |alrededor de )?${AMOUNT}`,
    `(?:rechnen mit einem|auf einen) vergleich (?:uber|von|in hohe von) (?:rund |etwa |ca\\.? )?${AMOUNT}`,
    `(?:on va|nous allons|on devrait) (?:transiger|trouver un accord|conclure un accord) (?:pour|autour de|a) (?:environ )?${AMOUNT}`,
    `(?:vamos|vai|vao) (?:fechar um acordo|fazer um acordo|fazer acordo) (?:de|por) (?:uns |cerca de )?${AMOUNT}`,
  ],
  [
    'between',
    'entre$',
    'unter$',
    'vertrauen',
    'confidentially',
    'confirm',
    'confidence',
    'confianza',
    'confianca',
    'first',
    'primero',
    'premier',
    'zuerst',
    'primeiro',
    'settle',
    'settlement',
    'acuerdo',
    'vergleich',
    'accord',
    'acordo',
  ],
);

/** A figure: an amount, a percentage or a headcount (folded text). */
const FIGURE =
  /(?<![\d.,])(?:[$€£] ?\d|\d[\d.,]* ?(?:%|(?:k|m|mm|bn|mio|mil|million|millions|billion|millones|millionen|milhoes|percent|por ciento|prozent|pour ?cent|por cento|euros?|dollars?|people|jobs|roles|positions|employees|staff|heads|puestos|empleos|empleados|stellen|mitarbeiter|postes|emplois|salaries|vagas|empregos|funcionarios)(?![a-z])))/g;

/** A guess: then "you heard it here first" claims a prediction, not a leak (speculation). */
const GUESSES = keyedRegex(
  [
    'hot take',
    'calling it',
    'predictions?',
    'predict(?:ing|s)?',
    "i(?:'d| would)? bet",
    'betting',
    'my (?:bet|guess|money|prediction) is',
    "(?:i'd|best|my) guess",
    'mark my words',
    'place your bets',
    'apuesto',
    'prediccion',
    'ich wette',
    'prognose',
    'je parie',
    'pronostic',
    'prediction',
    'aposto',
    'previsao',
  ],
  [
    'hot',
    'calling',
    'prediction',
    'predictions',
    'predict',
    'predicting',
    'predicts',
    'bet',
    'betting',
    'guess',
    'mark',
    'bets',
    'apuesto',
    'prediccion',
    'wette',
    'prognose',
    'parie',
    'pronostic',
    'aposto',
    'previsao',
  ],
);

/** Words of a legal dispute: a settlement estimate counts only in one. */
const LEGAL = wordGroup([
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'counsel',
  'lawsuit',
  'suit',
  'litigat',
  'case',
  'court',
  'plaintiff',
  'plaintiffs',
  'claim',
  'claims',
  'legal',
  'abogad',
  'demanda',
  'juicio',
  'anwalt',
  'anwalte',
  'klage',
  'prozess',
  'gericht',
  'avocat',
  'avocats',
  'proces',
  'plainte',
  'tribunal',
  'advogad',
  'processo',
]);

/** "100% liable", "110% sure" are emphasis, not figures. */
function hasFigure(window: string): boolean {
  FIGURE.lastIndex = 0;
  for (let f = FIGURE.exec(window); f; f = FIGURE.exec(window)) if (!/^1[01]0 ?%/.test(f[0])) return true;
  return false;
}

const BETWEEN = /^(?:just |strictly )?(?:between|entre|aqui|unter|ganz|confiden|en conf|em conf|(?:i )?can confirm|confirm)/;
const SETTLE = /settle|acuerdo|vergleich|accord|acordo/;
const REACH_BEFORE = 160;
/** Key words looked at per check: a pasted megabyte of "between us" must stay fast. */
const MAX_WORDS = 100;
const REACH_AFTER = 200;

/** Does the post guess rather than report? Once per check. */
const guesses = (ctx: RuleContext): boolean =>
  ctx.cached('confidential:guesses', () => {
    let seen = 0;
    return keyedMatches(ctx, GUESSES, 20, 30, () => ++seen <= MAX_WORDS).length > 0;
  });

/** Is the organization in play around the tell, not counting the tell's own words ("between us")? */
function orgAround(ctx: RuleContext, m: WindowMatch, s: number, e: number): boolean {
  return involvesOrg(ctx, s, m.start) || involvesOrg(ctx, m.end, e);
}

export default defineRule({
  description:
    'Inside information told in confidence in public: "between us" with figures, "you heard it here first", expected settlements.',
  severity: 'block',
  messages: {
    default: 'This shares something told in confidence (“{marker}”); a public post is not between us.',
    first: 'This breaks news about the organization before it is public (“{marker}”).',
    settle: 'This shares what the organization expects to settle for (“{marker}”), which is confidential.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    let seen = 0;
    for (const m of keyedMatches(ctx, TELLS, 40, 120, () => ++seen <= MAX_WORDS)) {
      const text = m.m[0];
      const s = Math.max(0, m.start - REACH_BEFORE);
      const e = Math.min(folded.length, m.end + REACH_AFTER);
      let messageId: string | undefined;
      if (SETTLE.test(text)) {
        if (!hasWord(ctx, LEGAL, s, e) || !involvesOrg(ctx, s, e)) continue;
        messageId = 'settle';
      } else if (BETWEEN.test(text)) {
        if (!hasFigure(folded.slice(s, e)) || !hasWorkContext(ctx) || !orgAround(ctx, m, s, e)) continue;
      } else {
        if (guesses(ctx)) continue;
        const org =
          ctx.mentionsEmployer ||
          ctx.codenameMentions.length > 0 ||
          (hasWorkContext(ctx) && involvesOrg(ctx, 0, folded.length));
        if (!org) continue;
        messageId = 'first';
      }
      const [start, end] = ctx.span(m.start, m.end);
      hits.push({ start, end, messageId, data: { marker: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
