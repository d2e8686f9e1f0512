import { defineRule, type Hit } from '../../kinds/rule';
import { privateKeys } from './_detectors';
import { removeSecret } from './_secrets';

export default defineRule({
  description:
    'Private key blocks (PEM, OpenSSH, PGP, PuTTY), from the BEGIN line to the END line or the end of the key body.',
  severity: 'block',
  messages: {
    default: 'This is a private key; even part of one should never be posted. Generate a new key pair.',
  },
  detect(ctx) {
    return privateKeys(ctx).map(
      (h): Hit => ({ start: h.start, end: h.end, suggestions: removeSecret(h.start, h.end) }),
    );
  },
});
