/**
 * Where and how the one-click disclaimer goes: at the end of the post, after a
 * separator that suits the post, in the long form when it fits the site's limit,
 * else the short form, else not at all (with the reason).
 */
import { t } from '../ui/i18n';

export interface DisclaimerPlan {
  insert: string | null;
  /** What to tell the person, when anything. */
  note: string;
}

const length = (s: string): number => [...s].length;

function separatorFor(text: string): string {
  const body = text.trimEnd();
  if (!body) return '';
  const trailing = text.slice(body.length);
  if (body.includes('\n')) {
    const newlines = (trailing.match(/\n/g) ?? []).length;
    return '\n'.repeat(Math.max(0, 2 - newlines));
  }
  if (trailing) return '';
  // After words with no closing punctuation, end the sentence first.
  return /[\p{L}\p{N}]$/u.test(body) ? '. ' : ' ';
}

export function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function planDisclaimer(
  text: string,
  disclaimers: { long: string; short: string },
  maxLength: number | undefined,
): DisclaimerPlan {
  const folded = normalizeForCompare(text);
  for (const d of [disclaimers.long, disclaimers.short]) {
    if (folded.includes(normalizeForCompare(d).replace(/[.!]+$/, ''))) {
      return { insert: null, note: t('guard_disclaimerPresent') };
    }
  }
  const separator = separatorFor(text);
  const long = separator + disclaimers.long;
  if (!maxLength || length(text) + length(long) <= maxLength) return { insert: long, note: '' };
  const short = separator + disclaimers.short;
  if (length(text) + length(short) <= maxLength) {
    return { insert: short, note: t('guard_disclaimerShortened', maxLength) };
  }
  const over = length(text) + length(short) - maxLength;
  return {
    insert: null,
    note: t(over === 1 ? 'guard_disclaimerTooLongOne' : 'guard_disclaimerTooLongMany', maxLength, over, disclaimers.short),
  };
}
