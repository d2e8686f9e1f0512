import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { digitTokens, MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';
import { claimedSpans } from './_detectors';
import { classes, countBits, entropy, isPlaceholder, memo, preview, removeSecret } from './_secrets';

/**
 * Config lines and code that assign a secret: `API_KEY=…`, `GH_TOKEN: …`,
 * `"clientSecret": "…"`, `aws_session_token = '…'`, `?access_token=…`.
 * The name must contain a secret word as a whole segment ("monkey" is not a key).
 */
const ASSIGN_RE =
  /(?<![A-Za-z0-9_.-])(["']?)([A-Za-z][A-Za-z0-9_.-]{0,60})\1[ \t]*(?::=|=>|[:=])[ \t]*(["'`]?)([^\s"'`,;]{8,256})/g;
const HINT = /key|token|secret|auth|credential|passw|pwd|dsn|signature|sig\b/i;

/** Name segments that mark a secret ("STRIPE_SECRET_KEY", "clientSecret", "apiKey", "auth_token"). */
const SECRET_SEGMENT =
  /^(?:key|keys|apikey|token|tokens|secret|secrets|credential|credentials|auth|authkey|dsn|signature|sig|privatekey|accesskey|passphrase)$/;
/** Handled by the password rule. */
const PASSWORD_SEGMENT = /^(?:password|passwd|pwd|pass|passwort)$/;
/** Names that end in a secret word but hold no secret. */
const NOT_SECRET_NAME =
  /(?:^|[_.-])(?:public|publishable|pub|id|name|type|file|path|url|uri|length|size|count|len|expiry|expires|ttl|alg|algorithm)(?:$|[_.-])|^(?:primary|foreign|sort|partition|hash|index|api|max|min)$/i;

function segments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_.-]+/)
    .filter(Boolean);
}

function looksSecret(value: string): boolean {
  if (isPlaceholder(value) || value.includes('://') || value.includes('@')) return false;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value)) return false;
  const bits = classes(value);
  const kinds = countBits(bits);
  // Prose after "Key:" ("Key: consistently…") is one class of letters; secrets mix classes.
  if (kinds < 2) return /^[a-f0-9]{24,}$/i.test(value) || (value.length >= 24 && entropy(value) >= 4);
  if (/^\d+(?:\.\d+)*$/.test(value) || /^(?:true|false|null|none|undefined)$/i.test(value)) return false;
  // Short values need all of lower case, upper case and digits (or 16+ hex digits); longer ones two classes.
  if (value.length < 16 && (bits & 7) !== 7 && !/^[a-f0-9]{16,}$/i.test(value)) return false;
  return entropy(value) >= 3;
}

/** Cached, so the entropy rule can skip what this rule reports. */
export function find(ctx: RuleContext): Hit[] {
  return memo(ctx, 'assignment', () => {
    const text = ctx.text;
    const hits: Hit[] = [];
    let lastEnd = -1;
    let budget = MAX_CANDIDATES;
    for (const t of digitTokens(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (t.end - t.start < 8 || t.end <= lastEnd) continue;
      if (--budget < 0) break;
      const from = Math.max(0, t.start - 70);
      const window = text.slice(from, t.end);
      if (!/[:=]/.test(window) || !HINT.test(window)) continue;
      ASSIGN_RE.lastIndex = 0;
      for (let m = ASSIGN_RE.exec(window); m; m = ASSIGN_RE.exec(window)) {
        // Rescan from the value: "https://…?access_token=…" first matches as "https" = "//…".
        ASSIGN_RE.lastIndex = m.index + m[0].length - (m[4] ?? '').length;
        const name = m[2] ?? '';
        const segs = segments(name);
        const last = segs[segs.length - 1] ?? '';
        if (PASSWORD_SEGMENT.test(last) || NOT_SECRET_NAME.test(name)) continue;
        if (!segs.some((s) => SECRET_SEGMENT.test(s))) continue;
        let value = m[4] ?? '';
        value = value.replace(/[.)\]}>]+$/, '');
        const start = from + m.index + m[0].length - (m[4] ?? '').length;
        const end = start + value.length;
        if (end <= t.start || start < lastEnd || !looksSecret(value)) continue;
        if (claimedSpans(ctx).overlaps(start, end)) continue;
        lastEnd = end;
        hits.push({
          start,
          end,
          data: { name, preview: preview(value) },
          suggestions: removeSecret(start, end),
        });
      }
    }
    return hits;
  });
}

export default defineRule({
  description:
    'Assignments of secrets in config or code: *_KEY=, *_TOKEN=, *_SECRET=, "apiKey": "…", access_token=… with a real-looking value.',
  severity: 'block',
  messages: {
    default: 'This assigns a secret value to {name} ({preview}).',
  },
  detect: find,
});
