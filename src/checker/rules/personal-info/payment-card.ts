import { defineRule, type Hit } from '../../kinds/rule';
import { cardNumbers, masked, maskFix } from './_numbers';

export default defineRule({
  description:
    'Payment card numbers: 13–19 digits from a known issuer with a valid Luhn checksum (conference codes, tracking and order numbers fail these checks).',
  severity: 'block',
  messages: {
    default: 'This looks like a payment card number ({masked}); anyone who sees it can try to use it.',
  },
  detect(ctx) {
    return cardNumbers(ctx).map(
      (h): Hit => ({
        start: h.start,
        end: h.end,
        data: { masked: masked(h.value) },
        suggestions: maskFix(h.start, h.end, h.value),
      }),
    );
  },
});
