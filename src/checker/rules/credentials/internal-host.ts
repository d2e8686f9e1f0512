import { defineRule, type Hit } from '../../kinds/rule';
import type { CompiledPolicy } from '../../policy/compile';
import { fold } from '../../text/normalize';
import type { Suggestion } from '../../types';
import { MAX_CANDIDATES, MAX_HITS, SpanSet } from '../_shared/secrets-scan';

/**
 * Links to and names of internal-only hosts: the policy's internal hosts
 * (anywhere, with or without a URL around them), and any host under .internal,
 * .corp, .intranet, .local, .lan, .localdomain or .home.arpa when it appears
 * in a URL or connection string (after "://" or "@", or before ":port" or "/path").
 */
/** Starts with a literal dot, so the scan skips quickly through ordinary text. */
const GENERIC_SUFFIXES = 'internal|corp|intranet|local|lan|localdomain|arpa';
/** Characters a URL can continue with after the host. */
const URL_TAIL = /(?::\d{1,5})?(?:[/?#][^\s<>"'`]{0,2048})?/y;
function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** Where a host name starts: walk back from its last dot over letters, digits, dots and hyphens. */
function hostStart(text: string, dot: number): number | null {
  let i = dot;
  while (i > 0 && dot - i < 253 && isHostChar(text.charCodeAt(i - 1))) i--;
  while (i < dot && (text[i] === '.' || text[i] === '-')) i++;
  return i < dot ? i : null;
}
/** Gate matches looked at, at most (a pathological post full of ".local" stays linear). */
const MAX_GATE = 2000;
const SCHEME_BEFORE = /(?:[a-z][a-z0-9+.-]{1,20}:\/\/(?:[^\s/@]{1,128}@)?|\/\/)$/i;

/** Expands a host to the whole URL around it and trims trailing punctuation. */
function urlAround(text: string, start: number, end: number): [number, number, boolean, boolean] {
  const head = text.slice(Math.max(0, start - 160), start);
  const scheme = SCHEME_BEFORE.exec(head);
  URL_TAIL.lastIndex = end;
  const tail = URL_TAIL.exec(text)?.[0] ?? '';
  let s = start;
  if (scheme) s = start - scheme[0].length;
  let e = end + tail.length;
  while (e > end && /[.,;:!?)\]}'"]/.test(text[e - 1] ?? '')) e--;
  return [s, e, Boolean(scheme), tail.length > 0];
}

const gateCache = new WeakMap<CompiledPolicy, { gate: RegExp; always: boolean }>();

/**
 * One scan that starts at dots: the generic internal suffixes plus the last
 * label of each of the policy's internal hosts ("wiki.acme.corp" → ".corp").
 * Group 1 is set when a policy suffix matched.
 */
function gateOf(policy: CompiledPolicy): { gate: RegExp; always: boolean } {
  let cached = gateCache.get(policy);
  if (!cached) {
    const hosts = (policy.source.organization?.internalHosts ?? [])
      .map((h) => fold(h).trim())
      .filter(Boolean);
    const labels = hosts.map((h) => h.split('.').pop() ?? '').filter((l) => /^[a-z0-9-]+$/.test(l));
    const own = labels.length ? `|(${[...new Set(labels)].join('|')})` : '';
    const gate = new RegExp(`\\.(?:${GENERIC_SUFFIXES}${own})(?![a-z0-9_-])`, 'g');
    // A host written without a dot ("intranet") cannot be found from a dot: ask the term matcher every time.
    cached = { gate, always: hosts.some((h) => !h.includes('.')) };
    gateCache.set(policy, cached);
  }
  return cached;
}

function removeLink(text: string, start: number, end: number): Suggestion[] {
  // Take one adjacent space along, so the sentence does not keep a double space.
  let s = start;
  let e = end;
  if (text[e] === ' ') e++;
  else if (text[s - 1] === ' ') s--;
  return [{ label: 'Remove the link', replacement: '', start: s, end: e }];
}

export default defineRule({
  description:
    'Internal-only hosts and links: the policy’s internal hosts, and URLs on .internal, .corp, .intranet, .local and .lan hosts.',
  severity: 'block',
  messages: {
    default:
      'This points to an internal host ({host}) that is not meant to be public; it reveals internal systems.',
  },
  detect(ctx) {
    const text = ctx.text;
    const folded = ctx.folded;
    const hits: Hit[] = [];
    const { gate, always } = gateOf(ctx.policy);
    // Dots followed by an internal suffix; group 1 means one of the policy's own hosts may be there.
    const generic: number[] = [];
    let own = always;
    gate.lastIndex = 0;
    for (let g = gate.exec(folded), n = 0; g && n < MAX_GATE; g = gate.exec(folded), n++) {
      if (g[1] !== undefined) own = true;
      else generic.push(g.index, g.index + g[0].length);
    }
    // A policy host may also end in a generic suffix (".corp"): the term matcher then runs too.
    const mentions = own || generic.length > 0 ? ctx.internalHostMentions : [];
    for (const m of mentions) {
      if (hits.length >= MAX_HITS) break;
      const [hs, he] = ctx.span(m.start, m.end);
      const [s, e] = urlAround(text, hs, he);
      hits.push({
        start: s,
        end: e,
        data: { host: text.slice(hs, he) },
        suggestions: removeLink(text, s, e),
      });
    }
    const taken = new SpanSet(hits.map((h) => [h.start, h.end] as const));
    let lastEnd = -1;
    const sameOffsets = ctx.sameOffsets;
    for (
      let i = 0;
      i < generic.length && i < 2 * MAX_CANDIDATES && hits.length < MAX_HITS && sameOffsets;
      i += 2
    ) {
      const dot = generic[i] ?? 0;
      const he = generic[i + 1] ?? 0;
      if (dot < lastEnd) continue;
      const hs = hostStart(text, dot);
      if (hs === null || /[A-Za-z0-9_.-]/.test(text[hs - 1] ?? '') || taken.overlaps(hs, he)) continue;
      const [s, e, scheme, tail] = urlAround(text, hs, he);
      // A bare name ("the .local domain", "printer.local") is not a link; an e-mail address is not either.
      if (!scheme && (!tail || text[hs - 1] === '@')) continue;
      hits.push({
        start: s,
        end: e,
        data: { host: text.slice(hs, he) },
        suggestions: removeLink(text, s, e),
      });
      lastEnd = e;
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
