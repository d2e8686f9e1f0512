/**
 * Self-test of the fixture pages, with NO extension loaded: each page must behave like the real
 * site's editor (typing, the editor's own undo, the site's own send) before any extension test
 * can trust it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixtures,
  focusEditor,
  getCaretOffset,
  getHookInfo,
  getSubmissions,
  getText,
  type LaunchedBrowser,
  launchBrowser,
  type NetworkLog,
  openSite,
  SITES,
  serveFixtures,
  site,
  typeSlowly,
} from './harness';

// Emoji: a surrogate pair, so UTF-16 offsets and the editors' handling of it get exercised.
// "\n" is typed with the site's newline key (Shift+Enter on Instagram, where Enter sends).
const TYPED = 'Hello world 👋 from the fixture\nsecond line';

let browser: LaunchedBrowser;
let network: NetworkLog;

beforeAll(async () => {
  await buildFixtures();
  browser = await launchBrowser();
  network = await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** Runs `body` on a fresh page of `siteId`, closing it afterwards. */
async function withPage(
  siteId: Parameters<typeof site>[0],
  body: (page: Page) => Promise<void>,
  options?: { open?: boolean },
): Promise<void> {
  const page = await openSite(browser.context, siteId, options);
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  try {
    await body(page);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

describe.each(SITES)('$id fixture', (s) => {
  it(`${s.id}: types, undoes with the editor, and sends through the site at ${s.url}`, async () => {
    await withPage(s.id, async (page) => {
      expect(page.url()).toBe(s.url);
      expect(await getHookInfo(page)).toMatchObject({ site: s.fixture, editorSelector: s.editorSelector });

      await focusEditor(page, s);
      await typeSlowly(page, s, TYPED);
      await expect.poll(() => getText(page)).toBe(TYPED);
      expect(await getCaretOffset(page, s.editorSelector)).toBe(TYPED.length);

      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => getText(page)).not.toBe(TYPED);

      // Undo may have emptied the box (and disabled the button); add text so there is a post.
      await typeSlowly(page, s, ' edited');
      const posted = await getText(page);
      expect(posted).toMatch(/ edited$/);
      await page.locator(s.sendSelector).click();
      await expect.poll(() => getSubmissions(page)).toEqual([posted]);

      if (s.sendShortcut) {
        await focusEditor(page, s);
        await typeSlowly(page, s, 'by shortcut');
        await page.keyboard.press(s.sendShortcut);
        await expect.poll(() => getSubmissions(page)).toEqual([posted, 'by shortcut']);
      }
    });
  });
});

describe('site-specific shapes', () => {
  it('x: SPA navigation to /compose/post mounts a fresh Draft editor without a page load', async () => {
    await withPage('x', async (page) => {
      const x = site('x');
      await page.evaluate(() => {
        (window as unknown as { __samePage: boolean }).__samePage = true;
      });
      await page.locator(x.editorSelector).evaluate((el) => el.setAttribute('data-old-editor', ''));

      await page.locator('a[href="/compose/post"]').click();
      await expect.poll(() => page.url()).toBe('https://x.com/compose/post');
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(
        true,
      );
      expect(await page.locator('[data-old-editor]').count()).toBe(0);
      expect((await getHookInfo(page)).editorInstances).toBe(2);

      // The modal's editor has focus already, as on x.com.
      await typeSlowly(page, x, 'after navigation');
      await expect.poll(() => getText(page)).toBe('after navigation');
      await page.locator('button[data-testid="tweetButton"]').click();
      await expect.poll(() => getSubmissions(page)).toEqual(['after navigation']);

      await page.goBack();
      await expect.poll(() => page.url()).toBe('https://x.com/home');
      await expect.poll(async () => (await getHookInfo(page)).editorInstances).toBe(3);
    });
  });

  it('youtube: the comment box exists only after clicking the placeholder', async () => {
    await withPage(
      'youtube',
      async (page) => {
        const youtube = site('youtube');
        expect(await page.locator('ytd-commentbox, #contenteditable-root').count()).toBe(0);
        await page.locator(youtube.opener!).click();
        await page.locator(youtube.editorSelector).waitFor();
        expect(await page.locator(youtube.sendSelector).isDisabled()).toBe(true);
        // Plain contenteditable: no editor library attributes.
        const attrs = await page
          .locator(youtube.editorSelector)
          .evaluate((el) => el.getAttributeNames().sort());
        expect(attrs).toEqual(['aria-label', 'contenteditable', 'dir', 'id']);
      },
      { open: false },
    );
  });

  it('facebook: the Lexical editor appears in a dialog after clicking "What\'s on your mind"', async () => {
    await withPage(
      'facebook',
      async (page) => {
        const facebook = site('facebook');
        expect(await page.locator('[data-lexical-editor]').count()).toBe(0);
        await page.locator(facebook.opener!).click();
        await page.locator(facebook.editorSelector).waitFor();
        expect(await page.locator('div[role="dialog"] [data-lexical-editor="true"]').count()).toBe(1);
      },
      { open: false },
    );
  });

  it('reddit: the Lexical editor is light DOM of <shreddit-composer>, slotted into its open shadow root', async () => {
    await withPage('reddit', async (page) => {
      const shape = await page.locator(site('reddit').editorSelector).evaluate((editor) => {
        const host = editor.closest('shreddit-composer');
        return {
          defined: customElements.get('shreddit-composer') !== undefined,
          parentIsHost: editor.parentElement === host,
          shadowMode: host?.shadowRoot?.mode,
          slot: editor.assignedSlot?.name,
          submitSlot: host?.querySelector('button[type="submit"]')?.assignedSlot?.name,
        };
      });
      expect(shape).toEqual({
        defined: true,
        parentIsHost: true,
        shadowMode: 'open',
        slot: 'rte',
        submitSlot: 'submit-button',
      });
    });
  });
});

describe('network', () => {
  it('answers only the fixture origins and aborts everything else', async () => {
    await withPage('mastodon', async (page) => {
      const failed = await page.evaluate(() =>
        fetch('https://example.com/tracker').then(
          () => false,
          () => true,
        ),
      );
      expect(failed).toBe(true);
    });
    expect(network.aborted).toContain('https://example.com/tracker');
    // Apart from that deliberate request (and a favicon Chromium may ask for), nothing left the fixtures.
    expect(
      network.aborted.filter((url) => !url.endsWith('/favicon.ico') && !url.includes('example.com')),
    ).toEqual([]);
    expect(network.extensionRequests).toEqual([]);
  });
});
