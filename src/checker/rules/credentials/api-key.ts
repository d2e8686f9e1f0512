import { defineRule, type Hit } from '../../kinds/rule';
import { providerKeys } from './_detectors';
import { preview, removeSecret } from './_secrets';

export default defineRule({
  description:
    'API keys and tokens in a known provider format (AWS, GitHub, Slack, Stripe, Google, SendGrid, OpenAI and others), and webhook URLs that carry a secret.',
  severity: 'block',
  messages: {
    default: 'This looks like {kind} ({preview}).',
  },
  detect(ctx) {
    return providerKeys(ctx).map(
      (h): Hit => ({
        start: h.start,
        end: h.end,
        data: { kind: h.kind, preview: preview(h.value) },
        suggestions: removeSecret(h.start, h.end),
      }),
    );
  },
});
