/**
 * Shared pieces of the credentials rules: the "remove it" fix, placeholder and
 * randomness tests, and the spans already claimed by the specific detectors
 * (provider keys, JWTs, private keys, connection strings), so that the generic
 * rules (assignments, passwords, bearer headers, the entropy test) do not
 * report the same secret twice.
 */
import type { RuleContext } from '../../context';
import type { Suggestion } from '../../types';

/** Every credentials finding offers this fix; "[removed]" keeps the sentence readable ("GH_TOKEN: [removed]"). */
export const REMOVED = '[removed]';

export function removeSecret(start: number, end: number): Suggestion[] {
  return [{ label: 'Remove the secret', replacement: REMOVED, start, end }];
}

/** A short, non-revealing preview for messages: the first characters and an ellipsis. */
export function preview(secret: string, keep = 4): string {
  const url = /^[a-z]+:\/\/[^/]+\//i.exec(secret);
  if (url) return `${url[0]}…`;
  return `${secret.slice(0, Math.min(keep, Math.max(1, secret.length - 4)))}…`;
}

const counts = new Uint16Array(128);

/** Shannon entropy in bits per character (ASCII; other characters count as one class). */
export function entropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) counts[c] = (counts[c] ?? 0) + 1;
    else other++;
  }
  let h = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    const k = counts[c] ?? 0;
    if (k === 0) continue;
    const p = k / n;
    h -= p * Math.log2(p);
    counts[c] = 0;
  }
  if (other) h -= (other / n) * Math.log2(other / n);
  return h;
}

/** Which character classes a token uses: bit 1 lower, 2 upper, 4 digit, 8 other. */
export function classes(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) bits |= 1;
    else if (c >= 65 && c <= 90) bits |= 2;
    else if (c >= 48 && c <= 57) bits |= 4;
    else bits |= 8;
  }
  return bits;
}

export const countBits = (bits: number): number =>
  (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1) + ((bits >> 3) & 1);

/** Placeholders people put where a secret would go: "<your-key>", "${TOKEN}", "xxxx", "****", "changeme". */
const PLACEHOLDER =
  /^(?:[<{[($%]|\*|•|x{4}|\.{3})|your|here|example|placeholder|redacted|removed|hidden|changeme|dummy|sample|secret[_-]?(?:key|value)|xxx|\*\*\*|•••|123456|abcdef|process\.env|os\.environ|getenv|env\[|env\(|\.\.\.$/i;

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  // A run of one repeated character ("aaaaaaaa") or very few distinct characters is a stand-in.
  if (value.length < 6) return false;
  let distinct = 0;
  const seen = new Set<string>();
  for (const ch of value) {
    if (!seen.has(ch)) {
      seen.add(ch);
      distinct++;
      if (distinct >= 4) return false;
    }
  }
  return true;
}

/** Cached per check under `key`. */
export function memo<T>(ctx: RuleContext, key: string, compute: () => T): T {
  return ctx.cached(`credentials:${key}`, compute);
}
