import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const storage = vi.hoisted(() => {
  let local: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  return {
    reset(next: Record<string, unknown>) {
      local = { ...next };
      listeners.clear();
    },
    set(items: Record<string, unknown>) {
      Object.assign(local, items);
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
      for (const listener of listeners) listener(changes, 'local');
    },
    browser: {
      storage: {
        local: {
          get: async (keys: string[]) =>
            Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, local[k]])),
        },
        onChanged: {
          addListener: (l: Listener) => listeners.add(l),
          removeListener: (l: Listener) => listeners.delete(l),
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: storage.browser }));
const { followSitePause } = await import('./site-pause');

/** Follows `host` and returns the states reported so far (the array fills as they come). */
function follow(host: string, pauseAllowed = true) {
  const states: boolean[] = [];
  const stop = followSitePause({
    host,
    pauseAllowed: async () => pauseAllowed,
    onChange: (p) => states.push(p),
  });
  return { states, stop };
}

/** Lets every pending evaluation finish (they wait only on promises, never on time). */
const settled = () => new Promise((resolve) => setTimeout(resolve));

let stopFollowing: (() => void) | undefined;
afterEach(() => stopFollowing?.());

describe('followSitePause', () => {
  it('treats a site turned off on the options page as paused, and follows it back on', async () => {
    storage.reset({ disabledSites: ['linkedin'] });
    const { states, stop } = follow('www.linkedin.com');
    stopFollowing = stop;
    await vi.waitFor(() => expect(states).toEqual([true]));
    storage.set({ disabledSites: ['reddit'] });
    await vi.waitFor(() => expect(states).toEqual([true, false]));
  });

  it('is not paused when another site is off', async () => {
    storage.reset({ disabledSites: ['x', 'reddit'] });
    const { states, stop } = follow('bsky.app');
    stopFollowing = stop;
    await vi.waitFor(() => expect(states).toEqual([false]));
  });

  it('keeps guarding a site turned off when the policy does not allow pausing', async () => {
    storage.reset({ disabledSites: ['bluesky'] });
    const { states, stop } = follow('bsky.app', false);
    stopFollowing = stop;
    await vi.waitFor(() => expect(states).toEqual([false]));
  });

  it('stays paused while either a pause or the switch holds it', async () => {
    storage.reset({ pausedSites: { 'x.com': 'manual' } });
    const { states, stop } = follow('x.com');
    stopFollowing = stop;
    await vi.waitFor(() => expect(states).toEqual([true]));
    storage.set({ disabledSites: ['x'] });
    storage.set({ pausedSites: {} });
    await settled();
    expect(states).toEqual([true]);
    storage.set({ disabledSites: [] });
    await vi.waitFor(() => expect(states).toEqual([true, false]));
  });
});
