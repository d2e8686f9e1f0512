import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../checker/types';
import { segmentsOf } from './segments';

const finding = (start: number, end: number, severity: Finding['severity']): Finding => ({
  category: 'confidential',
  rule: 'confidential/codenames',
  severity,
  start,
  end,
  message: 'm',
  reason: 'r',
});

describe('segmentsOf', () => {
  it('returns the whole text as one plain run without findings', () => {
    expect(segmentsOf('hello', [])).toEqual([{ start: 0, text: 'hello', severity: null }]);
  });

  it('cuts at each finding and shows the most serious of overlapping ones', () => {
    const text = 'ab Tundra 🚀 cd';
    expect(segmentsOf(text, [finding(3, 9, 'warn'), finding(7, 12, 'block')])).toEqual([
      { start: 0, text: 'ab ', severity: null },
      { start: 3, text: 'Tund', severity: 'warn' },
      { start: 7, text: 'ra', severity: 'block' },
      { start: 9, text: ' 🚀', severity: 'block' },
      { start: 12, text: ' cd', severity: null },
    ]);
  });

  it('never cuts past the end of the text', () => {
    expect(segmentsOf('abc', [finding(1, 10, 'suggestion')])).toEqual([
      { start: 0, text: 'a', severity: null },
      { start: 1, text: 'bc', severity: 'suggestion' },
    ]);
  });
});
