/** Driving a fixture page the way a person would: open it, type, read the editor's model back. */
import type { BrowserContext, Page } from 'playwright-core';
import type { FixtureHook, FixtureWindow } from '../fixtures/src/hook';
import { type Site, type SiteId, site as siteById } from './sites';

/**
 * Opens `siteId` at its real URL in a new page and waits until its compose box is ready.
 * With `{ open: false }` it stops once the page has mounted, before opening a click-to-open box
 * (Facebook, YouTube), so a test can click the real opener itself.
 */
export async function openSite(
  context: BrowserContext,
  siteId: SiteId,
  options: { open?: boolean } = {},
): Promise<Page> {
  const site = siteById(siteId);
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as Partial<FixtureWindow>).__fixture?.ready === true);
  if (options.open === false) return page;
  await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.open?.());
  await page.locator(site.editorSelector).waitFor({ state: 'visible' });
  return page;
}

/** Clicks into the compose box (puts the caret at the click point, usually the end). */
export async function focusEditor(page: Page, site: Site): Promise<void> {
  await page.locator(site.editorSelector).click();
}

/**
 * Types like a person, key by key, with `page.keyboard.type`. Each "\n" in `text` is typed as the
 * site's newline key (Shift+Enter on Instagram, where Enter sends).
 */
export async function typeSlowly(page: Page, site: Site, text: string, delayMs = 5): Promise<void> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(site.newlineKey, { delay: delayMs });
    if (line) await page.keyboard.type(line, { delay: delayMs });
  }
}

/** The text in the editor's own model (Draft/Lexical/Quill/TipTap state, React state, or innerText). */
export function getText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as FixtureWindow).__fixture.getText());
}

/** What the site's own submit handler has captured so far. */
export function getSubmissions(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as FixtureWindow).__fixture.submissions]);
}

/** A copy of the hook's plain fields (functions dropped). */
export function getHookInfo(
  page: Page,
): Promise<Pick<FixtureHook, 'site' | 'editorSelector' | 'editorInstances'>> {
  return page.evaluate(() => {
    const { site, editorSelector, editorInstances } = (window as unknown as FixtureWindow).__fixture;
    return { site, editorSelector, editorInstances };
  });
}

/**
 * The caret's offset in the editor: `selectionStart` for a textarea; for a contenteditable, the
 * length of the text from the editor start to the caret, measured over a Range from the editor
 * root. A new line counts as one character, as in `getText()`: when a block element (p, div, li…)
 * opens after some text, or at a <br>, one "\n" is counted, the way innerText would render it.
 * Returns -1 when the selection is not inside the editor.
 */
export function getCaretOffset(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return -1;
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
      return document.activeElement === root ? (root.selectionStart ?? -1) : -1;
    }
    const selection = getSelection();
    if (!selection?.focusNode || !root.contains(selection.focusNode)) return -1;
    const range = document.createRange();
    range.selectNodeContents(root);
    range.setEnd(selection.focusNode, selection.focusOffset);
    const before = range.cloneContents(); // the editor's content up to the caret

    // A plain loop, not a nested helper: Playwright serializes this function's source, and
    // bundlers may wrap named inner functions in helpers that do not exist in the page.
    const blockTag = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL)$/;
    const walker = document.createTreeWalker(before, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let out = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
      else if ((node as Element).tagName === 'BR') out += '\n';
      else if (blockTag.test((node as Element).tagName) && out !== '' && !out.endsWith('\n')) out += '\n';
    }
    return out.length;
  }, selector);
}

/**
 * The text selected in the editor (a textarea's selection whether or not it has focus; for a
 * contenteditable, the document selection when it lies inside the editor), or null when the
 * selection is elsewhere.
 */
export function getSelectedText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return null;
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
      return root.value.slice(root.selectionStart ?? 0, root.selectionEnd ?? 0);
    }
    const selection = getSelection();
    if (!selection?.rangeCount) return null;
    const range = selection.getRangeAt(0);
    return root.contains(range.startContainer) && root.contains(range.endContainer) ? range.toString() : null;
  }, selector);
}
