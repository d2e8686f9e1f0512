import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../checker/types';
import {
  type BoxCheck,
  decideSend,
  decisionRecord,
  type Enforcement,
  overrideReady,
  sendExcerpt,
} from './decision';

const finding = (
  severity: Severity,
  start: number,
  end: number,
  rule = `credentials/rule-${start}`,
): Finding => ({
  category: rule.split('/')[0] as Finding['category'],
  rule,
  severity,
  start,
  end,
  message: 'm',
  reason: 'r',
});

const enforcement = (over: Partial<Enforcement> = {}): Enforcement => ({
  allowPause: true,
  allowOverride: true,
  justifications: [],
  confirmWarnings: false,
  ...over,
});

const box = (...findings: Finding[]): BoxCheck => ({ text: 'x'.repeat(100), findings });

describe('decideSend', () => {
  it('lets a post with no findings, or only suggestions and warnings, go out', () => {
    expect(decideSend([box()], enforcement())).toBeNull();
    expect(decideSend([box(finding('suggestion', 0, 2), finding('warn', 3, 5))], enforcement())).toBeNull();
    expect(decideSend([], enforcement())).toBeNull();
  });

  it('stops blocking findings, in text order, with a justified override when allowed', () => {
    const late = finding('block', 40, 50);
    const early = finding('block', 2, 8);
    const stop = decideSend([box(late, finding('warn', 0, 1), early)], enforcement());
    expect(stop).toEqual({ severity: 'block', findings: [early, late], override: 'justify' });
  });

  it('offers no override when the policy forbids it', () => {
    expect(decideSend([box(finding('block', 0, 4))], enforcement({ allowOverride: false }))?.override).toBe(
      'none',
    );
  });

  it('asks to confirm warnings only when the policy says so, with no justification needed', () => {
    const warn = finding('warn', 0, 4);
    expect(decideSend([box(warn)], enforcement({ confirmWarnings: true }))).toEqual({
      severity: 'warn',
      findings: [warn],
      override: 'confirm',
    });
    // Even where blocking findings may not be overridden, warnings never stop a post for good.
    expect(
      decideSend([box(warn)], enforcement({ confirmWarnings: true, allowOverride: false }))?.override,
    ).toBe('confirm');
  });

  it('blocking findings win over warnings to confirm', () => {
    const stop = decideSend(
      [box(finding('warn', 0, 4)), box(finding('block', 9, 12))],
      enforcement({ confirmWarnings: true }),
    );
    expect(stop?.severity).toBe('block');
    expect(stop?.findings.map((f) => f.start)).toEqual([9]);
  });

  it('considers every box a control sends (a thread), box by box', () => {
    const first = finding('block', 30, 34);
    const second = finding('block', 1, 3);
    expect(decideSend([box(first), box(second)], enforcement())?.findings).toEqual([first, second]);
  });
});

describe('overrideReady', () => {
  const stop = (override: 'justify' | 'confirm' | 'none') => ({
    severity: 'block' as const,
    findings: [],
    override,
  });
  it.each([
    ['justify', '', '', false],
    ['justify', '', '   ', false],
    ['justify', 'Approved by legal', '', true],
    ['justify', '', 'test key, revoked', true],
    ['confirm', '', '', true],
    ['none', 'Approved by legal', 'x', false],
  ] as const)('%s with reason %j and note %j → %s', (override, justification, note, ready) => {
    expect(overrideReady(stop(override), { justification, note })).toBe(ready);
  });
});

describe('decisionRecord', () => {
  const key = finding('block', 0, 20, 'credentials/api-key');
  const other = finding('block', 30, 40, 'credentials/api-key');
  const phone = finding('block', 50, 60, 'personal-info/phone-number');
  const stop = { severity: 'block' as const, findings: [key, other, phone], override: 'justify' as const };

  it('names each category and rule once and carries no text of the post', () => {
    expect(decisionRecord('x', stop, { decision: 'cancel' })).toEqual({
      site: 'x',
      decision: 'cancel',
      severity: 'block',
      categories: ['credentials', 'personal-info'],
      rules: ['credentials/api-key', 'personal-info/phone-number'],
    });
  });

  it('keeps the justification and the trimmed note of a post-anyway, leaving out empty ones', () => {
    expect(
      decisionRecord('mastodon', stop, {
        decision: 'post-anyway',
        justification: 'Approved by legal',
        note: '  ok  ',
      }),
    ).toMatchObject({ decision: 'post-anyway', justification: 'Approved by legal', note: 'ok' });
    const bare = decisionRecord('mastodon', stop, {
      decision: 'post-anyway',
      justification: '',
      note: 'why',
    });
    expect(bare).not.toHaveProperty('justification');
    expect(bare.note).toBe('why');
  });

  it('cuts the note at 256 characters and adds the excerpt only when given', () => {
    const record = decisionRecord(
      'x',
      stop,
      { decision: 'post-anyway', justification: '', note: 'n'.repeat(300) },
      '██',
    );
    expect(record.note).toHaveLength(256);
    expect(record.excerpt).toBe('██');
    expect(decisionRecord('x', stop, { decision: 'fix' })).not.toHaveProperty('excerpt');
  });
});

describe('sendExcerpt', () => {
  it('masks every finding of every box, at its offset in the joined text', () => {
    const first: BoxCheck = { text: 'key AKIA0000 here', findings: [finding('block', 4, 12)] };
    const second: BoxCheck = { text: 'call 555-0147', findings: [finding('warn', 5, 13)] };
    expect(sendExcerpt([first, second])).toBe('key ████ here call ████');
  });
});
