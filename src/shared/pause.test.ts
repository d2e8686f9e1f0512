import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { activePause, parseDisabledSites, parsePausedSites, withPause, withSiteEnabled } =
  await import('./pause');

const NOW = 1_750_000_000_000;

describe('parsePausedSites', () => {
  it('keeps times and manual pauses, drops anything else', () => {
    expect(
      parsePausedSites({ 'x.com': NOW, 'bsky.app': 'manual', bad: 'soon', worse: null, nan: Number.NaN }),
    ).toEqual({ 'x.com': NOW, 'bsky.app': 'manual' });
  });

  it.each([undefined, null, 'x.com', 42, ['x.com']])('reads %j as no pauses', (raw) => {
    expect(parsePausedSites(raw)).toEqual({});
  });
});

describe('activePause', () => {
  const sites = { 'x.com': NOW + 1000, 'bsky.app': 'manual' as const, 'old.example': NOW - 1 };

  it('returns a pause that has not run out', () => {
    expect(activePause(sites, 'x.com', NOW)).toBe(NOW + 1000);
    expect(activePause(sites, 'bsky.app', NOW)).toBe('manual');
  });

  it('ignores an expired pause and unknown hosts', () => {
    expect(activePause(sites, 'x.com', NOW + 1000)).toBeNull();
    expect(activePause(sites, 'old.example', NOW)).toBeNull();
    expect(activePause(sites, 'www.linkedin.com', NOW)).toBeNull();
    expect(activePause(sites, 'constructor', NOW)).toBeNull();
  });
});

describe('withPause', () => {
  it('adds and removes a pause and drops expired ones', () => {
    const sites = { 'bsky.app': 'manual' as const, 'old.example': NOW - 1 };
    expect(withPause(sites, 'x.com', NOW + 10, NOW)).toEqual({ 'bsky.app': 'manual', 'x.com': NOW + 10 });
    expect(withPause(sites, 'bsky.app', null, NOW)).toEqual({});
  });
});

describe('parseDisabledSites', () => {
  it('keeps known site ids, each once, in the order of SITE_IDS', () => {
    expect(parseDisabledSites(['reddit', 'x', 'myspace', 7, 'x', null])).toEqual(['x', 'reddit']);
  });

  it.each([undefined, null, 'x', { x: true }])('reads %j as no site turned off', (raw) => {
    expect(parseDisabledSites(raw)).toEqual([]);
  });
});

describe('withSiteEnabled', () => {
  it('turns a site off and on again without touching the others', () => {
    const off = withSiteEnabled(['reddit'], 'linkedin', false);
    expect(off).toEqual(['linkedin', 'reddit']);
    expect(withSiteEnabled(off, 'linkedin', false)).toEqual(['linkedin', 'reddit']);
    expect(withSiteEnabled(off, 'linkedin', true)).toEqual(['reddit']);
  });
});
