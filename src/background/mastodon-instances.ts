/**
 * Mastodon runs on thousands of hosts. mastodon.social is in the manifest; any
 * other instance is added by the person, who grants that one host's permission
 * at that moment (optional_host_permissions). The content script is then
 * registered for exactly the granted hosts, and unregistered when a grant is removed.
 */
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'postguard-mastodon-instances';

/** "fosstodon.org" or "https://fosstodon.org/web/home" → "https://fosstodon.org/*"; null if not a host. */
export function originPattern(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return null;
  return `https://${host}/*`;
}

/** Host patterns the person granted beyond the manifest's own sites. */
export async function grantedInstances(): Promise<string[]> {
  const manifest = browser.runtime.getManifest();
  const builtIn = new Set(manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter(
    (o) => o.startsWith('https://') && !o.includes('*.') && o !== 'https://*/*' && !builtIn.has(o),
  );
}

/** Registers the content script for every granted instance (or none). */
export async function syncInstanceScripts(): Promise<void> {
  const matches = await grantedInstances();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) return;
  const content = browser.runtime.getManifest().content_scripts?.[0];
  if (!content?.js) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      js: content.js,
      css: content.css ?? [],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}

export function watchInstanceGrants(): void {
  browser.permissions.onAdded.addListener(() => void syncInstanceScripts());
  browser.permissions.onRemoved.addListener(() => void syncInstanceScripts());
  browser.runtime.onInstalled.addListener(() => void syncInstanceScripts());
  browser.runtime.onStartup.addListener(() => void syncInstanceScripts());
}
