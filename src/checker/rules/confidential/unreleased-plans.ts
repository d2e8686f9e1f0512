import { defineRule, type Hit } from '../../kinds/rule';
import { FUTURE_TIME_SOURCE, involvesOrg, sentenceBounds } from '../_shared/biz-signals';
import { gatedMatches, type WordHit, wordGroup } from '../_shared/biz-words';

/**
 * Unreleased plans with their details: a private beta and its GA date, new prices and the day
 * they go live, the value of a deal just signed. Prices and deals need the organization in the sentence
 * (its name, a product, "our", "we"), so "Netflix prices go up in May" is not flagged.
 */
const CURRENCY = /[$€£]/;
const TIME = `(?:${FUTURE_TIME_SOURCE})`;
const B = '(?<![a-z0-9_])';
/** [message id, word group, detailed regex, reach before and after the group's words] */
const KINDS: Array<[messageId: string, group: number, re: RegExp, before: number, after: number]> = [
  [
    'beta',
    wordGroup(['beta', 'alpha', 'preview', 'access']),
    new RegExp(
      `${B}(?:(?:private|closed|invite-only|secret|internal) (?:beta|alpha|preview)|early access)\\b[^.!?\\n]{0,80}?\\b(?:ga|general availability|public launch|launch(?:es|ing)?|goes live|go live|ships?|release)\\b[^.!?\\n]{0,25}?\\b${TIME}`,
      'g',
    ),
    40,
    160,
  ],
  [
    'pricing',
    wordGroup([
      'pricing',
      'price',
      'prices',
      'preise',
      'precio',
      'precios',
      'prix',
      'preco',
      'precos',
      'tiers',
    ]),
    new RegExp(
      `${B}(?:pricing|prices?|price (?:increase|hike|change)|new (?:plans|tiers)|preise|precios|prix|precos)\\b[^.!?\\n]{0,60}?\\b(?:goes live|go live|going up|goes up|go up|increas\\w*|rais\\w*|chang(?:es|ing) (?:on|in)|steigen|erhoh\\w*|suben|subiran|augmente\\w*|sobem|vao subir)\\b[^.!?\\n]{0,30}?\\b${TIME}`,
      'g',
    ),
    10,
    140,
  ],
  [
    'deal',
    wordGroup(['signed', 'closed', 'landed', 'won', 'inked', 'renewed']),
    new RegExp(
      `${B}(?:signed|closed|landed|won|inked|renewed)\\b[^.!?\\n]{0,30}?[$€£]\\s?\\d[\\d.,]*\\s?(?:k|m|mm|million|b|bn|billion)?\\b[^.!?\\n]{0,20}?\\b(?:deal|contract|renewal|agreement)`,
      'g',
    ),
    5,
    90,
  ],
];

export default defineRule({
  description:
    'Unreleased plans in detail: private beta with a GA date, new prices and when they go live, deal values.',
  severity: 'block',
  messages: {
    default: 'This gives details of an unreleased plan.',
    beta: 'This gives the release plan of something still in private beta (“{what}”).',
    pricing: 'This shares a price change before it is published (“{what}”).',
    deal: 'This shares the value of a deal (“{what}”), which is usually confidential.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    for (const [messageId, group, re, before, after] of KINDS) {
      // A deal needs an amount: skip signing words with no currency sign close by.
      const accept =
        messageId === 'deal' ? (h: WordHit) => CURRENCY.test(folded.slice(h.end, h.end + 40)) : undefined;
      for (const m of gatedMatches(ctx, group, re, before, after, accept)) {
        // Knowing a private beta's GA date is insider knowledge whoever runs it.
        const [s, e] = sentenceBounds(folded, m.start);
        if (messageId !== 'beta' && !involvesOrg(ctx, s, Math.max(e, m.end))) continue;
        const [start, end] = ctx.span(m.start, m.end);
        hits.push({ start, end, messageId, data: { what: ctx.text.slice(start, end) } });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
