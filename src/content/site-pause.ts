/**
 * Follows whether Postguard is paused on this site: the `pausedSites` entry for
 * this host in storage.local, which the popup writes. Reports every change of
 * the effective state, including a timed pause running out while the page is open.
 */
import browser from 'webextension-polyfill';
import { activePause, PAUSED_SITES_KEY, parsePausedSites, readPausedSites } from '../shared/pause';

/** setTimeout's longest delay (about 24.8 days); a longer pause is re-checked when this one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SitePauseOptions {
  host: string;
  /** Whether the policy in force lets the person pause; asked only when a pause is stored. */
  pauseAllowed(): Promise<boolean>;
  /** Called with the first state once it is known, then on every change. */
  onChange(paused: boolean): void;
}

/** Starts following; returns a function that stops. */
export function followSitePause({ host, pauseAllowed, onChange }: SitePauseOptions): () => void {
  let paused: boolean | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let latest = 0; // answers of earlier, slower evaluations are dropped
  let stopped = false;
  let changedSinceStart = false; // then the first read may be older than what we already applied

  const evaluate = async (raw: unknown) => {
    const run = ++latest;
    clearTimeout(expiry);
    const pause = activePause(parsePausedSites(raw), host, Date.now());
    if (typeof pause === 'number') {
      expiry = setTimeout(() => void evaluate(raw), Math.min(pause - Date.now() + 1, MAX_TIMER_MS));
    }
    const next = pause !== null && (await pauseAllowed());
    if (stopped || run !== latest || next === paused) return;
    paused = next;
    onChange(next);
  };

  const onStorageChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(PAUSED_SITES_KEY in changes)) return;
    changedSinceStart = true;
    void evaluate(changes[PAUSED_SITES_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  void readPausedSites()
    // Storage unreadable (the extension is being reloaded): run unpaused; invalidation stops us anyway.
    .catch(() => undefined)
    .then((sites) => {
      if (!changedSinceStart) void evaluate(sites);
    });

  return () => {
    stopped = true;
    clearTimeout(expiry);
    browser.storage.onChanged.removeListener(onStorageChanged);
  };
}
