/**
 * The toolbar popup as the e2e tests open it. Headless Chromium cannot open the real popup, so
 * its page is opened in a tab; `?tab=<id>` points it at a page's tab, which a real popup would
 * find as the active tab of its window.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LaunchedBrowser } from './browser';

export async function openPopup(browser: LaunchedBrowser, tabId?: number): Promise<Page> {
  const page = await browser.context.newPage();
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html${query}`);
  return page;
}

/**
 * The browser's id for `page`'s tab, as a real popup would find it: the active tab of the
 * focused window. Checked by asking that tab's content script for its host.
 */
export async function tabIdOf(browser: LaunchedBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.serviceWorker!;
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  const status = await worker.evaluate(
    (tabId) => chrome.tabs.sendMessage(tabId, { postguard: 1, type: 'tabStatus', payload: {} }),
    id,
  );
  expect(status).toMatchObject({ host: new URL(page.url()).hostname });
  return id;
}
