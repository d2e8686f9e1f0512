import { describe, expect, it } from 'vitest';
import { withoutCovered } from './covered';
import type { Finding, Severity } from './types';

const fix = [{ label: 'Fix', replacement: '', start: 0, end: 0 }];

function finding(
  rule: string,
  start: number,
  end: number,
  severity: Severity = 'warn',
  withFix = false,
): Finding {
  const category = rule.split('/')[0] as Finding['category'];
  const f: Finding = { category, rule, severity, start, end, message: rule, reason: '' };
  if (withFix) f.suggestions = fix;
  return f;
}

const rules = (findings: Finding[]): string[] => findings.map((f) => `${f.rule} ${f.start}-${f.end}`);

describe('withoutCovered', () => {
  it.each([
    ['the same span: the first rule by id stays', [finding('endorsement/b', 0, 9), finding('endorsement/a', 0, 9)], ['endorsement/a 0-9']],
    ['a span inside a wider one', [finding('endorsement/a', 0, 20), finding('endorsement/b', 5, 9)], ['endorsement/a 0-20']],
    ['a wider span starting later is not covered', [finding('legal/a', 0, 5), finding('legal/b', 3, 9)], ['legal/a 0-5', 'legal/b 3-9']],
    ['other categories are never merged', [finding('legal/a', 0, 9), finding('location/b', 2, 5)], ['legal/a 0-9', 'location/b 2-5']],
    [
      'a more severe finding inside stays',
      [finding('harassment/a', 0, 20, 'warn'), finding('harassment/b', 5, 9, 'block')],
      ['harassment/a 0-20', 'harassment/b 5-9'],
    ],
    [
      'a finding with a fix inside one without stays',
      [finding('credentials/a', 0, 20), finding('credentials/b', 5, 9, 'warn', true)],
      ['credentials/a 0-20', 'credentials/b 5-9'],
    ],
    [
      'on the same span the one with a fix stays, whatever the rule ids',
      [finding('customer-data/a', 4, 9), finding('customer-data/b', 4, 9, 'warn', true)],
      ['customer-data/b 4-9'],
    ],
    [
      'on the same span the more severe one stays',
      [finding('customer-data/a', 4, 9, 'warn'), finding('customer-data/b', 4, 9, 'block')],
      ['customer-data/b 4-9'],
    ],
    [
      'a covering finding that ended before does not count',
      [finding('location/a', 0, 4), finding('location/b', 6, 9), finding('location/c', 6, 8)],
      ['location/a 0-4', 'location/b 6-9'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(rules(withoutCovered(input))).toEqual(expected);
  });

  it('keeps the order it was given', () => {
    const input = [finding('legal/c', 0, 3, 'block'), finding('legal/a', 0, 9), finding('legal/b', 4, 6)];
    expect(rules(withoutCovered(input))).toEqual(['legal/c 0-3', 'legal/a 0-9']);
  });

  it('returns the same array when nothing is covered', () => {
    const input = [finding('legal/a', 0, 3), finding('legal/b', 4, 6)];
    expect(withoutCovered(input)).toBe(input);
  });
});
