import { defineRule, type Hit } from '../../kinds/rule';
import { hasWord, keyedMatches, keyedRegex, wordGroup } from '../_shared/biz-words';
import { employerMentions } from '../_shared/org-voice';
import { LAWSUIT_NEARBY } from './_lawsuit';

/**
 * Predicting the outcome of a claim against the organization: "we're going to have to pay",
 * "<employer> will end up paying millions", "we'll lose this lawsuit", "<employer> wird zahlen
 * müssen", "la empresa va a tener que pagar", "on va devoir payer", "vamos ter que pagar". Such
 * forecasts admit liability; they count only in a post about a claim, a case or compensation
 * ("we'll have to pay for parking" is not one).
 */
const PAY = '(?:(?:pay|paying)(?: out)?|shell out|cough up|compensate|settle|fork out)';
const PAY_ALTERNATIVES = [
  // English: the subject is part of the phrase, or the employer is named right before it
  `(?:we|we'll|we're|we are|we will|the company|the company will|the company is|will|is|are) (?:definitely |probably |certainly |absolutely |totally |so )?(?:going to |gonna )?(?:have to|need to|end up|be forced to|be made to|be on the hook to) ${PAY}`,
  "(?:we|we'll|we're|we are|we will|the company|the company will|the company is|will|is|are) (?:definitely |probably |certainly |so )?(?:going to |gonna )?(?:lose|lose big on) (?:this|the|that|our) (?:case|lawsuit|suit|trial|claim)",
  "(?:we|we'll|the company) (?:owe|will owe|'ll owe) (?:them|the families|the passengers|the victims|damages|millions)",
  // "this is going to cost us", said of a lawsuit (a stronger legal word is checked below)
  "(?:this|that|it|which) (?:is|'s|will|would) (?:definitely |probably |certainly |so )?(?:going to |gonna )?cost us",
  '(?:das|es|dies) wird uns (?:teuer|viel|einiges|richtig|ordentlich)(?: zu stehen kommen| kosten)',
  '(?:esto|eso) nos va a (?:costar|salir) (?:caro|muy caro|una fortuna)',
  '(?:ca|cela) va nous couter (?:cher|tres cher|une fortune)',
  '(?:isso|isto) vai nos custar (?:caro|muito caro|uma fortuna)',
  // German
  '(?:wird|werden|wir werden|muss|mussen|wir mussen) (?:da |wohl |sicher |definitiv |ordentlich |kraftig |teuer |schadenersatz |schmerzensgeld |millionen )*(?:zahlen|blechen)(?: mussen)?',
  '(?:wird|werden|wir werden) (?:den prozess|die klage|das verfahren) verlieren',
  // Spanish
  '(?:va|vamos|van) a tener que (?:pagar|indemnizar)',
  '(?:tendra|tendremos|tendran) que (?:pagar|indemnizar)',
  '(?:vamos|va) a perder (?:el juicio|la demanda|el caso)',
  // French
  '(?:va|allons|vont|on va) devoir (?:payer|indemniser)',
  '(?:devra|devrons|devront) (?:payer|indemniser)',
  '(?:on va|nous allons|va) perdre (?:le proces|l\'affaire)',
  // Portuguese
  '(?:vai|vamos|vao) ter (?:que|de) (?:pagar|indenizar)',
  '(?:tera|teremos|terao) (?:que|de) (?:pagar|indenizar)',
  '(?:vamos|vai) perder (?:o processo|a acao|o caso)',
];
const PAY_RE = keyedRegex(PAY_ALTERNATIVES, [
  'pay',
  'paying',
  'shell',
  'cough',
  'compensate',
  'settle',
  'fork',
  'lose',
  'owe',
  'zahlen',
  'blechen',
  'verlieren',
  'pagar',
  'indemnizar',
  'perder',
  'payer',
  'indemniser',
  'perdre',
  'indenizar',
  'cost',
  'kosten',
  'stehen',
  'costar',
  'salir',
  'couter',
  'custar',
]);

/** A claim in play: lawsuits, courts, damages, compensation, victims, in five languages. */
const CLAIM = wordGroup([
  'lawsuit',
  'lawsuits',
  'suit$',
  'sue',
  'sued',
  'suing',
  'claim',
  'claims',
  'court$',
  'courts$',
  'damages',
  'compensation',
  'settlement',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'judge',
  'jury',
  'victims',
  'families',
  'liability',
  'liable',
  'klage',
  'klagen',
  'sammelklage',
  'prozess$',
  'gericht',
  'schadenersatz',
  'schmerzensgeld',
  'entschadigung',
  'anwalt',
  'anwalte',
  'demanda',
  'demandas',
  'juicio',
  'tribunal',
  'tribunales',
  'indemniz',
  'abogados',
  'victimas',
  'proces$',
  'plainte',
  'plaintes',
  'indemnis',
  'avocats',
  'victimes',
  'processo',
  'justica',
  'indeniz',
  'advogados',
  'vitimas',
]);

/** "It's going to cost us": said of a lawsuit or a court case, not of an insurance claim or damages. */
const COST = /(?:cost|kosten|stehen|costar|salir|couter|custar)/;

/** The verb without its own subject ("will", "wird", "va a"): the employer must be named just before. */
const BARE_START = /^(?:will|is|are|wird|werden|muss|va |van |tendra|tendran|vont|devra|devront|vai|vao|tera|terao)/;

export default defineRule({
  description:
    'Predicts that the organization will pay or lose a legal claim: "we\'re going to have to pay", "<employer> wird zahlen müssen".',
  severity: 'warn',
  messages: {
    default:
      'This predicts how a claim against the company ends (“{words}”), which reads as admitting liability; comments on legal matters come from the legal team.',
  },
  detect(ctx) {
    if (!hasWord(ctx, CLAIM)) return [];
    const folded = ctx.folded;
    const hits: Hit[] = [];
    for (const { start, end, m } of keyedMatches(ctx, PAY_RE, 60, 40)) {
      if (!hasWord(ctx, CLAIM, start - 300, end + 300)) continue;
      if (COST.test(m[0]) && !LAWSUIT_NEARBY.test(folded.slice(Math.max(0, start - 300), end + 300))) continue;
      if (BARE_START.test(m[0])) {
        // "Acme will have to pay", "Acme wird zahlen müssen": the employer is the subject.
        const before = folded.slice(Math.max(0, start - 40), start);
        const named = employerMentions(ctx).some((x) => x.end <= start && start - x.end <= 3 && x.end > start - 40);
        if (!named && !/(?:the company|the firm|the employer|die firma|das unternehmen|la empresa|l'entreprise|a empresa)\s*$/.test(before))
          continue;
      }
      const [s, e] = ctx.span(start, end);
      hits.push({ start: s, end: e, data: { words: ctx.text.slice(s, e) } });
    }
    return hits;
  },
});
