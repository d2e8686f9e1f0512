/**
 * The toolbar popup in a real browser, opened as a page pointed at the fixture page's tab
 * (./popup-page.ts). Also: pausing a site through the
 * popup removes Postguard's UI from the page and resuming brings it back, a timed pause ends
 * by itself, and "Full policy" opens the options page at the policy in force.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/checker/categories';
import { openSite, typeSlowly } from './editor';
import { E2E_POLICY, useExtensionSession, waitForCount } from './extension';
import { openPopup as openPopupPage, tabIdOf as tabIdOfPage } from './popup-page';
import { site } from './sites';

const session = useExtensionSession();

const linkedin = site('linkedin');
const HOST = new URL(linkedin.url).hostname;

const openPopup = (tabId?: number) => openPopupPage(session.browser, tabId);
const tabIdOf = (page: Page) => tabIdOfPage(session.browser, page);

/** Postguard's UI in the page: its host elements, and the underlines it draws. */
async function postguardUi(page: Page): Promise<{ hosts: number; highlights: number }> {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('[data-postguard-host]').length,
    highlights: CSS.highlights.size,
  }));
}

async function composeWithFinding(): Promise<Page> {
  const page = await openSite(session.browser.context, linkedin.id);
  await page.locator(linkedin.editorSelector).click();
  await typeSlowly(page, linkedin, 'hey guys', 2);
  await waitForCount(page, (n) => n === 1);
  return page;
}

const setPausedSites = (sites: Record<string, number | 'manual'>) =>
  session.browser.serviceWorker!.evaluate((s) => chrome.storage.local.set({ pausedSites: s }), sites);

describe('popup', () => {
  it('summarizes the policy in force, and says when Postguard does not run on the page', async () => {
    // Without ?tab= the popup asks about the active tab: here, its own page, which has no content script.
    const popup = await openPopup();
    const policy = popup.getByRole('region', { name: 'Policy in force' });
    await expect.poll(() => policy.getByText('Set on this device').isVisible()).toBe(true);
    expect(await policy.getByText(E2E_POLICY.name!).isVisible()).toBe(true);
    expect(await policy.getByText('Version 2026.1 · For Acme Robotics').isVisible()).toBe(true);

    // The categories open from the keyboard.
    const summary = policy.locator('summary', { hasText: 'What the policy checks' });
    expect(await policy.locator('li.category').first().isVisible()).toBe(false);
    await summary.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => policy.locator('li.category').first().isVisible()).toBe(true);
    expect(await policy.locator('li.category').count()).toBe(CATEGORIES.length);
    const severities = await policy.locator('li.category .severity').allTextContents();
    expect(new Set(severities).size).toBeGreaterThan(1);
    for (const s of severities) expect(['Blocks posting', 'Warns', 'Suggests', 'Off']).toContain(s);
    expect(await policy.locator('li.category .why').first().textContent()).toMatch(/^Why: \S/);

    const thisTab = popup.getByRole('region', { name: 'This tab' });
    await expect
      .poll(() => thisTab.getByText('Postguard does not run on this page.').isVisible())
      .toBe(true);
    expect(await thisTab.getByRole('button').count()).toBe(0);
    await popup.close();
  });

  it('reports the open findings of a tab, pauses the site and resumes it', async () => {
    const page = await composeWithFinding();
    const popup = await openPopup(await tabIdOf(page));
    const thisTab = popup.getByRole('region', { name: 'This tab' });
    await expect.poll(() => thisTab.getByText(`Guarding ${HOST}`).isVisible()).toBe(true);
    await expect.poll(() => thisTab.getByText('1 open finding.').isVisible()).toBe(true);

    await thisTab.getByRole('button', { name: 'Pause for 1 hour' }).click();
    await expect.poll(() => postguardUi(page)).toEqual({ hosts: 0, highlights: 0 });
    await expect.poll(() => thisTab.getByText(new RegExp(`^Paused on ${HOST} until .+\\.$`)).isVisible()).toBe(true);
    const stored = await session.browser.serviceWorker!.evaluate(() => chrome.storage.local.get('pausedSites'));
    const until = (stored.pausedSites as Record<string, number>)[HOST]!;
    expect(until - Date.now()).toBeGreaterThan(55 * 60 * 1000);
    // The site's editor is untouched and keeps working while paused.
    await page.locator(linkedin.editorSelector).click();
    await typeSlowly(page, linkedin, ' again', 2);
    expect((await postguardUi(page)).hosts).toBe(0);

    // Resuming puts Postguard back on the page, with the findings of the text already there.
    const resume = thisTab.getByRole('button', { name: 'Resume on this site' });
    expect(await resume.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await waitForCount(page, (n) => n === 1);
    expect((await postguardUi(page)).hosts).toBe(1);
    await expect.poll(() => thisTab.getByText(`Guarding ${HOST}`).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('pauses until turned back on, in every tab of the site', async () => {
    const first = await composeWithFinding();
    const second = await composeWithFinding();
    const popup = await openPopup(await tabIdOf(first));
    await popup.getByRole('button', { name: 'Pause until I turn it back on' }).click();
    await expect.poll(() => postguardUi(first)).toEqual({ hosts: 0, highlights: 0 });
    await expect.poll(() => postguardUi(second)).toEqual({ hosts: 0, highlights: 0 });
    expect(
      await popup.getByText(`Paused on ${HOST} until you turn it back on.`).isVisible(),
    ).toBe(true);
    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await waitForCount(first, (n) => n === 1);
    await waitForCount(second, (n) => n === 1);
    await popup.close();
    await first.close();
    await second.close();
  });

  it('ends a timed pause by itself, and ignores one that has already run out', async () => {
    await setPausedSites({ [HOST]: Date.now() - 1000 });
    const page = await composeWithFinding(); // an expired pause does not stop guarding

    await setPausedSites({ [HOST]: Date.now() + 2500 });
    await expect.poll(() => postguardUi(page)).toEqual({ hosts: 0, highlights: 0 });
    await waitForCount(page, (n) => n === 1, 10_000);
    await setPausedSites({});
    await page.close();
  });

  it('opens the policy in force on the options page from "Full policy"', async () => {
    const popup = await openPopup();
    const opened = session.browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Full policy' }).click();
    const options = await opened;
    await options.waitForLoadState('domcontentloaded');
    expect(new URL(options.url()).hash).toBe('#policy');
    const section = options.getByRole('region', { name: 'Policy in force' });
    await expect.poll(() => section.locator('tbody tr').count()).toBe(CATEGORIES.length);
    const json = JSON.parse((await section.locator('pre').textContent()) ?? '') as typeof E2E_POLICY;
    expect(json).toEqual(E2E_POLICY);
    expect(await section.getByText('Set on this device').isVisible()).toBe(true);
    await options.close();
    await popup.close();
  });
});

it('makes no network request from the extension', () => {
  expect(session.network.extensionRequests).toEqual([]);
});
