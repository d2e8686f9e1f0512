// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../shared/messages';
import { ADAPTERS, adapterFor } from './index';

describe('site adapters', () => {
  it('has one adapter file per supported site', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...SITE_IDS].sort());
  });

  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
    ['www.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['www.reddit.com', 'reddit'],
    ['old.reddit.com', 'reddit'],
    ['bsky.app', 'bluesky'],
    ['www.threads.net', 'threads'],
    ['www.threads.com', 'threads'],
    ['www.youtube.com', 'youtube'],
    ['mastodon.social', 'mastodon'],
    ['fosstodon.org', 'mastodon'],
  ])('%s → %s', (host, id) => {
    expect(adapterFor(host).id).toBe(id);
  });

  it('every selector is valid CSS', () => {
    for (const { adapter } of ADAPTERS) {
      for (const box of adapter.boxes) expect(() => document.querySelector(box.selector)).not.toThrow();
    }
  });
});
