import { defineRule, type Hit } from '../../kinds/rule';
import { digitTokens, foldedSlice, MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';
import { masked, maskFix } from './_numbers';

/**
 * A passport number: 6–9 digits, or 8–9 capitals and digits with at least five
 * digits, shortly after the word passport (passaporte, pasaporte, Reisepass,
 * passeport, Passnummer).
 */
const NUMBER =
  /^[^A-Za-z0-9]*([A-Z]{0,2}\d{6,9}|(?=[A-Z0-9]{8,9}(?![A-Za-z0-9]))(?:[A-Z]*\d){5}[A-Z0-9]{0,4})[^A-Za-z0-9]*$/;
/**
 * Newer passports mix capitals and digits more freely ("C4J7RN2X1"): 8–9 of them with at least
 * three digits and three letters, counted only when "number", "no." or "#" stands right before.
 */
const MIXED = /^[^A-Za-z0-9]*((?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,9})[^A-Za-z0-9]*$/;
const NUMBER_WORD_BEFORE =
  /(?<![a-z])(?:number|no\.?|nr\.?|num\.?|numero|nummer|n°|nº|#)\s*:?\s*$/;
const KEYWORD_BEFORE =
  /(?<![a-z])(?:passports?|passaportes?|pasaportes?|reisepass(?:es|nummer)?|passnummer|pass-nr\.?|passeports?)(?![a-z])[^\n]{0,48}$/;

export default defineRule({
  description: 'Passport numbers near the word passport (in five languages).',
  severity: 'block',
  messages: {
    default: 'This looks like a passport number ({masked}); with your name it is enough for identity fraud.',
  },
  detect(ctx) {
    const hits: Hit[] = [];
    let budget = MAX_CANDIDATES;
    for (const t of digitTokens(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (t.end - t.start < 6 || t.end - t.start > 14) continue;
      const m = NUMBER.exec(t.text);
      const mixed = m ? undefined : MIXED.exec(t.text);
      const value = m?.[1] ?? mixed?.[1];
      // A date or a year is not a document number; nor a price or a percentage.
      if (!value || /^(?:19|20)\d{6}$/.test(value) || /[$€£%]/.test(t.text)) continue;
      if (--budget < 0) break;
      const start = t.start + t.text.indexOf(value);
      const before = foldedSlice(ctx, start - 60, start);
      if (!KEYWORD_BEFORE.test(before)) continue;
      if (mixed && !NUMBER_WORD_BEFORE.test(before)) continue;
      const end = start + value.length;
      hits.push({ start, end, data: { masked: masked(value) }, suggestions: maskFix(start, end, value) });
    }
    return hits;
  },
});
