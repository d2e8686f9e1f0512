// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
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
      for (const box of adapter.boxes) {
        for (const selector of [box.selector, box.send.container, box.send.controls])
          expect(() => document.querySelector(selector)).not.toThrow();
      }
    }
  });

  it('the manifest runs the content script on every adapter host', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    for (const { adapter } of ADAPTERS) {
      for (const host of adapter.hosts) {
        const pattern = host.startsWith('.') ? `https://*${host}/*` : `https://${host}/*`;
        const covered =
          matches.includes(pattern) || (host.startsWith('.') && matches.some((m) => m.endsWith(`${host}/*`)));
        expect(covered, `${host} is not in manifest.json content_scripts.matches`).toBe(true);
      }
    }
  });

  it('every adapter has a fixture page built from its real editor', () => {
    for (const { id } of ADAPTERS) {
      // happy-dom's URL resolves against its own page, so build the path with node:path.
      const file = resolve(
        dirname(fileURLToPath(import.meta.url)),
        '../../../tests/fixtures/src',
        `${id}.ts`,
      );
      expect(existsSync(file), id).toBe(true);
    }
  });
});
