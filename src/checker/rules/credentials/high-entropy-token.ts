import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { digitTokens, MAX_CANDIDATES, MAX_HITS, SpanSet } from '../_shared/secrets-scan';
import { claimedSpans } from './_detectors';
import { classes, countBits, entropy, isPlaceholder, preview, removeSecret } from './_secrets';
import { find as bearerTokens } from './bearer-token';
import { find as otpSeeds } from './otp-seed';
import { find as passwords } from './password';
import { find as assignments } from './secret-assignment';

/**
 * Unknown long random tokens. A token counts when a secret word is near it
 * ("here's my key: …") or when it is so random that it can hardly be anything
 * else: 24+ characters of mixed case and digits that switch class constantly.
 * Not: URLs and their paths, hex hashes (commits), tracking and order numbers
 * (digits and capitals), hashtags, handles, CamelCase identifiers.
 */
const TOKEN_RE = /(?<![A-Za-z0-9_+/=-])[A-Za-z0-9_+/-]{20,512}={0,2}(?![A-Za-z0-9_+/=-])/g;
/** A link, or a domain with a path: its parts are not secrets (a key in a query string is the assignment rule's). */
const URL_LIKE = /:\/\/|^[("'<]?www\.|^[("'<]?[\w-]+(?:\.[\w-]+)+\//;
const SECRET_WORD =
  /(?<![a-z])(?:key|keys|token|secret|password|passwd|pwd|api|apikey|credential|credentials|auth|bearer|private|signing|clave|llave|schlussel|cle|clef|chave|senha|contrasena|passwort|mot de passe|jeton)(?![a-z])/;
const HASH_WORD =
  /(?<![a-z])(?:commit|sha|sha1|sha256|hash|checksum|md5|digest|build|revision|rev|tracking|order|invoice|isbn)(?![a-z])/;

/** Share of adjacent pairs that switch character class (lower/upper/digit/other): high in random strings, low in words. */
function switchRate(s: string): number {
  let prev = -1;
  let switches = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3;
    if (prev !== -1 && k !== prev) switches++;
    prev = k;
  }
  return switches / (s.length - 1);
}

function foldWindow(s: string): string {
  const lower = s.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** What the other credentials rules report, so one secret gets one finding. */
function reported(ctx: RuleContext): SpanSet {
  const others = [...assignments(ctx), ...bearerTokens(ctx), ...passwords(ctx), ...otpSeeds(ctx)];
  const claimed = claimedSpans(ctx);
  if (others.length === 0) return claimed;
  return new SpanSet([...claimed.spans, ...others.map((h) => [h.start, h.end] as const)]);
}

export default defineRule({
  description:
    'Long random-looking tokens that are probably keys or passwords: near a secret word, or very random mixed-case letters and digits.',
  severity: 'block',
  messages: {
    default: 'This long random string looks like a key or token ({preview}).',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    let others: SpanSet | null = null;
    let budget = MAX_CANDIDATES;
    for (const t of digitTokens(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (t.end - t.start < 20 || t.end - t.start > 8192 || URL_LIKE.test(t.text)) continue;
      if (--budget < 0) break;
      TOKEN_RE.lastIndex = 0;
      for (let m = TOKEN_RE.exec(t.text); m; m = TOKEN_RE.exec(t.text)) {
        let token = m[0];
        const start = t.start + m.index;
        const before = text[start - 1];
        if (before === '#' || before === '@' || before === '.' || text[start + token.length] === '@')
          continue;
        token = token.replace(/[-_]+$/, '');
        const end = start + token.length;
        const bits = classes(token);
        // Needs digits and letters at least; words joined by hyphens or underscores are not secrets.
        if ((bits & 4) === 0 || (bits & 3) === 0 || isPlaceholder(token)) continue;
        if (
          /^(?:[A-Za-z]+[-_])+[A-Za-z0-9]+$/.test(token) &&
          !/\d[A-Za-z]|[A-Za-z]\d/.test(token.replace(/[-_]/g, ' '))
        )
          continue;
        const hex = /^[0-9a-f]+$/i.test(token);
        const window = foldWindow(text.slice(Math.max(0, start - 50), end + 50));
        const near = SECRET_WORD.test(window);
        const rate = switchRate(token);
        const h = entropy(token);
        let secret: boolean;
        if (near && !HASH_WORD.test(window)) {
          secret = hex ? token.length >= 32 : countBits(bits) >= 2 && h >= 3.3 && rate >= 0.2;
        } else {
          secret = !hex && (bits & 7) === 7 && token.length >= 24 && h >= 3.9 && rate >= 0.3;
        }
        if (!secret) continue;
        others ??= reported(ctx);
        if (others.overlaps(start, end)) continue;
        hits.push({ start, end, data: { preview: preview(token) }, suggestions: removeSecret(start, end) });
      }
    }
    return hits;
  },
});
