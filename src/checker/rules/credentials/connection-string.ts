import { defineRule, type Hit } from '../../kinds/rule';
import { connectionStrings } from './_detectors';
import { removeSecret } from './_secrets';

export default defineRule({
  description: 'Connection strings and URLs with a password in them (scheme://user:password@host).',
  severity: 'block',
  messages: {
    default: 'This connection string contains a password (between “:” and “@”).',
  },
  detect(ctx) {
    return connectionStrings(ctx).map(
      (h): Hit => ({ start: h.start, end: h.end, suggestions: removeSecret(h.start, h.end) }),
    );
  },
});
