import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditSettings } from '../checker/policy/compile';
import type { AuditEntry, DecisionRecord } from '../shared/messages';

/** storage.local that yields between reading and answering, the way the browser's does, so writes can race. */
const storage = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  const state = { quotaBytes: Infinity };
  const yieldToOthers = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    data,
    state,
    local: {
      async get(key: string) {
        const value = structuredClone(data[key]);
        await yieldToOthers();
        return value === undefined ? {} : { [key]: value };
      },
      async set(items: Record<string, unknown>) {
        await yieldToOthers();
        if (JSON.stringify(items).length > state.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
        Object.assign(data, structuredClone(items));
      },
      async remove(key: string) {
        await yieldToOthers();
        delete data[key];
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: { storage: { local: storage.local } } }));

const { AUDIT_LOG_KEY, appendBounded, auditEntry, clearAuditLog, parseStoredLog, readAuditLog, recordDecision } =
  await import('./audit-log');

const ON: AuditSettings = { enabled: true, storeExcerpt: false, maxEntries: 10 };
const TIME = '2026-03-01T09:30:00.000Z';

const record = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  site: 'x',
  decision: 'cancel',
  severity: 'block',
  categories: ['credentials'],
  rules: ['credentials/api-key'],
  ...overrides,
});

const entry = (n: number): AuditEntry => ({ ...record(), id: `id-${n}`, time: TIME });

beforeEach(() => {
  for (const key of Object.keys(storage.data)) delete storage.data[key];
  storage.state.quotaBytes = Infinity;
});

describe('auditEntry', () => {
  it('sets the id and time and copies the decision', () => {
    expect(auditEntry(record(), ON, 'abc', TIME)).toEqual({ id: 'abc', time: TIME, ...record() });
  });

  it('drops the excerpt unless the policy stores excerpts', () => {
    const withExcerpt = record({ excerpt: 'my key is ████' });
    expect(auditEntry(withExcerpt, ON, 'a', TIME)).not.toHaveProperty('excerpt');
    expect(auditEntry(withExcerpt, { ...ON, storeExcerpt: true }, 'a', TIME).excerpt).toBe('my key is ████');
  });

  it('trims the justification and note and leaves out empty ones', () => {
    const override = record({ decision: 'post-anyway', justification: '  Approved ', note: ' ok\n' });
    expect(auditEntry(override, ON, 'a', TIME)).toMatchObject({ justification: 'Approved', note: 'ok' });
    const blank = auditEntry(record({ decision: 'post-anyway', justification: '', note: '   ' }), ON, 'a', TIME);
    expect(blank).not.toHaveProperty('justification');
    expect(blank).not.toHaveProperty('note');
  });
});

describe('appendBounded', () => {
  const log = (count: number) => Array.from({ length: count }, (_, i) => entry(i));

  it('appends below the bound', () => {
    expect(appendBounded(log(3), entry(3), 10).map((e) => e.id)).toEqual(['id-0', 'id-1', 'id-2', 'id-3']);
  });

  it('keeps exactly maxEntries when it reaches the bound', () => {
    expect(appendBounded(log(9), entry(9), 10)).toHaveLength(10);
  });

  it('drops the oldest entry beyond the bound', () => {
    const next = appendBounded(log(10), entry(10), 10);
    expect(next).toHaveLength(10);
    expect(next[0]!.id).toBe('id-1');
    expect(next.at(-1)!.id).toBe('id-10');
  });

  it('drops as many of the oldest as needed when the policy lowers the bound', () => {
    expect(appendBounded(log(50), entry(50), 10).map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `id-${41 + i}`),
    );
  });

  it('does not change the log it was given', () => {
    const before = log(10);
    appendBounded(before, entry(10), 10);
    expect(before).toHaveLength(10);
  });
});

describe('parseStoredLog', () => {
  it('keeps well-formed entries and skips anything else', () => {
    const raw = [entry(1), { ...entry(2), site: 'myspace' }, 'junk', null, { ...entry(3), time: 'yesterday' }, entry(4)];
    expect(parseStoredLog(raw).map((e) => e.id)).toEqual(['id-1', 'id-4']);
  });

  it.each([undefined, null, {}, 'auditLog'])('reads %j as an empty log', (raw) => {
    expect(parseStoredLog(raw)).toEqual([]);
  });
});

describe('the stored log', () => {
  it('records nothing when the policy disables the log', async () => {
    expect(await recordDecision(record(), { ...ON, enabled: false })).toBe(false);
    expect(storage.data).not.toHaveProperty(AUDIT_LOG_KEY);
  });

  it('answers newest first, with unique ids and ISO times set by the worker', async () => {
    await recordDecision(record({ site: 'x' }), ON);
    await recordDecision(record({ site: 'bluesky' }), ON);
    const log = await readAuditLog();
    expect(log.map((e) => e.site)).toEqual(['bluesky', 'x']);
    expect(new Set(log.map((e) => e.id)).size).toBe(2);
    for (const e of log) expect(new Date(e.time).toISOString()).toBe(e.time);
  });

  it('keeps every record sent at once from several tabs', async () => {
    const sites = ['x', 'linkedin', 'facebook', 'reddit', 'bluesky', 'threads', 'youtube', 'mastodon'] as const;
    const results = await Promise.all(sites.map((site) => recordDecision(record({ site }), ON)));
    expect(results.every(Boolean)).toBe(true);
    expect((await readAuditLog()).map((e) => e.site).sort()).toEqual([...sites].sort());
  });

  it('stays within maxEntries under concurrent records', async () => {
    await Promise.all(Array.from({ length: 25 }, () => recordDecision(record(), ON)));
    expect(await readAuditLog()).toHaveLength(10);
  });

  it('clears the log and says how many entries it held', async () => {
    await Promise.all([recordDecision(record(), ON), recordDecision(record(), ON)]);
    expect(await clearAuditLog()).toBe(2);
    expect(await readAuditLog()).toEqual([]);
    expect(await clearAuditLog()).toBe(0);
  });

  it('drops the older half when storage is full, keeping the newest', async () => {
    storage.data[AUDIT_LOG_KEY] = Array.from({ length: 8 }, (_, i) => entry(i));
    storage.state.quotaBytes = JSON.stringify({ [AUDIT_LOG_KEY]: [entry(0), entry(1), entry(2), entry(3), entry(4)] }).length;
    expect(await recordDecision(record({ site: 'threads' }), { ...ON, maxEntries: 100 })).toBe(true);
    const log = await readAuditLog();
    expect(log[0]!.site).toBe('threads');
    expect(log.map((e) => e.id).slice(1)).toEqual(['id-7', 'id-6', 'id-5']);
  });

  it('fails a record on other storage errors instead of dropping entries', async () => {
    storage.data[AUDIT_LOG_KEY] = [entry(0), entry(1)];
    const set = vi.spyOn(storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(recordDecision(record(), ON)).rejects.toThrow('IO error');
    set.mockRestore();
    expect(await readAuditLog()).toHaveLength(2);
    // The failure does not block the records after it.
    expect(await recordDecision(record(), ON)).toBe(true);
    expect(await readAuditLog()).toHaveLength(3);
  });
});
