/**
 * The audit log (issue #5) in a real browser: decisions recorded through the worker appear on
 * the options page, export as CSV through a real download, and clear after a confirmation; a
 * content script in a site's tab may record decisions but can neither read nor clear the log.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditCsv } from '../../src/shared/audit-export';
import type { AuditEntry, DecisionRecord } from '../../src/shared/messages';
import { CANCEL_ENTRY, decisionOf, OVERRIDE_ENTRY } from '../../src/shared/testing/audit-entries';
import { openSite } from './editor';
import { useExtensionSession } from './extension';

const session = useExtensionSession();

const OVERRIDE: DecisionRecord = {
  ...decisionOf(OVERRIDE_ENTRY),
  note: '=HYPERLINK("http://evil.example"), "quoted"',
  // The e2e policy does not store excerpts: the worker must drop this.
  excerpt: 'my key is ████',
};
const CANCEL: DecisionRecord = { ...decisionOf(CANCEL_ENTRY), categories: ['speculation', 'competitor'] };

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/src/ui/options/index.html`);
  return page;
}

/** Sends one request to the worker from `page`'s main world (an extension page's, here). */
function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ postguard: 1, type: t, payload: p }), [type, payload]);
}

async function storedLog(options: Page): Promise<AuditEntry[]> {
  const answer = (await ask(options, 'auditLog', {})) as { entries: AuditEntry[] };
  return answer.entries;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Sends one request from the extension's content-script world in `page` (the isolated world
 * its content script runs in, reached through the DevTools protocol), so the browser reports
 * the site's page as the sender; says what came back, or why the request failed.
 */
async function askFromContentScript(page: Page, type: string, payload: unknown): Promise<unknown> {
  const cdp = await session.context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
  await cdp.send('Runtime.enable'); // reports every existing context first
  const contentScript = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${session.browser.extensionId}`,
  );
  if (!contentScript) throw new Error('no Postguard content script in the page');
  const message = JSON.stringify({ postguard: 1, type, payload });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: contentScript.id,
    expression: `chrome.runtime.sendMessage(${message}).then(
      (answer) => ({ answer: answer ?? null }),
      (error) => ({ refused: String(error) }),
    )`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

describe('audit log', () => {
  it('shows recorded decisions, exports them as CSV and clears them after a confirmation', async () => {
    const options = await openOptions();
    const section = options.getByRole('region', { name: 'Audit log' });
    // The worker answers once Chromium's managed-policy loader has settled, a few seconds after launch.
    await expect.poll(() => section.getByText('No entries yet.').isVisible(), { timeout: 15_000 }).toBe(true);

    expect(await ask(options, 'recordDecision', CANCEL)).toEqual({ recorded: true });
    expect(await ask(options, 'recordDecision', OVERRIDE)).toEqual({ recorded: true });
    // A malformed record is not answered, and not stored.
    expect(await ask(options, 'recordDecision', { ...CANCEL, site: 'myspace' }).catch(() => null)).toBeFalsy();

    // The page follows the log as it changes; newest first.
    const table = section.getByRole('table', { name: /Stopped posts, newest first/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const rows = table.locator('tbody tr');
    expect(await rows.nth(0).getAttribute('data-decision')).toBe('post-anyway');
    expect(await rows.nth(0).getByRole('cell', { name: 'LinkedIn' }).isVisible()).toBe(true);
    expect(await rows.nth(0).getByText('Posted anyway').isVisible()).toBe(true);
    expect(await rows.nth(0).getByText('Already public information').isVisible()).toBe(true);
    expect(await rows.nth(1).getByText('Bluesky').isVisible()).toBe(true);
    expect(await rows.nth(1).getByText('Cancelled').isVisible()).toBe(true);
    // Without audit.storeExcerpt the worker kept no post text at all.
    expect(await table.getByRole('columnheader', { name: 'Excerpt (redacted)' }).count()).toBe(0);
    const entries = await storedLog(options);
    expect(entries.map((e) => e.excerpt)).toEqual([undefined, undefined]);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^postguard-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toBe(`\uFEFF${auditCsv(entries)}`);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('time,site,decision,severity,categories,rules,justification,note,excerpt,id');
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example""), ""quoted""",`);
    expect(lines[2]).toContain(',bluesky,cancel,warn,speculation;competitor,speculation/rumor,');

    // Clearing asks first; keeping the log changes nothing.
    await section.getByRole('button', { name: 'Clear log' }).click();
    await section.getByRole('button', { name: 'Keep the log' }).click();
    expect(await storedLog(options)).toHaveLength(2);
    await section.getByRole('button', { name: 'Clear log' }).click();
    await section.getByRole('button', { name: 'Delete all entries' }).click();
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toBe('Audit log cleared. Entries deleted: 2.');
    expect(await section.getByText('No entries yet.').isVisible()).toBe(true);
    expect(await storedLog(options)).toEqual([]);
    await options.close();
  });

  it('lets a content script record a decision but not read or clear the log', async () => {
    const options = await openOptions();
    expect(await ask(options, 'recordDecision', CANCEL)).toEqual({ recorded: true });
    const site = await openSite(session.context, 'x');

    // The content-script world reaches the worker: its records are taken.
    expect(await askFromContentScript(site, 'recordDecision', { ...CANCEL, site: 'x' })).toEqual({
      answer: { recorded: true },
    });
    // But the log is not for it: no entries come back, and nothing is cleared.
    for (const type of ['auditLog', 'clearAuditLog']) {
      const outcome = (await askFromContentScript(site, type, {})) as { answer?: unknown; refused?: string };
      expect(outcome.answer ?? null, type).toBeNull();
    }
    const entries = await storedLog(options);
    expect(entries.map((e) => e.site)).toEqual(['x', 'bluesky']);

    await ask(options, 'clearAuditLog', {});
    await site.close();
    await options.close();
  });
});
