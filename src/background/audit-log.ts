/**
 * The local audit log of send-guard stops (issue #5): one array under one
 * storage.local key, oldest first, bounded by the policy's audit.maxEntries.
 * The worker sets each entry's id and time, and keeps the excerpt only when the
 * policy asks for it. Every change is a read-modify-write of storage, run one at
 * a time, so records arriving together from several tabs are all kept and a
 * stopped worker loses nothing but the write it was in the middle of.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { AuditSettings } from '../checker/policy/compile';
import { type AuditEntry, AuditEntrySchema, type DecisionRecord } from '../shared/messages';

export const AUDIT_LOG_KEY = 'auditLog';

// ---- Pure: no browser APIs ----

/** The entry to store for `record`: the worker's id and time, note and justification trimmed, excerpt if allowed. */
export function auditEntry(record: DecisionRecord, settings: AuditSettings, id: string, time: string): AuditEntry {
  const { excerpt, justification, note, ...rest } = record;
  const entry: AuditEntry = { id, time, ...rest, categories: [...rest.categories], rules: [...rest.rules] };
  if (justification?.trim()) entry.justification = justification.trim();
  if (note?.trim()) entry.note = note.trim();
  if (settings.storeExcerpt && excerpt?.trim()) entry.excerpt = excerpt;
  return entry;
}

/** `log` (oldest first) with `entry` appended and the oldest entries dropped beyond `maxEntries`. */
export function appendBounded(log: readonly AuditEntry[], entry: AuditEntry, maxEntries: number): AuditEntry[] {
  const keep = Math.max(1, Math.floor(maxEntries));
  return [...log, entry].slice(-keep);
}

/** The stored log, keeping every entry that is still well-formed (storage may hold anything). */
export function parseStoredLog(raw: unknown): AuditEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const result = v.safeParse(AuditEntrySchema, item);
    return result.success ? [result.output] : [];
  });
}

// ---- Storage ----

let pending: Promise<unknown> = Promise.resolve();

/** Runs `task` after every change started before it, so no two read-modify-writes interleave. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = pending.then(task, task);
  pending = run.catch(() => undefined);
  return run;
}

async function readLog(): Promise<AuditEntry[]> {
  const stored = await browser.storage.local.get(AUDIT_LOG_KEY);
  return parseStoredLog(stored[AUDIT_LOG_KEY]);
}

/**
 * Stores `log`; when storage is full (storage.local's quota is shared with the
 * rest of the extension), drops the older half until it fits or only the newest is left.
 */
async function writeLog(log: AuditEntry[]): Promise<void> {
  for (let kept = log; ; kept = kept.slice(Math.ceil(kept.length / 2))) {
    try {
      await browser.storage.local.set({ [AUDIT_LOG_KEY]: kept });
      return;
    } catch (error) {
      if (kept.length <= 1 || !/quota/i.test(String(error))) throw error;
    }
  }
}

/** Appends one decision, unless the policy disables the log; true when it was recorded. */
export function recordDecision(record: DecisionRecord, settings: AuditSettings): Promise<boolean> {
  if (!settings.enabled) return Promise.resolve(false);
  return oneAtATime(async () => {
    const entry = auditEntry(record, settings, crypto.randomUUID(), new Date().toISOString());
    await writeLog(appendBounded(await readLog(), entry, settings.maxEntries));
    return true;
  });
}

/** The log, newest first. */
export function readAuditLog(): Promise<AuditEntry[]> {
  return oneAtATime(async () => (await readLog()).reverse());
}

/** Empties the log; answers how many entries it held. */
export function clearAuditLog(): Promise<number> {
  return oneAtATime(async () => {
    const count = (await readLog()).length;
    await browser.storage.local.remove(AUDIT_LOG_KEY);
    return count;
  });
}
