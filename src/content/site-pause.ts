/**
 * Follows whether Postguard is paused on this site: the `pausedSites` entry for
 * this host in storage.local, which the popup writes, and the `disabledSites`
 * list of the options page (a site turned off there counts as paused until
 * turned back on). Reports every change of the effective state, including a
 * timed pause running out while the page is open.
 */
import browser from 'webextension-polyfill';
import {
  activePause,
  DISABLED_SITES_KEY,
  PAUSED_SITES_KEY,
  parseDisabledSites,
  parsePausedSites,
} from '../shared/pause';
import { adapterFor } from './adapters/index';

/** setTimeout's longest delay (about 24.8 days); a longer pause is re-checked when this one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const FOLLOWED_KEYS = [PAUSED_SITES_KEY, DISABLED_SITES_KEY] as const;
type Stored = Partial<Record<(typeof FOLLOWED_KEYS)[number], unknown>>;

export interface SitePauseOptions {
  host: string;
  /** Whether the policy in force lets the person pause; asked only when a pause is stored. */
  pauseAllowed(): Promise<boolean>;
  /** Called with the first state once it is known, then on every change. */
  onChange(paused: boolean): void;
}

/** Starts following; returns a function that stops. */
export function followSitePause({ host, pauseAllowed, onChange }: SitePauseOptions): () => void {
  const site = adapterFor(host).id;
  const stored: Stored = {};
  let paused: boolean | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let latest = 0; // answers of earlier, slower evaluations are dropped
  let stopped = false;
  const changedSinceStart = new Set<string>(); // then the first read may be older than what we already applied

  const evaluate = async () => {
    const run = ++latest;
    clearTimeout(expiry);
    const pause = activePause(parsePausedSites(stored[PAUSED_SITES_KEY]), host, Date.now());
    if (typeof pause === 'number') {
      expiry = setTimeout(() => void evaluate(), Math.min(pause - Date.now() + 1, MAX_TIMER_MS));
    }
    const off = parseDisabledSites(stored[DISABLED_SITES_KEY]).includes(site);
    const next = (pause !== null || off) && (await pauseAllowed());
    if (stopped || run !== latest || next === paused) return;
    paused = next;
    onChange(next);
  };

  const onStorageChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const keys = FOLLOWED_KEYS.filter((key) => key in changes);
    if (area !== 'local' || keys.length === 0) return;
    for (const key of keys) {
      changedSinceStart.add(key);
      stored[key] = changes[key]?.newValue;
    }
    void evaluate();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  void browser.storage.local
    .get([...FOLLOWED_KEYS])
    // Storage unreadable (the extension is being reloaded): run unpaused; invalidation stops us anyway.
    .catch(() => ({}) as Stored)
    .then((read: Stored) => {
      for (const key of FOLLOWED_KEYS) if (!changedSinceStart.has(key)) stored[key] = read[key];
      void evaluate();
    });

  return () => {
    stopped = true;
    clearTimeout(expiry);
    browser.storage.onChanged.removeListener(onStorageChanged);
  };
}
