/**
 * The extension in a real browser on all nine sites (fixture pages built from the
 * sites' real editor libraries, served at the real URLs): findings in the panel,
 * the one-click disclaimer and its undo, "Apply" fixes, the draft and caret left
 * exactly as typed, and no network request from the extension.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCaretOffset, getText, openSite, typeSlowly } from './editor';
import {
  badge,
  E2E_POLICY,
  openPanel,
  panelCategories,
  useExtensionSession,
  waitForCount,
} from './extension';
import { SITES, type Site, site } from './sites';

const session = useExtensionSession();

/** A post with several problems: a phone number, "guys", the employer without a disclaimer, a hashtag. */
const PROBLEM_POST = 'Hey guys, proud of my team at Acme Robotics! Call me on 206-555-0147 #teamoffsite';
const EXPECTED = ['accessibility', 'affiliation-disclaimer', 'inclusive-language', 'personal-info'];

async function compose(s: Site, text: string): Promise<Page> {
  const page = await openSite(session.context, s.id);
  await page.locator(s.editorSelector).click();
  await typeSlowly(page, s, text, 2);
  return page;
}

describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_, s) => {
  it('shows the categories of a post with several problems in the panel', async () => {
    const page = await compose(s, PROBLEM_POST);
    await waitForCount(page, (n) => n >= EXPECTED.length);
    expect(await panelCategories(page)).toEqual(expect.arrayContaining(EXPECTED));
    const finding = (await openPanel(page)).locator('[data-postguard-finding]').first();
    expect(await finding.getAttribute('data-rule')).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
    expect(['block', 'warn', 'suggestion']).toContain(await finding.getAttribute('data-severity'));
    expect(await getText(page)).toBe(PROBLEM_POST);
    await page.close();
  });

  it('inserts the disclaimer into the editor model, and one undo removes it', async () => {
    const page = await compose(s, 'Proud of my team at Acme Robotics today');
    await waitForCount(page, (n) => n >= 1);
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect
      .poll(() => getText(page))
      .toBe(`Proud of my team at Acme Robotics today. ${E2E_POLICY.disclaimer}`);
    // The finding goes away once the post has the disclaimer; it is never inserted twice.
    await waitForCount(page, (n) => n === 0);
    await page.locator(s.editorSelector).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => getText(page)).toBe('Proud of my team at Acme Robotics today');
    await page.close();
  });

  it('applies a one-click fix through the editor', async () => {
    const page = await compose(s, 'Thanks guys for the help today');
    await waitForCount(page, (n) => n >= 1);
    const panel = await openPanel(page);
    await panel
      .getByRole('button', { name: /^Apply/ })
      .first()
      .click();
    await expect.poll(() => getText(page)).toBe('Thanks everyone for the help today');
    await page.close();
  });

  it('leaves 300 typed characters and the caret exactly as typed', async () => {
    const typed = (
      'Weekend notes from the Acme Robotics offsite: we hiked, argued about robots, and ate too much. ' +
      'Hey guys, the photos are in the shared album, text me at 206-555-0147 if you cannot find them. ' +
      'Next year we should book the same lodge, it was honestly the best one yet and the food was great!! ' +
      'See you all on Monday.'
    ).slice(0, 300);
    expect(typed).toHaveLength(300);
    const page = await compose(s, typed);
    await waitForCount(page, (n) => n >= 1);
    expect(await getText(page)).toBe(typed);
    expect(await getCaretOffset(page, s.editorSelector)).toBe(typed.length);
    await page.close();
  });
});

describe('pages that change', () => {
  it('guards a box that appears only after a click (YouTube)', async () => {
    const yt = site('youtube');
    const page = await openSite(session.context, 'youtube', { open: false });
    expect(await badge(page).count()).toBe(0);
    await page.locator(yt.opener!).click();
    await page.locator(yt.editorSelector).click();
    await typeSlowly(page, yt, 'call me at 206-555-0147', 2);
    await waitForCount(page, (n) => n >= 1);
    await page.close();
  });

  it('guards the new composer after an SPA navigation (X)', async () => {
    const x = site('x');
    const page = await compose(x, 'first box');
    await waitForCount(page, (n) => n === 0);
    await page.getByRole('link', { name: /post/i }).first().click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/compose/post');
    await page.locator(x.editorSelector).last().click();
    await typeSlowly(page, x, 'hey guys', 2);
    await expect
      .poll(() => page.locator('[data-postguard-badge][data-count="1"]').count())
      .toBeGreaterThan(0);
    await page.close();
  });
});

/** Viewport centre of a word in the editor, measured in the page (a Range for contenteditable, a mirror for textareas). */
async function wordCenter(page: Page, s: Site, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([selector, w]) => {
      const el = document.querySelector(selector!) as HTMLElement;
      let rect: DOMRect;
      if (el instanceof HTMLTextAreaElement) {
        const style = getComputedStyle(el);
        const mirror = document.createElement('div');
        for (const p of [
          'font',
          'padding',
          'border',
          'width',
          'lineHeight',
          'letterSpacing',
          'boxSizing',
        ] as const) {
          mirror.style[p] = style[p];
        }
        Object.assign(mirror.style, {
          position: 'fixed',
          visibility: 'hidden',
          whiteSpace: 'pre-wrap',
          left: '0',
          top: '0',
        });
        const at = el.value.indexOf(w!);
        const span = document.createElement('span');
        span.textContent = w!;
        mirror.append(el.value.slice(0, at), span);
        document.body.append(mirror);
        const r = span.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        rect = new DOMRect(box.left + r.left, box.top + r.top - el.scrollTop, r.width, r.height);
        mirror.remove();
      } else {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        while (node && !(node.textContent ?? '').includes(w!)) node = walker.nextNode();
        const range = document.createRange();
        const at = (node!.textContent ?? '').indexOf(w!);
        range.setStart(node!, at);
        range.setEnd(node!, at + w!.length);
        rect = range.getBoundingClientRect();
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [s.editorSelector, word],
  );
}

describe('cards', () => {
  it.each(['linkedin', 'mastodon'] as const)(
    'shows a card with the reason and fix on hover (%s)',
    async (id) => {
      const s = site(id);
      const page = await compose(s, 'Thanks guys for coming');
      await waitForCount(page, (n) => n >= 1);
      const { x, y } = await wordCenter(page, s, 'guys');
      await page.mouse.move(x, y);
      const card = page.locator('[data-postguard-card]');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain('Why:');
      await card
        .getByRole('button', { name: /^Apply/ })
        .first()
        .click();
      await expect.poll(() => getText(page)).toBe('Thanks everyone for coming');
      await page.close();
    },
  );

  it.each(['linkedin', 'instagram'] as const)(
    'shows the card when the caret is moved into a finding with the keyboard (%s)',
    async (id) => {
      const s = site(id);
      const page = await compose(s, 'Thanks guys for coming');
      await waitForCount(page, (n) => n >= 1);
      const card = page.locator('[data-postguard-card]');
      expect(await card.count()).toBe(0);
      for (let i = 0; i < ' for coming'.length + 2; i++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain('Inclusive language');
      // Moving on closes it; the text was never touched.
      await page.keyboard.press('End');
      await expect.poll(() => card.count()).toBe(0);
      expect(await getText(page)).toBe('Thanks guys for coming');
      await page.close();
    },
  );

  it('opens the panel from the keyboard and closes it with Escape', async () => {
    const s = site('bluesky');
    const page = await compose(s, 'hey guys');
    await waitForCount(page, (n) => n >= 1);
    await badge(page).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Postguard findings' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await badge(page).evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.close();
  });
});

describe('README screenshot', () => {
  it.each(['light', 'dark'] as const)('shows warnings in a compose box (%s)', async (scheme) => {
    const s = site('linkedin');
    const page = await openSite(session.context, s.id);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator(s.editorSelector).click();
    await typeSlowly(page, s, PROBLEM_POST, 1);
    await waitForCount(page, (n) => n >= EXPECTED.length);
    await openPanel(page);
    await page.setViewportSize({ width: 900, height: 760 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `docs/screenshot${scheme === 'dark' ? '-dark' : ''}.png` });
    await page.close();
  });
});

describe('disclaimer limits', () => {
  it('uses the short disclaimer on X when the long one would pass 280 characters, and says so', async () => {
    const x = site('x');
    const post = `Proud of my team at Acme Robotics. ${'We shipped the new arm controller this week. '.repeat(5)}`.trim();
    expect(post.length + E2E_POLICY.disclaimer!.length).toBeGreaterThan(280);
    const page = await compose(x, post);
    await waitForCount(page, (n) => n >= 1);
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect.poll(() => getText(page)).toBe(`${post} ${E2E_POLICY.disclaimerShort}`);
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('280');
    await page.close();
  });
});

describe('lifecycle', () => {
  it('keeps checking after the browser stops the idle service worker', async () => {
    const s = site('mastodon');
    const page = await compose(s, 'hello there');
    await waitForCount(page, (n) => n === 0);
    const cdp = await session.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    // The worker really is gone before the next check.
    await expect
      .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === target!.targetId))
      .toBe(false);
    await typeSlowly(page, s, ' hey guys', 2);
    await waitForCount(page, (n) => n === 1);
    await cdp.detach();
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request', () => {
    expect(session.network.extensionRequests).toEqual([]);
  });
});
