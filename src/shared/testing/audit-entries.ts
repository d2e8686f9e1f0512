/** Sample audit-log entries for tests: an override with every field but the excerpt, and a bare stop. */
import type { AuditEntry } from '../messages';

export const OVERRIDE_ENTRY: AuditEntry = {
  id: 'e2',
  time: '2026-03-01T09:30:00.000Z',
  site: 'linkedin',
  decision: 'post-anyway',
  severity: 'block',
  categories: ['credentials', 'personal-info'],
  rules: ['credentials/api-key', 'personal-info/phone-number'],
  justification: 'Already public information',
  note: 'Revoked yesterday',
};

export const CANCEL_ENTRY: AuditEntry = {
  id: 'e1',
  time: '2026-02-28T17:05:00.000Z',
  site: 'bluesky',
  decision: 'cancel',
  severity: 'warn',
  categories: ['speculation'],
  rules: ['speculation/rumor'],
};

/** The request part of an entry: what a content script sends as `recordDecision`. */
export function decisionOf({ id: _id, time: _time, ...record }: AuditEntry) {
  return record;
}
