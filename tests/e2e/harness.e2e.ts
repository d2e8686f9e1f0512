/**
 * Self-test of the harness's extension plumbing, with a tiny throwaway MV3 extension (not
 * Postguard): the id is found, its content script runs on a fixture served at the real URL,
 * requests from its service worker and pages are recorded, and managed storage reaches it.
 */
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixtures,
  type LaunchedBrowser,
  launchBrowser,
  openSite,
  SYSTEM_POLICY_DIR,
  serveFixtures,
  unpackedExtensionId,
} from './harness';

const MANIFEST = {
  manifest_version: 3,
  name: 'harness probe',
  version: '1.0',
  background: { service_worker: 'worker.js' },
  permissions: ['storage'],
  host_permissions: ['https://x.com/*'],
  storage: { managed_schema: 'schema.json' },
  content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'] }],
};

let extensionDir: string;

beforeAll(async () => {
  await buildFixtures();
  extensionDir = await mkdtemp(join(tmpdir(), 'postguard-probe-ext-'));
  await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(MANIFEST));
  await writeFile(join(extensionDir, 'worker.js'), '// the harness looks for this worker\n');
  await writeFile(join(extensionDir, 'content.js'), "document.documentElement.dataset.probe = 'ran';\n");
  await writeFile(join(extensionDir, 'page.html'), '<!doctype html><title>probe</title>');
  await writeFile(
    join(extensionDir, 'schema.json'),
    JSON.stringify({ type: 'object', properties: { team: { type: 'string' } } }),
  );
});

afterAll(async () => {
  if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
});

describe('launchBrowser with an extension', () => {
  let browser: LaunchedBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the id, runs content scripts on fixtures, and records the extension’s own requests', async () => {
    browser = await launchBrowser({ extensionDir });
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.extensionId).toBe(unpackedExtensionId(extensionDir));
    const network = await serveFixtures(browser.context);

    const page = await openSite(browser.context, 'x');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.probe)).toBe('ran');

    await browser.serviceWorker!.evaluate(() => fetch('https://example.com/from-worker').catch(() => 0));
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/page.html`);
    await extensionPage.evaluate(() => fetch('https://example.com/from-page').catch(() => 0));

    await expect
      .poll(() => [...network.extensionRequests].sort())
      .toEqual(['https://example.com/from-page', 'https://example.com/from-worker']);
    expect(network.aborted).toEqual(expect.arrayContaining(network.extensionRequests));
  });
});

const canWritePolicy = (() => {
  try {
    accessSync('/etc', constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

describe('managed storage', () => {
  it.skipIf(!canWritePolicy)(
    'delivers managedStorage to chrome.storage.managed and removes it on close',
    async () => {
      const ours = async () =>
        (await readdir(SYSTEM_POLICY_DIR)).filter((name) => name.startsWith('postguard-e2e-'));
      const browser = await launchBrowser({ extensionDir, managedStorage: { team: 'comms' } });
      try {
        expect(await ours()).toHaveLength(1);
        const managed = await browser.serviceWorker!.evaluate(() => chrome.storage.managed.get(null));
        expect(managed).toEqual({ team: 'comms' });
      } finally {
        await browser.close();
      }
      expect(await ours()).toEqual([]);
    },
  );
});
