import { describe, expect, it } from 'vitest';
import { auditCsv, auditJson, CSV_COLUMNS, csvField, exportFileName } from './audit-export';
import type { AuditEntry } from './messages';
import { OVERRIDE_ENTRY } from './testing/audit-entries';

const ENTRY: AuditEntry = {
  ...OVERRIDE_ENTRY,
  note: 'Revoked, see "INC-42", yesterday',
  excerpt: 'key ████\nend',
};

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['windows\r\nline', '"windows\r\nline"'],
    ['semi;colon', 'semi;colon'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralizes a formula: %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves a formula sign that is not first alone', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(' =1')).toBe(' =1');
  });
});

describe('auditCsv', () => {
  it('writes a header row and nothing else for an empty log', () => {
    expect(auditCsv([])).toBe('time,site,decision,severity,categories,rules,justification,note,excerpt,id\r\n');
  });

  it('writes one row per entry with lists joined by ";" and CRLF line ends', () => {
    const { justification: _j, note: _n, excerpt: _e, ...bare } = ENTRY;
    const csv = auditCsv([ENTRY, { ...bare, id: 'b2', decision: 'cancel', categories: ['legal'], rules: [] }]);
    expect(csv).toBe(
      'time,site,decision,severity,categories,rules,justification,note,excerpt,id\r\n' +
        '2026-03-01T09:30:00.000Z,linkedin,post-anyway,block,credentials;personal-info,' +
        'credentials/api-key;personal-info/phone-number,Already public information,' +
        '"Revoked, see ""INC-42"", yesterday","key ████\nend",e2\r\n' +
        '2026-03-01T09:30:00.000Z,linkedin,cancel,block,legal,,,,,b2\r\n',
    );
  });

  it('gives every row as many fields as the header', () => {
    const row = auditCsv([{ ...ENTRY, note: 'x', excerpt: 'y' }]).split('\r\n')[1]!;
    expect(row.split(',')).toHaveLength(CSV_COLUMNS.length);
  });

  it('neutralizes formulas in what the person typed', () => {
    const csv = auditCsv([{ ...ENTRY, note: '=cmd|"/c calc"!A1', excerpt: undefined }]);
    expect(csv).toContain(`,"'=cmd|""/c calc""!A1",,e2\r\n`);
  });
});

describe('auditJson', () => {
  it('round-trips the entries with the export time', () => {
    const parsed = JSON.parse(auditJson([ENTRY], new Date('2026-03-02T10:00:00.000Z')));
    expect(parsed).toEqual({
      format: 'postguard-audit-log',
      version: 1,
      exportedAt: '2026-03-02T10:00:00.000Z',
      entries: [ENTRY],
    });
  });
});

describe('exportFileName', () => {
  it('names the file with the local date', () => {
    expect(exportFileName('csv', new Date(2026, 2, 1, 23, 59))).toBe('postguard-audit-log-2026-03-01.csv');
    expect(exportFileName('json', new Date(2026, 11, 31))).toBe('postguard-audit-log-2026-12-31.json');
  });
});
