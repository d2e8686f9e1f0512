/**
 * The e2e harness: everything a Postguard browser test needs, from one import.
 *
 *   await buildFixtures();
 *   const browser = await launchBrowser({ extensionDir: 'dist' });
 *   const network = await serveFixtures(browser.context);
 *   const page = await openSite(browser.context, 'x');
 *   await focusEditor(page, site('x'));
 *   await typeSlowly(page, site('x'), 'Hello');
 *   expect(await getText(page)).toBe('Hello');
 *   expect(network.extensionRequests).toEqual([]);
 *   await browser.close();
 */
export type { FixtureHook, FixtureWindow } from '../fixtures/src/hook';
export {
  CHROMIUM_PATH,
  type LaunchedBrowser,
  type LaunchOptions,
  launchBrowser,
  SYSTEM_POLICY_DIR,
  unpackedExtensionId,
} from './browser';
export {
  focusEditor,
  getCaretOffset,
  getHookInfo,
  getSubmissions,
  getText,
  openSite,
  typeSlowly,
} from './editor';
export { buildFixtures, FIXTURE_DIST_DIR } from './fixtures';
export { type NetworkLog, serveFixtures } from './network';
export { SITES, type Site, type SiteId, site } from './sites';
