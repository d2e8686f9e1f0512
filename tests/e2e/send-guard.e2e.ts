/**
 * The send guard (issue #5) in a real browser on all nine sites: a post with a blocking finding
 * never reaches the site's submit handler and the dialog says why; "Cancel" leaves the draft and
 * the caret as they were, "Fix" selects the first finding, "Post anyway" with a reason sends the
 * post once, untouched, and the decision is in the audit log; a clean post goes out at once.
 * Both ways of sending are covered: the site's button and its keyboard shortcut (or, where the
 * site has none, the button activated from the keyboard).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/checker/policy/schema';
import type { AuditEntry, PolicyInfo } from '../../src/shared/messages';
import { getCaretOffset, getSelectedText, getSubmissions, getText, openSite, typeSlowly } from './editor';
import { E2E_POLICY, useExtensionSession, waitForCount } from './extension';
import { SITES, type Site } from './sites';

const session = useExtensionSession();

// credentials/api-key blocks by default.
const AWS_KEY = 'AKIA467KD6FLEEPZHPCF';
const BLOCKING_POST = `Deploying today with key ${AWS_KEY} for the demo`;
const CLEAN_POST = 'Lovely sunset at the beach tonight';
const WARNING_POST = 'Thanks guys for the help today';
const JUSTIFICATIONS = ['Approved by my manager', 'Test credential, already revoked'];

const policyWith = (enforcement: Policy['enforcement']): Policy => ({
  ...E2E_POLICY,
  rules: { 'inclusive-language/guys': 'warn' },
  enforcement,
  audit: { enabled: true, storeExcerpt: true },
});
const OVERRIDE_POLICY = policyWith({
  allowOverride: true,
  justifications: JUSTIFICATIONS,
  confirmWarnings: false,
});

let extensionPage: Page;

/** Sends one request to the worker from an extension page, as the options page does. */
function ask<T>(type: string, payload: unknown = {}): Promise<T> {
  return extensionPage.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ postguard: 1, type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<T>;
}

/** Stores `policy` on the device and waits until the worker enforces what it sets. */
async function usePolicy(policy: Policy): Promise<void> {
  await session.browser.serviceWorker!.evaluate((p) => chrome.storage.local.set({ policy: p }), policy);
  const inForce = (info: PolicyInfo) =>
    Object.entries(policy.enforcement ?? {}).every(
      ([key, value]) =>
        JSON.stringify(info.enforcement[key as keyof PolicyInfo['enforcement']]) === JSON.stringify(value),
    );
  // Runs in hooks, where expect.poll is not available.
  for (let tries = 0; tries < 100; tries++) {
    if (inForce(await ask<PolicyInfo>('policyInfo'))) return;
    await extensionPage.waitForTimeout(50);
  }
  throw new Error('the worker never put the policy in force');
}

const auditLog = async () => (await ask<{ entries: AuditEntry[] }>('auditLog')).entries;

beforeAll(async () => {
  extensionPage = await session.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/src/ui/options/index.html`);
  await usePolicy(OVERRIDE_POLICY);
});

afterAll(async () => {
  await usePolicy(E2E_POLICY);
});

function dialogOf(page: Page): Locator {
  return page.getByRole('alertdialog', { name: /^Postguard/ });
}

/** Opens the site and types `text` into its compose box; with `settle`, waits for its check. */
async function compose(s: Site, text: string, settle = true): Promise<Page> {
  const page = await openSite(session.context, s.id);
  await page.locator(s.editorSelector).click();
  await typeSlowly(page, s, text, 2);
  if (!settle) return page;
  if (text !== CLEAN_POST) await waitForCount(page, (n) => n >= 1);
  else {
    // A clean post shows no count change: give its check (after the typing pause) time to come back.
    await page.waitForTimeout(800);
    await waitForCount(page, (n) => n === 0);
  }
  return page;
}

type SendWay = 'button' | 'keyboard';

/**
 * Sends the way a person would: clicking the site's button, or from the keyboard — the site's
 * shortcut typed in the box, or (where the site has none) Enter on the focused button.
 */
async function send(page: Page, s: Site, way: SendWay): Promise<void> {
  const button = page.locator(s.sendSelector).first();
  if (way === 'button') await button.click();
  else if (s.sendShortcut) await page.keyboard.press(s.sendShortcut);
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
}

/** The site's submit handler never ran, and does not run a moment later either. */
async function expectNothingSent(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await getSubmissions(page)).toEqual([]);
}

describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_, s) => {
  const ways: SendWay[] = ['button', 'keyboard'];

  it.each(ways)(
    'stops a blocking post sent by %s; Cancel leaves the draft and caret as they were',
    async (way) => {
      const page = await compose(s, BLOCKING_POST);
      // The caret in the middle of the post, where a person might have left it.
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      const caret = await getCaretOffset(page, s.editorSelector);
      expect(caret).toBe(BLOCKING_POST.length - 4);

      await send(page, s, way);
      const dialog = dialogOf(page);
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      const listed = dialog.locator('[data-postguard-finding]');
      expect(await listed.first().getAttribute('data-category')).toBe('credentials');
      expect(await listed.first().textContent()).toContain('Credentials and secrets');
      await expectNothingSent(page);
      expect(await dialog.getByRole('button', { name: 'Post anyway' }).count()).toBe(1);

      // Escape is Cancel from the keyboard; the button is Cancel with the mouse.
      if (way === 'keyboard') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await getText(page)).toBe(BLOCKING_POST);
      await expectNothingSent(page);
      const editor = page.locator(s.editorSelector);
      // Focus goes back where it was: the box (with its caret) after a shortcut, else the button.
      const focusInEditor = await editor.evaluate((el) => el === document.activeElement);
      expect(focusInEditor).toBe(way === 'keyboard' && s.sendShortcut !== undefined);
      // Back in the box (focused by script: a click would move the caret), the caret is where it was.
      // Except after a click on X: Draft.js itself clears the page's selection when its box loses focus.
      if (!focusInEditor) await editor.evaluate((el) => el.focus());
      if (focusInEditor || s.id !== 'x')
        await expect.poll(() => getCaretOffset(page, s.editorSelector)).toBe(caret);
      await page.close();
    },
  );

  it('Fix selects the first finding in the editor and opens its card', async () => {
    const page = await compose(s, BLOCKING_POST);
    await send(page, s, 'button');
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Fix' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => getSelectedText(page, s.editorSelector)).toBe(AWS_KEY);
    await expect.poll(() => page.locator('[data-postguard-card]').isVisible()).toBe(true);
    expect(await getText(page)).toBe(BLOCKING_POST);
    await expectNothingSent(page);
    await page.close();
  });

  it.each(ways)('Post anyway with a reason sends the post once, untouched, and logs it (%s)', async (way) => {
    await ask('clearAuditLog');
    const page = await compose(s, BLOCKING_POST);
    await send(page, s, way);
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const postAnyway = dialog.getByRole('button', { name: 'Post anyway' });
    await postAnyway.click();
    // A justification is asked for: nothing goes out without one.
    const reason = dialog.getByRole('combobox', { name: 'Reason' });
    await expect.poll(() => reason.isVisible()).toBe(true);
    await postAnyway.click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Choose a reason');
    await expectNothingSent(page);

    await reason.selectOption(JUSTIFICATIONS[1]!);
    const note = dialog.getByRole('textbox', { name: /^Explanation/ });
    await note.fill('Rotated an hour ago');
    expect(await dialog.getByText('19 of 256 characters').isVisible()).toBe(true);
    await postAnyway.click();
    await expect.poll(() => getSubmissions(page)).toEqual([BLOCKING_POST]);
    await page.waitForTimeout(500);
    expect(await getSubmissions(page)).toEqual([BLOCKING_POST]);
    expect(await dialog.count()).toBe(0);

    await expect.poll(auditLog).toHaveLength(1);
    const [entry] = await auditLog();
    expect(entry).toMatchObject({
      site: s.id,
      decision: 'post-anyway',
      severity: 'block',
      categories: ['credentials'],
      rules: ['credentials/api-key'],
      justification: JUSTIFICATIONS[1],
      note: 'Rotated an hour ago',
    });
    // The policy stores excerpts: redacted, never the key itself.
    expect(entry!.excerpt).toContain('████');
    expect(entry!.excerpt).not.toContain(AWS_KEY.slice(4));
    await page.close();
  });

  it.each(ways)('sends a clean post at once, with no dialog (%s)', async (way) => {
    const page = await compose(s, CLEAN_POST);
    await send(page, s, way);
    await expect.poll(() => getSubmissions(page)).toEqual([CLEAN_POST]);
    expect(await dialogOf(page).count()).toBe(0);
    await page.close();
  });

  it('lets the site handle a clean, checked post within the same click event', async () => {
    const page = await compose(s, CLEAN_POST);
    // Nothing held and nothing replayed: the submit handler has run when click() returns.
    const sent = await page
      .locator(s.sendSelector)
      .first()
      .evaluate((button) => {
        (button as HTMLElement).click();
        return [...(window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions];
      });
    expect(sent).toEqual([CLEAN_POST]);
    await page.close();
  });

  it('checks a post sent before its check came back: a clean one goes out once, a blocking one is stopped', async () => {
    const page = await compose(s, CLEAN_POST, false);
    await send(page, s, 'keyboard');
    await expect.poll(() => getSubmissions(page)).toEqual([CLEAN_POST]);
    await page.waitForTimeout(300);
    expect(await getSubmissions(page)).toEqual([CLEAN_POST]);
    await page.close();

    const blocked = await compose(s, BLOCKING_POST, false);
    await send(blocked, s, 'button');
    await expect.poll(() => dialogOf(blocked).isVisible()).toBe(true);
    await expectNothingSent(blocked);
    await blocked.close();
  });

  it("sees a send before the page's own capture listeners on window, and stops it there", async () => {
    const page = await compose(s, BLOCKING_POST);
    type Hook = { __fixture: { windowCaptureClicks: number } };
    const pageClicks = () => page.evaluate(() => (window as unknown as Hook).__fixture.windowCaptureClicks);
    const before = await pageClicks();
    await send(page, s, 'button');
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    expect(await pageClicks()).toBe(before);
    await page.close();
  });

  it('lets a post with only warnings through when the policy does not ask to confirm them', async () => {
    const page = await compose(s, WARNING_POST);
    await send(page, s, 'button');
    await expect.poll(() => getSubmissions(page)).toEqual([WARNING_POST]);
    expect(await dialogOf(page).count()).toBe(0);
    await page.close();
  });
});

describe('a policy that allows no override', () => {
  beforeAll(() => usePolicy(policyWith({ allowOverride: false, confirmWarnings: false })));

  it.each(SITES.map((s) => [s.id, s] as const))('%s: the dialog offers Fix and Cancel only', async (_, s) => {
    await ask('clearAuditLog');
    const page = await compose(s, BLOCKING_POST);
    await send(page, s, 'keyboard');
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Fix' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectNothingSent(page);
    await expect
      .poll(auditLog)
      .toEqual([expect.objectContaining({ site: s.id, decision: 'cancel', severity: 'block' })]);
    await page.close();
  });
});

describe('a policy that asks to confirm warnings', () => {
  beforeAll(() =>
    usePolicy(policyWith({ allowOverride: true, justifications: JUSTIFICATIONS, confirmWarnings: true })),
  );

  it.each(SITES.map((s) => [s.id, s] as const))(
    '%s: warnings ask for confirmation, with no justification',
    async (_, s) => {
      await ask('clearAuditLog');
      const page = await compose(s, WARNING_POST);
      await send(page, s, 'button');
      const dialog = dialogOf(page);
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.locator('[data-postguard-finding]').first().getAttribute('data-severity')).toBe(
        'warn',
      );
      await expectNothingSent(page);
      await dialog.getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => getSubmissions(page)).toEqual([WARNING_POST]);
      await expect
        .poll(auditLog)
        .toEqual([expect.objectContaining({ site: s.id, decision: 'post-anyway', severity: 'warn' })]);
      await page.close();
    },
  );
});

describe('the dialog', () => {
  beforeAll(() => usePolicy(OVERRIDE_POLICY));

  it('keeps the focus inside while open, and Tab wraps around', async () => {
    const s = SITES.find((x) => x.id === 'mastodon')!;
    const page = await compose(s, BLOCKING_POST);
    await send(page, s, 'keyboard');
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const focused = () =>
      page.evaluate(() => {
        const host = document.querySelector('postguard-send-dialog');
        return host?.shadowRoot?.activeElement?.textContent ?? null;
      });
    expect(await focused()).toBe('Fix');
    for (const expected of ['Cancel', 'Post anyway', 'Fix']) {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(expected);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Post anyway');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('is readable in the %s scheme', async (scheme) => {
    const s = SITES.find((x) => x.id === 'linkedin')!;
    const page = await compose(s, BLOCKING_POST);
    await page.emulateMedia({ colorScheme: scheme });
    await send(page, s, 'button');
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const colors = await dialog.evaluate((el) => {
      const style = getComputedStyle(el);
      return { bg: style.backgroundColor, fg: style.color };
    });
    expect(colors.bg).toBe(scheme === 'dark' ? 'rgb(31, 36, 40)' : 'rgb(255, 255, 255)');
    expect(colors.fg).toBe(scheme === 'dark' ? 'rgb(230, 237, 243)' : 'rgb(27, 31, 36)');
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request', () => {
    expect(session.network.extensionRequests).toEqual([]);
  });
});
