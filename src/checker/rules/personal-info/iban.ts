import { defineRule, type Hit } from '../../kinds/rule';
import { ibans, masked, maskFix } from './_numbers';

export default defineRule({
  description: 'IBANs (bank account numbers) in electronic or print format, with valid check digits.',
  severity: 'block',
  messages: {
    default: 'This looks like a bank account number (IBAN {masked}).',
  },
  detect(ctx) {
    return ibans(ctx).map(
      (h): Hit => ({
        start: h.start,
        end: h.end,
        data: { masked: `${h.value.slice(0, 2)} ${masked(h.value)}` },
        suggestions: maskFix(h.start, h.end, h.value),
      }),
    );
  },
});
