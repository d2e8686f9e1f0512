import { defineRule } from '../../kinds/rule';
import { B, E, Gated } from '../_shared/org-voice';

/** A customer's review or complaint, referred to in a reply (five languages, folded). */
const REVIEW = new Gated(
  [
    'star',
    'stars',
    'review',
    'rating',
    'complaint',
    'feedback',
    'resena',
    'valoracion',
    'queja',
    'opinion',
    'estrella',
    'estrellas',
    'bewertung',
    'rezension',
    'beschwerde',
    'stern',
    'sterne',
    'avis',
    'commentaire',
    'plainte',
    'reclamation',
    'etoile',
    'etoiles',
    'avaliacao',
    'resenha',
    'reclamacao',
    'estrela',
    'estrelas',
    'refunding',
    'replacing',
    'compensating',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:[1-3]|one|two|three)[- ]?stars?(?: review| rating)?',
      '(?:bad|negative|terrible|angry|nasty|awful|low|poor) (?:review|rating)',
      '(?:your|this|that|the) (?:review|rating|complaint|feedback)',
      // a customer's request, refused in the company's voice: "if you think we're refunding gems"
      "(?:think|expect|believe) (?:that )?(?:we're|we are|we'll|we will) (?:be )?(?:refunding|replacing|compensating)",
      '(?:tu|su|esta) (?:resena|valoracion|queja)',
      '(?:opinion|valoracion|resena) negativa',
      '(?:[1-3]|una|una sola) estrellas?',
      '(?:deine|ihre|diese) (?:bewertung|rezension|beschwerde)',
      '(?:[1-3]|ein)[- ]sterne?',
      '(?:votre|ton|cet) (?:avis|commentaire) (?:negatif|client|google|sur notre)',
      '(?:votre|ta) (?:plainte|reclamation)',
      'avis negatif',
      '(?:[1-3]|une) etoiles?',
      '(?:sua|tua|essa) (?:avaliacao|resenha|reclamacao)',
      '(?:[1-3]|uma) estrelas?',
    ].join('|')})${E}`,
    'g',
  ),
);

/** A star count that rates an opinion, not the company (folded, right after it). */
const OPINION_AFTER = /^ (?:hot )?(?:take|opinion|comment|tweet|post|reply|joke|argument)s?(?![a-z])/;
/** The reviewer in the third person just before: "she left us a", "he gave us" (folded). */
const THIRD_PERSON_BEFORE =
  /(?:^|[^a-z])(?:she|he|they|this (?:guy|woman|man|person|customer)|that (?:guy|woman|man|person|customer)) (?:just )?(?:left|gave|wrote|posted|dropped)(?: us)?(?: (?:a|an|one|another))? $/;

/** Sarcasm and put-downs aimed at the reviewer. */
const EYE_ROLLS = ['🙄', '🤡', '🤦'];
/** An eye-roll emoji anywhere: three string searches, about three times cheaper than a regex over the post. */
function eyeRoll(folded: string): boolean {
  return EYE_ROLLS.some((e) => folded.includes(e));
}
const HOSTILE = new Gated(
  [
    'genius',
    'einstein',
    'sherlock',
    'clown',
    'idiot',
    'moron',
    'read',
    'rtfm',
    'learn',
    'blame',
    'blaming',
    'error',
    'skill',
    'fault',
    'problem',
    'maybe',
    'next',
    'before',
    'riddance',
    'cry',
    'nobody',
    'clue',
    'life',
    'stop',
    'entitled',
    'lee',
    'genio',
    'lies',
    'lis',
    'leia',
  ],
  new RegExp(
    `${B}(?:${[
      'genius',
      'einstein',
      'sherlock',
      'clown',
      'idiot',
      'moron',
      'read the (?:docs|manual|instructions|faq|documentation)',
      'rtfm',
      'learn (?:to|how to) (?:read|use)',
      'blam(?:e|ing) us',
      'user error',
      'skill issue',
      'not our (?:fault|problem)',
      'maybe (?:next time|try|read|learn)',
      'next time (?:before|try|read)',
      'before (?:complaining|whining|blaming)',
      'good riddance',
      'cry (?:more|about it)',
      'nobody (?:asked|cares)',
      'get a (?:clue|life)',
      'stop (?:whining|crying|complaining)',
      'entitled',
      'lee (?:la documentacion|el manual)',
      'genio',
      'lies (?:die doku|das handbuch)',
      'lis (?:la doc|le manuel)',
      'leia (?:a documentacao|o manual)',
    ].join('|')})${E}`,
    'g',
  ),
);

export default defineRule({
  description:
    'Hostile or sarcastic replies to a customer’s review or complaint ("thanks for the 1-star review 🙄 read the docs, genius").',
  severity: 'warn',
  messages: {
    default:
      'This answers a customer’s review with sarcasm ("{phrase}"); a hostile reply escalates, so leave it to the support team.',
  },
  detect(ctx) {
    const review = REVIEW.first(ctx);
    if (!review) return [];
    // "your 1-star take": an opinion in a thread, not a review of the company.
    if (OPINION_AFTER.test(ctx.folded.slice(review.end, review.end + 12))) return [];
    // "she left us a 1-star, so let's…": the review told about to others, not answered.
    if (THIRD_PERSON_BEFORE.test(ctx.folded.slice(Math.max(0, review.start - 32), review.start))) return [];
    if (!HOSTILE.test(ctx) && !eyeRoll(ctx.folded)) return [];
    const [start, end] = ctx.span(review.start, review.end);
    return [{ start, end, data: { phrase: ctx.text.slice(start, end) } }];
  },
});
