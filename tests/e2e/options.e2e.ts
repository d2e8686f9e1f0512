/**
 * The options page of the loaded extension: importing a policy file puts it in force (and a
 * bad file is refused with its bad fields named, leaving the policy as it was), a compose box
 * then checks with the imported policy, and turning a site off takes Postguard off that site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/checker/policy/schema';
import { openSite, typeSlowly } from './editor';
import { badge, E2E_POLICY, openPanel, useExtensionSession, waitForCount } from './extension';
import { site } from './sites';

const session = useExtensionSession();
const linkedin = site('linkedin');

/** A policy only this file uses: its codename is not in E2E_POLICY. */
const IMPORTED: Policy = {
  ...E2E_POLICY,
  name: 'Imported options-page policy',
  codenames: ['Project Glacier'],
};

const jsonFile = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

const storedPolicy = () =>
  session.browser.serviceWorker!.evaluate(async () => (await chrome.storage.local.get('policy')).policy);

let options: Page;

beforeAll(async () => {
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/src/ui/options/index.html`);
});
afterAll(() => options?.close());

describe('options page', () => {
  it('imports a policy file and puts it in force', async () => {
    await options
      .getByLabel('Import policy', { exact: true })
      .setInputFiles(jsonFile('glacier.json', IMPORTED));
    await expect
      .poll(() =>
        options.getByText('Imported glacier.json. Postguard now checks with this policy.').isVisible(),
      )
      .toBe(true);
    expect(await storedPolicy()).toEqual(IMPORTED);
    const inForce = options.getByRole('region', { name: 'Policy in force' });
    await expect.poll(() => inForce.getByText(IMPORTED.name!, { exact: true }).isVisible()).toBe(true);
    const codenames = options
      .getByRole('region', { name: 'Policy on this device' })
      .getByRole('list', { name: 'Codenames' });
    expect(await codenames.getByText('Project Glacier').isVisible()).toBe(true);
  });

  it('refuses a bad file, naming each bad field, and keeps the policy in force', async () => {
    const bad = {
      name: 'Broken',
      codenames: [''],
      categories: { legal: { severity: 'loud' } },
      colour: 'red',
    };
    await options.getByLabel('Import policy', { exact: true }).setInputFiles(jsonFile('broken.json', bad));
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    const problems = await alert.getByRole('listitem').allTextContents();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"codenames\.0": /),
        expect.stringMatching(/^"categories\.legal\.severity": must be one of/),
        expect.stringMatching(/unknown field "colour"/),
      ]),
    );
    expect(await alert.textContent()).toMatch(
      /broken\.json was not imported; the policy in force is unchanged/,
    );

    await options
      .getByLabel('Import policy', { exact: true })
      .setInputFiles(jsonFile('truncated.json', '{"codenames": ['));
    await expect
      .poll(() => alert.getByRole('listitem').first().textContent())
      .toMatch(/^the file is not valid JSON: /);

    expect(await storedPolicy()).toEqual(IMPORTED);
    const inForce = options.getByRole('region', { name: 'Policy in force' });
    expect(await inForce.getByText(IMPORTED.name!, { exact: true }).isVisible()).toBe(true);
  });

  it('shows findings of the edited policy in the live test box', async () => {
    const box = options.getByLabel('Test post', { exact: true });
    await box.fill('Project Glacier ships soon.');
    const findings = options.getByRole('list', { name: 'Findings' });
    await expect.poll(() => findings.locator('[data-rule="confidential/codenames"]').count()).toBe(1);
    expect(await options.locator('.mirror mark').first().textContent()).toBe('Project Glacier');
  });
});

describe('a compose box after the import', () => {
  let page: Page;
  afterAll(() => page?.close());

  it('flags the codename only the imported policy names', async () => {
    page = await openSite(session.context, linkedin.id);
    await page.locator(linkedin.editorSelector).click();
    await typeSlowly(page, linkedin, 'Project Tundra and Project Glacier');
    await waitForCount(page, (n) => n >= 1);
    const panel = await openPanel(page);
    const codenames = panel.locator('[data-postguard-finding][data-rule="confidential/codenames"]');
    await expect.poll(() => codenames.count()).toBe(1);
    expect(await codenames.textContent()).toContain('Project Glacier');
    await page.keyboard.press('Escape');
  });

  it('leaves the site when it is turned off on the options page, and comes back when turned on', async () => {
    const toggle = options.getByRole('checkbox', { name: 'Guard LinkedIn' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => page.locator('[data-postguard-host]').count()).toBe(0);
    expect(await badge(page).count()).toBe(0);
    expect(
      await session.browser.serviceWorker!.evaluate(() => chrome.storage.local.get('disabledSites')),
    ).toEqual({
      disabledSites: ['linkedin'],
    });

    // Another site stays guarded.
    const mastodon = site('mastodon');
    const other = await openSite(session.context, mastodon.id);
    await other.locator(mastodon.editorSelector).click();
    await typeSlowly(other, mastodon, 'Project Glacier');
    await waitForCount(other, (n) => n >= 1);
    await other.close();

    await toggle.check();
    await waitForCount(page, (n) => n >= 1);
  });
});

it('makes no network request from the extension', () => {
  expect(session.network.extensionRequests).toEqual([]);
});
