/**
 * Self-test of the harness's extension plumbing, with a tiny throwaway MV3 extension (not
 * Postguard): the id is found, its content script runs on a fixture served at the real URL,
 * requests from its service worker and pages are recorded, and managed storage reaches it,
 * under the id its manifest key gives it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canInstallPolicies } from './browser';
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
/** The same probe with a manifest "key" of its own (not Postguard's: other suites' browsers must not see this policy). */
let keyedExtensionDir: string;

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
  keyedExtensionDir = await mkdtemp(join(tmpdir(), 'postguard-probe-keyed-ext-'));
  await cp(extensionDir, keyedExtensionDir, { recursive: true });
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  await writeFile(
    join(keyedExtensionDir, 'manifest.json'),
    JSON.stringify({ ...MANIFEST, key: key.toString('base64') }),
  );
});

afterAll(async () => {
  for (const dir of [extensionDir, keyedExtensionDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('launchBrowser with an extension', () => {
  let browser: LaunchedBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the id, runs content scripts on fixtures, and records the extension’s own requests', async () => {
    browser = await launchBrowser({ extensionDir, waitForManagedStorage: false });
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

describe('managed storage', () => {
  it.skipIf(!canInstallPolicies())(
    'delivers managedStorage to a keyed extension’s chrome.storage.managed and removes it on close',
    async () => {
      // Other suites may run browsers with policies of their own at the same time: count only ours.
      const ours = async () =>
        (await readdir(SYSTEM_POLICY_DIR)).filter((name) => name.startsWith(`postguard-e2e-${process.pid}-`));
      const browser = await launchBrowser({ extensionDir: keyedExtensionDir, managedStorage: { team: 'comms' } });
      try {
        expect(await ours()).toHaveLength(1);
        // The id comes from the key, not the folder: the policy file was written for it before launch.
        expect(browser.extensionId).toBe(unpackedExtensionId(keyedExtensionDir));
        expect(browser.extensionId).not.toBe(unpackedExtensionId(extensionDir));
        const managed = await browser.serviceWorker!.evaluate(() => chrome.storage.managed.get(null));
        expect(managed).toEqual({ team: 'comms' });
      } finally {
        await browser.close();
      }
      expect(await ours()).toEqual([]);
    },
  );
});
