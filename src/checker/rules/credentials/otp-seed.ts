import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { digitTokens, MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';
import { claimedSpans } from './_detectors';
import { memo, removeSecret } from './_secrets';

/**
 * A TOTP/2FA seed: base32 (A–Z, 2–7), 16+ characters, maybe in groups of four,
 * shortly after "seed", "secret", "otp", "2fa", "setup key"… Anyone with it can
 * generate the person's one-time codes.
 */
const SEED_RE =
  /(?<![a-z0-9])(?:seed|secret|otp|totp|hotp|2fa|mfa|authenticator|setup key|recovery key|otpauth)(?![a-z0-9])[^\n]{0,48}?(?<![A-Za-z0-9])([A-Z2-7]{4}(?:[ -]?[A-Z2-7]{4}){3,15}=*|[a-z2-7]{4}(?: ?[a-z2-7]{4}){3,15})(?![A-Za-z0-9])/gi;
/** A token that can be (part of) a base32 seed, maybe with punctuation around it. */
const BASE32_PIECE = /^["'(:]*(?:[A-Z2-7]{4,}|[a-z2-7]{4,})=*["'),.;:]*$/;
const HAS_LETTER = /[A-Za-z]/;
const SECRET_PARAM = /secret=/i;
const HINT = /seed|secret|otp|2fa|mfa|authenticator|setup key|recovery key/i;

function isBase32Seed(token: string): boolean {
  const raw = token.replace(/[ =-]/g, '');
  if (raw.length < 16) return false;
  // One case only, and both letters and the digits 2–7: an upper-case word is not a seed.
  if (raw !== raw.toUpperCase() && raw !== raw.toLowerCase()) return false;
  const digits = raw.replace(/[^2-7]/g, '').length;
  return digits >= 2 && raw.length - digits >= 6;
}

/** Cached, so the entropy rule can skip what this rule reports. */
export function find(ctx: RuleContext): Hit[] {
  return memo(ctx, 'otp', () => {
    const text = ctx.text;
    const hits: Hit[] = [];
    let searchedTo = -1;
    let budget = MAX_CANDIDATES;
    for (const t of digitTokens(ctx)) {
      // A seed (or one group of it) is base32: letters and the digits 2-7.
      if (hits.length >= MAX_HITS) break;
      if (t.end <= searchedTo) continue;
      // Both kinds of candidate have at least four characters.
      if (t.text.length < 4) continue;
      if (!(BASE32_PIECE.test(t.text) && HAS_LETTER.test(t.text)) && !SECRET_PARAM.test(t.text)) continue;
      if (--budget < 0) break;
      const from = Math.max(0, t.start - 80);
      const window = text.slice(from, t.end + 120);
      if (!HINT.test(window)) continue;
      SEED_RE.lastIndex = 0;
      for (let m = SEED_RE.exec(window); m; m = SEED_RE.exec(window)) {
        const token = m[1] ?? '';
        if (!isBase32Seed(token)) continue;
        const start = from + m.index + m[0].length - token.length;
        const end = start + token.length;
        if (start < searchedTo || claimedSpans(ctx).overlaps(start, end)) continue;
        hits.push({ start, end, suggestions: removeSecret(start, end) });
        searchedTo = Math.max(searchedTo, end);
      }
    }
    return hits;
  });
}

export default defineRule({
  description: 'TOTP/2FA seeds (base32 secrets after "seed", "secret", "otp", "2FA", "setup key").',
  severity: 'block',
  messages: {
    default: 'This looks like a one-time-password seed; anyone who has it can generate your login codes.',
  },
  detect: find,
});
