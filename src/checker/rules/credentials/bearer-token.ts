import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { digitTokens, MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';
import { claimedSpans } from './_detectors';
import { classes, countBits, entropy, isPlaceholder, memo, preview, removeSecret } from './_secrets';

/** "Authorization: Bearer …", "Authorization: token …", "Basic …", or "Bearer …" on its own. */
const BEARER_RE =
  /(?:\bauthorization["']?\s*[:=]\s*["']?(bearer|basic|token|bot|digest)\s+|\bbearer\s+)([A-Za-z0-9._~+/=-]{12,2048})/gi;

/** Cached, so the entropy rule can skip what this rule reports. */
export function find(ctx: RuleContext): Hit[] {
  return memo(ctx, 'bearer', () => {
    const text = ctx.text;
    const hits: Hit[] = [];
    let lastEnd = -1;
    let budget = MAX_CANDIDATES;
    for (const t of digitTokens(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (t.end - t.start < 12 || t.end <= lastEnd) continue;
      if (--budget < 0) break;
      const from = Math.max(0, t.start - 48);
      const window = text.slice(from, t.end);
      if (!/bearer|authorization/i.test(window)) continue;
      BEARER_RE.lastIndex = 0;
      for (let m = BEARER_RE.exec(window); m; m = BEARER_RE.exec(window)) {
        const value = m[2] ?? '';
        const start = from + m.index + m[0].length - value.length;
        const end = start + value.length;
        if (end <= t.start || start < lastEnd) continue;
        const scheme = (m[1] ?? 'bearer').toLowerCase();
        // "ring bearer", "bearer bonds": a token mixes letters and digits.
        const minLength = m[1] ? 12 : 16;
        if (value.length < minLength || isPlaceholder(value)) continue;
        if (countBits(classes(value)) < 2 || !/\d/.test(value) || entropy(value) < 3) continue;
        if (scheme === 'basic' && value.length < 8) continue;
        if (claimedSpans(ctx).overlaps(start, end)) continue;
        hits.push({ start, end, data: { preview: preview(value) }, suggestions: removeSecret(start, end) });
        lastEnd = end;
      }
    }
    return hits;
  });
}

export default defineRule({
  description: 'Bearer, Basic and token credentials in Authorization headers or after the word "Bearer".',
  severity: 'block',
  messages: {
    default: 'This looks like an access token from an Authorization header ({preview}).',
  },
  detect: find,
});
