/**
 * When the extension is reloaded or updated, the copy of the content script left in open
 * pages removes its UI and stops, and nothing is thrown into the page.
 */
import { expect, it } from 'vitest';
import { openSite, typeSlowly } from './editor';
import { useExtensionSession, waitForCount } from './extension';
import { site } from './sites';

const session = useExtensionSession();

it('removes its UI from open pages when the extension is reloaded', async () => {
  const s = site('linkedin');
  const page = await openSite(session.browser.context, s.id);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.locator(s.editorSelector).click();
  await typeSlowly(page, s, 'hey guys', 2);
  await waitForCount(page, (n) => n === 1);
  expect(await page.locator('[data-postguard-host]').count()).toBe(1);

  await session.browser.serviceWorker!.evaluate(() => chrome.runtime.reload()).catch(() => {});
  // The old content script notices within its liveness interval (5 s) or at the next keystroke.
  await typeSlowly(page, s, ' and more', 2);
  await expect.poll(() => page.locator('[data-postguard-host]').count(), { timeout: 8000 }).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  // The site's editor still works and kept every character.
  await typeSlowly(page, s, '!', 2);
  expect(await page.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText())).toBe(
    'hey guys and more!',
  );
  expect(pageErrors).toEqual([]);
  await page.close();
});
