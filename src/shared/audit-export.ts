/**
 * The audit log as files to download from the options page (issue #5): CSV for
 * spreadsheets, JSON for tools. Pure; the page turns the text into a Blob.
 */
import type { AuditEntry } from './messages';

/** The CSV columns, in order; the header row names them as written here. */
export const CSV_COLUMNS = [
  'time',
  'site',
  'decision',
  'severity',
  'categories',
  'rules',
  'justification',
  'note',
  'excerpt',
  // Last: for telling entries apart when exports overlap, not for reading.
  'id',
] as const satisfies ReadonlyArray<keyof AuditEntry>;

const LIST_SEPARATOR = ';';
const CRLF = '\r\n';

/**
 * One CSV field per RFC 4180, safe to open in a spreadsheet: a value a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe; a value with a comma, quote or line break is quoted, with
 * its quotes doubled.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function columnText(entry: AuditEntry, column: (typeof CSV_COLUMNS)[number]): string {
  const value = entry[column];
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value ?? '');
}

/** The entries as CSV: a header row, then one row per entry in the given order, CRLF line ends. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...entries.map((entry) => CSV_COLUMNS.map((column) => csvField(columnText(entry, column))).join(',')),
  ];
  return rows.join(CRLF) + CRLF;
}

/** The entries as JSON, with what the file is and when it was exported. */
export function auditJson(entries: readonly AuditEntry[], exportedAt: Date): string {
  return `${JSON.stringify({ format: 'postguard-audit-log', version: 1, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

/** "postguard-audit-log-2026-03-01.csv": the date of the export, on the person's calendar. */
export function exportFileName(extension: 'csv' | 'json', date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0'));
  return `postguard-audit-log-${day.join('-')}.${extension}`;
}
