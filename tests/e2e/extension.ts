/** Loading the built extension for e2e tests, and reading its UI through the DOM contract hooks. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Policy } from '../../src/checker/policy/schema';
import { type LaunchedBrowser, launchBrowser } from './browser';
import { buildFixtures } from './fixtures';
import { type NetworkLog, serveFixtures } from './network';

/** The built extension; POSTGUARD_DIST points elsewhere (e.g. a second build made while another suite runs). */
export const DIST_DIR = process.env.POSTGUARD_DIST
  ? `${process.env.POSTGUARD_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** The organization the e2e tests use (not the evaluation corpus's). */
export const E2E_POLICY: Policy = {
  name: 'Acme social media policy',
  version: '2026.1',
  organization: {
    names: ['Acme Robotics', 'Acme'],
    handles: ['@acme'],
    domains: ['acme.example'],
    internalHosts: ['git.acme.corp'],
  },
  codenames: ['Project Tundra'],
  products: ['Acme Vision'],
  competitors: ['Initrode'],
  disclaimer: 'Opinions are my own and do not represent Acme Robotics.',
  disclaimerShort: 'Views my own.',
};

export async function launchWithExtension(policy: Policy = E2E_POLICY): Promise<LaunchedBrowser> {
  if (!existsSync(`${DIST_DIR}/manifest.json`))
    throw new Error('dist/ is missing: run `npm run build` first');
  const browser = await launchBrowser({ extensionDir: DIST_DIR });
  if (!browser.serviceWorker) throw new Error('the extension service worker did not start');
  await browser.serviceWorker.evaluate((p) => chrome.storage.local.set({ policy: p }), policy);
  return browser;
}

export function badge(page: Page): Locator {
  return page.locator('[data-postguard-badge]');
}

/** Waits for the badge to show a count that satisfies `accept`, and returns it. */
export async function waitForCount(
  page: Page,
  accept: (n: number) => boolean,
  timeoutMs = 10_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    const value = await badge(page)
      .first()
      .getAttribute('data-count')
      .catch(() => null);
    last = value === null ? -1 : Number(value);
    if (last >= 0 && accept(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`badge count ${last} never satisfied the condition`);
}

export async function openPanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('dialog', { name: 'Postguard findings' });
  if (!(await panel.isVisible().catch(() => false))) await badge(page).first().click();
  await expect.poll(() => panel.isVisible()).toBe(true);
  return panel;
}

export async function panelCategories(page: Page): Promise<string[]> {
  const panel = await openPanel(page);
  const items = panel.locator('[data-postguard-finding]');
  return [
    ...new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-category') ?? ''))),
  ].sort();
}

/** A browser with the built extension and the fixture sites, for one test file. */
export interface ExtensionSession {
  browser: LaunchedBrowser;
  context: BrowserContext;
  network: NetworkLog;
}

/**
 * Launches the built extension before the file's tests (fixtures built, sites served, other
 * traffic blocked) and closes it after them; the returned object is filled in by then.
 */
export function useExtensionSession(): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    await buildFixtures();
    session.browser = await launchWithExtension();
    session.context = session.browser.context;
    session.network = await serveFixtures(session.context);
  });
  afterAll(async () => {
    await session.network?.dispose();
    await session.browser?.close();
  });
  return session;
}
