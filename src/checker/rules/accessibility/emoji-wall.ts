import { defineRule, type Hit } from '../../kinds/rule';

/** Emoji in a row (spaces between them allowed) that make a wall a screen reader reads out one by one. */
const MIN_RUN = 5;
/** A post of nothing but emoji is read out name by name too; one or two are fine. */
const MIN_EMOJI_ONLY = 3;
const MAX_HITS = 100;

/**
 * One emoji as a reader hears it: a pictographic code point (a surrogate pair in the
 * U+1F000–U+1FAFF blocks, or a symbol emoji of the BMP) with its skin tone, variation
 * selector or keycap, and any emoji joined to it (👨‍👩‍👧); or a flag (two regional indicators).
 */
const BASE =
  '(?:[\\u2600-\\u27bf\\u2b50\\u2b55\\u2b1b\\u2b1c\\u231a\\u231b\\u23e9-\\u23fa\\u3030\\u303d]|\\ud83c[\\udc00-\\udde5\\ude00-\\udffa]|[\\ud83d\\ud83e][\\udc00-\\udfff])';
const MODIFIERS = '(?:\\ud83c[\\udffb-\\udfff])?(?:\\ufe0f|\\ufe0e|\\u20e3)?';
const UNIT = `(?:${BASE}${MODIFIERS}(?:\\u200d${BASE}${MODIFIERS})*|\\ud83c[\\udde6-\\uddff]\\ud83c[\\udde6-\\uddff])`;
/** What may stand between two emoji of one run: spaces, selectors, tag characters. */
const GLUE = '(?:[ \\t\\n\\r]|\\ufe0f|\\udb40[\\udc20-\\udc7f])';
/** Tried only where an emoji starts (sticky): a whole-post scan costs several times more. */
const RUN = new RegExp(`${UNIT}(?:${GLUE}*${UNIT}){${MIN_RUN - 1},}`, 'y');
const ONE = new RegExp(UNIT, 'g');
/** Where an emoji (every run's first unit) can start. */
const MAYBE_EMOJI =
  /[\u2600-\u27bf\u2b50\u2b55\u2b1b\u2b1c\u231a\u231b\u23e9-\u23fa\u3030\u303d\ud83c-\ud83e]/g;

/** A star rating in text stars (black and white, U+2605/U+2606), five stars at most. */
const RATING = /^[\u2605\u2606]{5}$/;

/** Emoji in a run, counted on its first few thousand characters (a count is all the message needs). */
function count(run: string): number {
  return run.slice(0, 4000).match(ONE)?.length ?? 0;
}

export default defineRule({
  description:
    'Emoji walls (five or more emoji in a row) and posts made only of emoji, which screen readers read out name by name.',
  severity: 'suggestion',
  messages: {
    default:
      'Screen readers read each of these {count} emoji out by name, one after another; keep one or two that carry meaning.',
  },
  detect(ctx) {
    const text = ctx.text;
    // From emoji to emoji: most posts have none, or a few.
    const hits: Hit[] = [];
    MAYBE_EMOJI.lastIndex = 0;
    for (let e = MAYBE_EMOJI.exec(text); e && hits.length < MAX_HITS; e = MAYBE_EMOJI.exec(text)) {
      RUN.lastIndex = e.index;
      const m = RUN.exec(text);
      if (!m) continue;
      // "★★★★☆" is a rating, written with text stars: five of them at most.
      if (RATING.test(m[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, data: { count: String(count(m[0])) } });
      MAYBE_EMOJI.lastIndex = m.index + m[0].length;
    }
    if (hits.length === 0 && text.length < 400) {
      // Nothing but a few emoji (and spaces): report the whole post.
      const trimmed = text.trim();
      const n = count(trimmed);
      if (n >= MIN_EMOJI_ONLY && trimmed.replace(ONE, '').replace(/\s|\ufe0f|\ufe0e/g, '') === '') {
        const start = text.length - text.trimStart().length;
        hits.push({ start, end: start + trimmed.length, data: { count: String(n) } });
      }
    }
    return hits;
  },
});
