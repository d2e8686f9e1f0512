import { compilePhrases } from '../../kinds/phrases';
import { defineRule, type Hit } from '../../kinds/rule';
import { companyObjectEnd, Gated, negatedBefore } from '../_shared/org-voice';

const PHRASES = new Gated(
  [
    'behalf',
    'name',
    'speak',
    'speaks',
    'speaking',
    'spoke',
    'hablo',
    'hablando',
    'escribo',
    'respondo',
    'nombre',
    'parte',
    'representacion',
    'spreche',
    'sprechen',
    'schreibe',
    'namen',
    'stellvertretend',
    'parle',
    'exprime',
    'reponds',
    'parlant',
    'nom',
    'falo',
    'falando',
    'escrevo',
    'nome',
    'confirm*',
    'announc*',
    'answer*',
    'respond*',
    'replying',
    'clarify*',
    'confirmo',
    'aclaro',
    'bestatige',
    'antworte',
    'confirme',
    'esclareco',
    'comment*',
    'precise',
  ],
  compilePhrases([
    // English
    "(i'm |i am |i )?(speak|speaks|speaking|spoke) ((officially|formally|publicly|here|today) )?(for|on behalf of)",
    "(i'm |i am |i )?(write|writing|post|posting|comment|commenting) on behalf of",
    '(on|in) behalf of',
    'in the name of',
    // "Confirming for my company:", "answering for the company"
    '(confirm|confirming|announcing|answering|responding|replying|clarifying|commenting) for',
    // Spanish
    '(hablo|hablando|escribo|respondo) (en nombre del?|por)',
    'en nombre del?',
    'de parte de',
    '(confirmo|respondo|aclaro) (por|para)',
    'en representacion de',
    // German
    '(ich )?(spreche|sprechen|schreibe) (hier )?(fur|im namen)',
    'im namen',
    'stellvertretend fur',
    '(ich )?(bestatige|antworte) (hier )?fur',
    // French
    "(je parle|je m'exprime|je reponds|parlant) (au nom (de|du|des)|pour)",
    'au nom (de|du|des)',
    'de la part de',
    '(je confirme|je reponds|je precise) pour',
    // Portuguese
    '(falo|falando|escrevo|respondo) em nome',
    '(falo|falando|escrevo|respondo|confirmo|esclareco)(?= pel[ao] )',
    'em nome',
    'da parte',
  ]),
  40,
  40,
);

/** "officially, on behalf of…", "formally speaking for…": said as a spokesperson. */
const OFFICIALLY_BEFORE = /\b(?:officially|formally)\b[,:]?\s*$/;

export default defineRule({
  description:
    'Claims to speak for the organization: "on behalf of the company", "speaking for <employer>", "en nombre de la empresa", "im Namen des Unternehmens", "au nom de l’entreprise", "em nome da empresa".',
  severity: 'warn',
  messages: {
    default:
      'This speaks on behalf of the company ("{phrase}"); only designated spokespeople can do that, so say it as your own view or leave it to the official account.',
  },
  detect(ctx) {
    const hits: Hit[] = [];
    for (const match of PHRASES.all(ctx)) {
      if (negatedBefore(ctx.folded, match.start)) continue;
      const official = OFFICIALLY_BEFORE.test(ctx.folded.slice(Math.max(0, match.start - 24), match.start));
      const end = companyObjectEnd(ctx, match.end, official);
      if (end < 0) continue;
      const [start, stop] = ctx.span(match.start, end);
      hits.push({ start, end: stop, data: { phrase: ctx.text.slice(start, stop) } });
    }
    return hits;
  },
});
