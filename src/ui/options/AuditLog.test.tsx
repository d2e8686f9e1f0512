// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCsv, auditJson } from '../../shared/audit-export';
import { CANCEL_ENTRY, OVERRIDE_ENTRY } from '../../shared/testing/audit-entries';
import { installChromeI18n } from '../testing/chrome-i18n';

/** The worker's audit-log answers and storage.onChanged, as the options page sees them. */
const worker = vi.hoisted(() => {
  type Listener = (changes: Record<string, unknown>, area: string) => void;
  const state = {
    entries: [] as unknown[],
    enabled: true,
    /** False: the worker does not answer (askWorker resolves to null). */
    answers: true,
    cleared: 0,
    listeners: new Set<Listener>(),
  };
  const browser = {
    runtime: {
      async sendMessage(message: { type: string }) {
        if (!state.answers) return undefined;
        if (message.type === 'auditLog') return { entries: structuredClone(state.entries), enabled: state.enabled };
        if (message.type === 'clearAuditLog') {
          const cleared = state.entries.length;
          state.entries = [];
          state.cleared++;
          return { cleared };
        }
        return undefined;
      },
    },
    storage: {
      onChanged: {
        addListener: (l: Listener) => state.listeners.add(l),
        removeListener: (l: Listener) => state.listeners.delete(l),
      },
    },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: worker.browser }));

const { AuditLog, AUDIT_PAGE_SIZE } = await import('./AuditLog');

const OVERRIDE = OVERRIDE_ENTRY;
const CANCEL = CANCEL_ENTRY;

function show({ entries = [OVERRIDE, CANCEL], enabled = true, answers = true } = {}) {
  Object.assign(worker.state, { entries, enabled, answers, cleared: 0 });
  worker.state.listeners.clear();
  return render(<AuditLog />);
}

const section = (name = 'Audit log') => screen.getByRole('region', { name });
const table = () => within(section()).findByRole('table', { name: /Stopped posts, newest first/ });

/** Captures what an export offers: the Blob's text and the file name of the <a download>. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

beforeEach(() => installChromeI18n('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the audit log table', () => {
  it('lists the entries newest first with headers, a caption and the count', async () => {
    show();
    const grid = await table();
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Time',
      'Site',
      'Choice',
      'Stopped for',
      'Categories',
      'Rules',
      'Justification',
    ]);
    expect(within(grid).getByText('Entries: 2')).toBeTruthy();
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.dataset.decision)).toEqual(['post-anyway', 'cancel']);
    const first = within(rows[0]!);
    expect(first.getByText('LinkedIn')).toBeTruthy();
    expect(first.getByText('Posted anyway')).toBeTruthy();
    expect(first.getByText('Blocking finding')).toBeTruthy();
    expect(first.getByText('Credentials and secrets, Personal information')).toBeTruthy();
    expect(first.getByText('credentials/api-key')).toBeTruthy();
    expect(first.getByText('Already public information')).toBeTruthy();
    expect(first.getByText('Note: Revoked yesterday')).toBeTruthy();
    const second = within(rows[1]!);
    expect(second.getByText('Bluesky')).toBeTruthy();
    expect(second.getByText('Cancelled')).toBeTruthy();
    expect(second.getByText('Warning')).toBeTruthy();
  });

  it('shows each time as a row header in the UI language, with the exact time in the markup', async () => {
    show();
    const header = within(await table()).getAllByRole('rowheader')[0]!;
    const time = header.querySelector('time')!;
    expect(time.dateTime).toBe(OVERRIDE.time);
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(OVERRIDE.time)),
    );
  });

  it('is in Spanish for a Spanish browser', async () => {
    installChromeI18n('es');
    show();
    const grid = await within(section('Registro de auditoría')).findByRole('table', { name: /Publicaciones detenidas/ });
    expect(within(grid).getByRole('columnheader', { name: 'Justificación' })).toBeTruthy();
    expect(within(grid).getByText('Publicó de todos modos')).toBeTruthy();
    expect(within(grid).getAllByRole('rowheader')[0]!.textContent).toBe(
      new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(OVERRIDE.time)),
    );
  });

  it('adds the excerpt column only when an entry has an excerpt', async () => {
    show({ entries: [{ ...OVERRIDE, excerpt: 'key is ████' }, CANCEL] });
    const grid = await table();
    expect(within(grid).getByRole('columnheader', { name: 'Excerpt (redacted)' })).toBeTruthy();
    expect(within(grid).getByText('key is ████')).toBeTruthy();
    cleanup();
    show();
    expect(within(await table()).queryByRole('columnheader', { name: 'Excerpt (redacted)' })).toBeNull();
  });

  it('shows the newest page first and more on request', async () => {
    const many = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ ...CANCEL, id: `e${i}` }));
    show({ entries: many });
    const grid = await table();
    expect(within(grid).getAllByRole('row')).toHaveLength(AUDIT_PAGE_SIZE + 1);
    expect(within(section()).getByText(`Showing the newest ${AUDIT_PAGE_SIZE} of ${many.length}.`)).toBeTruthy();
    fireEvent.click(within(section()).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(many.length + 1));
    expect(within(section()).queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('reloads when a tab records a decision', async () => {
    show({ entries: [CANCEL] });
    await table();
    worker.state.entries = [OVERRIDE, CANCEL];
    for (const listener of worker.state.listeners) listener({ auditLog: {} }, 'local');
    await waitFor(async () => expect(within(await table()).getByText('Entries: 2')).toBeTruthy());
  });
});

describe('states', () => {
  it('says when the log is empty and offers nothing to export or clear', async () => {
    show({ entries: [] });
    expect(await within(section()).findByText('No entries yet.')).toBeTruthy();
    expect(within(section()).queryByRole('table')).toBeNull();
    for (const name of ['Export CSV', 'Export JSON', 'Clear log'])
      expect((within(section()).getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('notes when the policy turns the log off, and still shows what was recorded', async () => {
    show({ enabled: false });
    expect(
      await within(section()).findByText('The policy in force turns the audit log off: new stops are not recorded.'),
    ).toBeTruthy();
    expect(await table()).toBeTruthy();
  });

  it('has no such note while the log is on', async () => {
    show();
    await table();
    expect(within(section()).queryByRole('note')).toBeNull();
  });

  it('says so when the worker does not answer', async () => {
    show({ answers: false });
    expect(await within(section()).findByText('The audit log could not be read.')).toBeTruthy();
  });
});

describe('export', () => {
  it('downloads the log as CSV, readable by spreadsheets, named with the date', async () => {
    const { blobs, names } = catchDownloads();
    show();
    await table();
    fireEvent.click(within(section()).getByRole('button', { name: 'Export CSV' }));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^postguard-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // Blob.text() decodes UTF-8 and drops a leading BOM, so the bytes are checked for it.
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`\uFEFF${auditCsv([OVERRIDE, CANCEL])}`);
  });

  it('downloads the log as JSON', async () => {
    const { blobs, names } = catchDownloads();
    show();
    await table();
    fireEvent.click(within(section()).getByRole('button', { name: 'Export JSON' }));
    expect(names[0]).toMatch(/^postguard-audit-log-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(await blobs[0]!.text()) as { entries: unknown; exportedAt: string };
    expect(parsed.entries).toEqual([OVERRIDE, CANCEL]);
    expect(await blobs[0]!.text()).toBe(auditJson([OVERRIDE, CANCEL], new Date(parsed.exportedAt)));
  });
});

describe('clearing', () => {
  it('asks first, and keeping the log changes nothing', async () => {
    show();
    await table();
    const clear = within(section()).getByRole('button', { name: 'Clear log' });
    fireEvent.click(clear);
    const question = within(section()).getByRole('group', {
      name: 'Delete every entry of the audit log? This cannot be undone.',
    });
    const keep = within(question).getByRole('button', { name: 'Keep the log' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(keep);
    expect(within(section()).queryByRole('group')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(section()).getByRole('button', { name: 'Clear log' })),
    );
    expect(worker.state.cleared).toBe(0);
    expect(within(await table()).getByText('Entries: 2')).toBeTruthy();
  });

  it('clears on confirmation, says how many entries went, and moves focus to that', async () => {
    show();
    await table();
    fireEvent.click(within(section()).getByRole('button', { name: 'Clear log' }));
    fireEvent.click(within(section()).getByRole('button', { name: 'Delete all entries' }));
    const status = within(section()).getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Audit log cleared. Entries deleted: 2.'));
    expect(worker.state.cleared).toBe(1);
    expect(within(section()).getByText('No entries yet.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('says so when the log could not be cleared, and keeps showing it', async () => {
    show();
    await table();
    worker.state.answers = false;
    fireEvent.click(within(section()).getByRole('button', { name: 'Clear log' }));
    fireEvent.click(within(section()).getByRole('button', { name: 'Delete all entries' }));
    const status = within(section()).getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('The audit log could not be cleared.'));
    expect(status.classList.contains('error')).toBe(true);
    expect(within(await table()).getByText('Entries: 2')).toBeTruthy();
  });
});
