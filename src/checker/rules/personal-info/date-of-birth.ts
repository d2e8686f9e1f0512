import { defineRule, type Hit } from '../../kinds/rule';
import { foldedSlice, MAX_CANDIDATES, MAX_HITS, numberGroups } from '../_shared/secrets-scan';

/**
 * A full date of birth (day, month and year) introduced as one: "DOB", "date of
 * birth", "born (on)", "my birthday is", "nacido el", "geboren am", "né le",
 * "nascido em"… A birthday with no year, or a year alone, is fine.
 */
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|marz|mai|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro';
const NUMERIC_DATE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})$/;
/** Day and month written before a year ("14 March ", "March 14, ", "3 de mayo de "), folded. */
const MONTH_BEFORE = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th|er|o|º)?\\.?(?: de)? (?:${MONTH})\\.?,?(?: de)? |(?:${MONTH})\\.? \\d{1,2}(?:st|nd|rd|th)?,? )$`,
);
const KEYWORD =
  "dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|(?:my|his|her|their) birthday(?: is|'s|:)|birthday:|fecha de nacimiento|f\\. de nac\\.?|nacid[oa](?: el)?|naci el|geboren(?: am)?|geb\\.|geburtsdatum|geburtstag(?: ist|:)|nee? le|nee?\\(e\\) le|date de naissance|nascid[oa](?: em| a| no dia)?|nasci em|data de nascimento|d\\.n\\.";
/** The keyword shortly before the date (folded window ending where the date starts). */
const KEYWORD_BEFORE = new RegExp(`(?<![a-z0-9])(?:${KEYWORD})(?![a-z])[^\\n!?]{0,30}$`);

function plausible(date: string): boolean {
  const year = Number(/(?:19|20)\d\d/.exec(date)?.[0] ?? '0');
  const nums = date.match(/\d+/g)?.map(Number) ?? [];
  if (year && (year < 1900 || year > new Date().getFullYear())) return false;
  // Numeric dates: the two small parts are a day and a month in either order.
  if (nums.length === 3 && !/[a-z]/.test(date)) {
    const small =
      nums[0] !== undefined && nums[0] >= 1900 ? [nums[1] ?? 0, nums[2] ?? 0] : [nums[0] ?? 0, nums[1] ?? 0];
    const [a, b] = small as [number, number];
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return false;
  }
  return true;
}

export default defineRule({
  description:
    'A full date of birth (day, month and year) after "DOB", "born", "date of birth", "nacido el", "geboren am", "né le", "nascido em"…',
  severity: 'warn',
  messages: {
    default: 'This shares a full date of birth, which is used to verify identity.',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    // Read the clock only for a year alone (a Date costs more than the rest of a typical post's look).
    let thisYear = 0;
    let budget = MAX_CANDIDATES;
    for (const g of numberGroups(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (g.digits < 4 || g.digits > 8) continue;
      if (--budget < 0) break;
      let start = g.start;
      if (!NUMERIC_DATE.test(g.raw)) {
        // A year alone: a full date needs the day and month written before it.
        const year = Number(g.raw);
        if (!/^\d{4}$/.test(g.raw) || year < 1900) continue;
        thisYear ||= new Date().getFullYear();
        if (year > thisYear) continue;
        const head = foldedSlice(ctx, g.start - 30, g.start);
        const m = MONTH_BEFORE.exec(head);
        if (!m) continue;
        start = g.start - m[0].length;
      }
      if (/[\d.]/.test(text[start - 1] ?? '') || /\d/.test(text[g.end] ?? '')) continue;
      const date = text.slice(start, g.end);
      if (!plausible(date.toLowerCase())) continue;
      const window = foldedSlice(ctx, start - 48, start);
      const k = KEYWORD_BEFORE.exec(window);
      if (!k) continue;
      hits.push({ start: start - (window.length - k.index), end: g.end });
    }
    return hits;
  },
});
