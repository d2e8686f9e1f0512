import { defineRule, type Hit } from '../../kinds/rule';
import { jwts } from './_detectors';
import { removeSecret } from './_secrets';

export default defineRule({
  description:
    'JSON Web Tokens (three base64url parts starting "eyJ"), which often grant access as the signed-in user.',
  severity: 'block',
  messages: {
    default:
      'This looks like a JSON Web Token, which can let anyone act as the signed-in user until it expires.',
  },
  detect(ctx) {
    return jwts(ctx).map(
      (h): Hit => ({ start: h.start, end: h.end, suggestions: removeSecret(h.start, h.end) }),
    );
  },
});
