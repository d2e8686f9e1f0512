import browser from 'webextension-polyfill';

/**
 * The tab the popup is about: the active tab of the popup's window. `?tab=<id>` names another,
 * because a popup opened as an ordinary page (as the e2e tests must: headless Chromium cannot
 * open the real popup) is itself the active tab. Only the extension's own pages can open it.
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tab');
  // Chromium's tab ids can be large (ten digits and more): any non-negative safe integer.
  if (fromQuery !== null && /^\d+$/.test(fromQuery) && Number.isSafeInteger(Number(fromQuery)))
    return Number(fromQuery);
  // No permission needed: only the tab's URL would need one, and the content script reports its own host.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
