/**
 * The organization's managed policy (issue #4) in a real Chromium, deployed the way IT deploys it:
 * a policy file in /etc/chromium/policies/managed naming Postguard's fixed id, holding
 * docs/examples/managed-policy.json (the example docs/deploying.md embeds). Chromium accepts the
 * generated managed schema and hands over the whole policy; it layers field by field over a device
 * policy of another organization; the popup shows what is locked, and that pausing is not allowed;
 * the content script checks with it on the X fixture; and a policy update reaches the open browser.
 *
 * While this file runs, every Chromium on the machine with Postguard's id sees the policy: the
 * browser is closed, and its policy file removed, in afterAll.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/checker/policy/schema';
import { canInstallPolicies, type LaunchedBrowser, launchBrowser } from './browser';
import { openSite, typeSlowly } from './editor';
import { DIST_DIR, E2E_POLICY, openPanel, waitForCount } from './extension';
import { buildFixtures } from './fixtures';
import { type NetworkLog, serveFixtures } from './network';
import { openPopup, tabIdOf } from './popup-page';
import { site } from './sites';

const MANAGED: Policy = JSON.parse(
  readFileSync(new URL('../../docs/examples/managed-policy.json', import.meta.url), 'utf8'),
) as Policy;

const x = site('x');
/** Chromium answers chrome.storage.managed only once its policy loader has settled; updates settle too. */
const POLICY_TIMEOUT = { timeout: 20_000, interval: 250 };

describe.skipIf(!canInstallPolicies())('a managed policy', () => {
  let browser: LaunchedBrowser;
  let network: NetworkLog;

  const worker = () => browser.serviceWorker!;
  const managedStorage = () => worker().evaluate(() => chrome.storage.managed.get(null));

  beforeAll(async () => {
    await buildFixtures();
    browser = await launchBrowser({ extensionDir: DIST_DIR, managedStorage: { policy: MANAGED } });
    if (!browser.serviceWorker) throw new Error('the extension service worker did not start');
    // The person's own policy, of another organization: the managed one is layered over it.
    await worker().evaluate((p) => chrome.storage.local.set({ policy: p }), E2E_POLICY);
    network = await serveFixtures(browser.context);
  });

  afterAll(async () => {
    await network?.dispose();
    await browser?.close();
  });

  async function openX(): Promise<{ page: Page; tabId: number }> {
    const page = await openSite(browser.context, x.id);
    return { page, tabId: await tabIdOf(browser, page) };
  }

  // The tests below build on this one: it waits until Chromium has loaded the policy.
  it('is accepted by Chromium whole, nested categories, rules and custom rules included', async () => {
    // Chromium drops whatever the manifest's managed schema does not allow (chrome://policy warns).
    await expect.poll(managedStorage, POLICY_TIMEOUT).toEqual({ policy: MANAGED });
  });

  it('shows in the popup as managed, with the organization’s settings locked and pausing not allowed', async () => {
    const { page, tabId } = await openX();
    const popup = await openPopup(browser, tabId);
    const policy = popup.getByRole('region', { name: 'Policy in force' });
    await expect.poll(() => policy.getByText('Managed by your organization').isVisible()).toBe(true);
    expect(await policy.getByText(MANAGED.name!).isVisible()).toBe(true);
    // The organization's names replace the device policy's: "For Northwind Robotics", not Acme.
    expect(await policy.getByText('Version 2026.2 · For Northwind Robotics').isVisible()).toBe(true);
    expect(await policy.getByText(/items marked with a lock/).isVisible()).toBe(true);

    await policy.locator('summary').click();
    const lockedCategories = await policy
      .locator('li.category')
      .filter({ has: popup.getByRole('img', { name: 'Set by your organization' }) })
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-category')));
    expect(lockedCategories.sort()).toEqual(Object.keys(MANAGED.categories!).sort());
    const confidential = policy.locator('li[data-category="confidential"]');
    expect(await confidential.getAttribute('data-severity')).toBe('block');
    expect(await confidential.locator('.why').textContent()).toBe(`Why: ${MANAGED.categories!.confidential!.reason}`);

    const thisTab = popup.getByRole('region', { name: 'This tab' });
    const note = thisTab.getByText("Your organization's policy does not allow pausing Postguard.");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.getByRole('img', { name: 'Set by your organization' }).count()).toBe(1);
    expect(await thisTab.getByRole('button').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('locks on the options page what the organization set, and leaves the rest editable', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await expect.poll(() => options.getByText('Your organization manages this policy.').isVisible()).toBe(true);
    const severity = (category: string) => options.getByRole('group', { name: category }).getByRole('combobox').first();
    // The managed policy sets the confidential category; harassment is left to the device.
    await expect.poll(() => severity('Confidential information').isDisabled()).toBe(true);
    expect(await severity('Harassment').isEnabled()).toBe(true);
    await options.close();
  });

  it('checks posts on X with the managed names, field by field over the device policy', async () => {
    const { page } = await openX();
    await page.locator(x.editorSelector).click();
    // Nightjar is the managed policy's codename; Tundra was the device policy's, and the managed
    // "codenames" replaces it. The device policy's competitor Initrode stays: the organization set none.
    await typeSlowly(
      page,
      x,
      "Proud of my team at Northwind Robotics: late night on Project Nightjar and Project Tundra. Initrode's new robot is a joke.",
      1,
    );
    await waitForCount(page, (n) => n === 3);
    const findings = (await openPanel(page)).locator('[data-postguard-finding]');
    const found = await findings.evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-rule'), item.getAttribute('data-severity')]),
    );
    expect(found.sort()).toEqual([
      ['affiliation-disclaimer/missing-disclaimer', 'warn'],
      ['competitor/disparaging', 'warn'],
      ['confidential/codenames', 'block'],
    ]);
    const codename = findings.and(page.locator('[data-rule="confidential/codenames"]'));
    expect(await codename.textContent()).toContain('Project Nightjar');
    expect(await findings.filter({ hasText: 'Tundra' }).count()).toBe(0);
    await page.close();
  });

  it('reaches the open browser when the organization updates it (storage.onChanged, managed area)', async () => {
    const { page, tabId } = await openX();
    const { enforcement: _enforcement, categories: _categories, ...updated } = MANAGED;
    await browser.setManagedStorage({ policy: { ...updated, version: '2026.3' } });
    await expect.poll(async () => ((await managedStorage()).policy as Policy).version, POLICY_TIMEOUT).toBe('2026.3');

    // The worker dropped its copy: the popup, opened now, shows the update and lets people pause again.
    const popup = await openPopup(browser, tabId);
    const policy = popup.getByRole('region', { name: 'Policy in force' });
    await expect.poll(() => policy.getByText('Version 2026.3 · For Northwind Robotics').isVisible()).toBe(true);
    const thisTab = popup.getByRole('region', { name: 'This tab' });
    await expect.poll(() => thisTab.getByRole('button', { name: 'Pause for 1 hour' }).isVisible()).toBe(true);
    expect(await policy.locator('li.category .lock').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('makes no network request from the extension', () => {
    expect(network.extensionRequests).toEqual([]);
  });
});
