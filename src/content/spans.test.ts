import { describe, expect, it } from 'vitest';
import type { Finding } from '../checker/types';
import { diffTexts, shiftFindings } from './spans';

const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  category: 'personal-info',
  rule: 'personal-info/phone-number',
  severity: 'warn',
  start,
  end,
  message: 'm',
  reason: 'r',
  ...extra,
});

describe('diffTexts', () => {
  it.each([
    ['abc', 'abc', null],
    ['abc', 'abXc', { start: 2, oldEnd: 2, newEnd: 3 }],
    ['abc', 'ac', { start: 1, oldEnd: 2, newEnd: 1 }],
    ['hello world', 'hello brave world', { start: 6, oldEnd: 6, newEnd: 12 }],
    ['aaa', 'aaaa', { start: 3, oldEnd: 3, newEnd: 4 }],
  ])('%j → %j', (a, b, expected) => {
    expect(diffTexts(a, b)).toEqual(expected);
  });
});

describe('shiftFindings', () => {
  const before = 'call 555-0147 now';
  const phone = finding(5, 13);

  it('keeps findings before the edit', () => {
    expect(shiftFindings([phone], before, `${before}!!`)).toEqual([phone]);
  });

  it('moves findings after the edit by its length', () => {
    const [f] = shiftFindings([phone], before, `please ${before}`);
    expect([f?.start, f?.end]).toEqual([12, 20]);
  });

  it('moves by a deletion, with emoji counted in UTF-16 units', () => {
    const [f] = shiftFindings([phone], `😀 ${before}`, before);
    expect([f?.start, f?.end]).toEqual([2, 10]);
  });

  it('drops findings the edit touches', () => {
    expect(shiftFindings([phone], before, 'call 555-01x47 now')).toEqual([]);
  });

  it('keeps an end-anchored suggestion at the end of the text', () => {
    const f = finding(0, 4, {
      suggestions: [{ label: 'Insert disclaimer', replacement: ' Views my own.', start: 17, end: 17 }],
    });
    const [g] = shiftFindings([f], before, `${before} ok`);
    expect(g?.suggestions?.[0]).toMatchObject({ start: 20, end: 20 });
  });
});
