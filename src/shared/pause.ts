/**
 * Pausing Postguard on one site. The popup writes the pause and the site's
 * content script follows it, both through storage.local, so a pause survives
 * the worker stopping and applies to every open tab of the site at once.
 *
 * Stored as `pausedSites: { [host]: untilEpochMs | 'manual' }`. A pause whose
 * time has passed is ignored wherever it is read, and dropped at the next write.
 */
import browser from 'webextension-polyfill';
import { SITE_IDS, type SiteId } from './messages';

export const PAUSED_SITES_KEY = 'pausedSites';

/** When the pause ends: a time (ms since the epoch), or 'manual' for "until I turn it back on". */
export type SitePause = number | 'manual';
export type PausedSites = Record<string, SitePause>;

export const ONE_HOUR_MS = 60 * 60 * 1000;

/** Keeps the well-formed entries of whatever is stored (storage is never trusted blindly). */
export function parsePausedSites(raw: unknown): PausedSites {
  const sites: PausedSites = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return sites;
  for (const [host, until] of Object.entries(raw)) {
    if (until === 'manual' || (typeof until === 'number' && Number.isFinite(until))) sites[host] = until;
  }
  return sites;
}

/** The pause in force for `host` at `now`, or null when the site is not paused (or its pause ran out). */
export function activePause(sites: PausedSites, host: string, now: number): SitePause | null {
  const until = Object.hasOwn(sites, host) ? sites[host] : undefined;
  if (until === undefined) return null;
  return until === 'manual' || until > now ? until : null;
}

/** `sites` with `host` paused until `until` (or resumed, for null), and every expired pause dropped. */
export function withPause(sites: PausedSites, host: string, until: SitePause | null, now: number): PausedSites {
  const next: PausedSites = {};
  for (const [h, u] of Object.entries(sites)) if (h !== host && activePause(sites, h, now) !== null) next[h] = u;
  if (until !== null) next[host] = until;
  return next;
}

export async function readPausedSites(): Promise<PausedSites> {
  const stored = await browser.storage.local.get(PAUSED_SITES_KEY);
  return parsePausedSites(stored[PAUSED_SITES_KEY]);
}

/** Pauses `host` until `until`, or resumes it for null. */
export async function setSitePause(host: string, until: SitePause | null): Promise<void> {
  const sites = withPause(await readPausedSites(), host, until, Date.now());
  await browser.storage.local.set({ [PAUSED_SITES_KEY]: sites });
}

// ---- Turning a site off altogether (the options page) ----

/**
 * Sites the person turned off on the options page, as `disabledSites: SiteId[]`. A site that is
 * off is followed like one paused until turned back on, so the same policy rule applies: where
 * the organization does not allow pausing, turning a site off does not stop Postguard either.
 */
export const DISABLED_SITES_KEY = 'disabledSites';

const siteIds: ReadonlySet<string> = new Set(SITE_IDS);

/** The known site ids of whatever is stored, each once, in SITE_IDS order. */
export function parseDisabledSites(raw: unknown): SiteId[] {
  if (!Array.isArray(raw)) return [];
  const stored = new Set(raw.filter((id): id is SiteId => typeof id === 'string' && siteIds.has(id)));
  return SITE_IDS.filter((id) => stored.has(id));
}

/** `disabled` with `site` turned on or off. */
export function withSiteEnabled(disabled: readonly SiteId[], site: SiteId, enabled: boolean): SiteId[] {
  const next = new Set(disabled);
  if (enabled) next.delete(site);
  else next.add(site);
  return SITE_IDS.filter((id) => next.has(id));
}

export async function readDisabledSites(): Promise<SiteId[]> {
  const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
  return parseDisabledSites(stored[DISABLED_SITES_KEY]);
}

export async function setSiteEnabled(site: SiteId, enabled: boolean): Promise<void> {
  const disabled = withSiteEnabled(await readDisabledSites(), site, enabled);
  await browser.storage.local.set({ [DISABLED_SITES_KEY]: disabled });
}
