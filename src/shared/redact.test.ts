import { describe, expect, it } from 'vitest';
import type { Finding } from '../checker/types';
import { REDACTION_MASK, redactedExcerpt } from './redact';

const span = (start: number, end: number): Finding => ({
  category: 'personal-info',
  rule: 'personal-info/phone-number',
  severity: 'block',
  start,
  end,
  message: 'A phone number.',
  reason: 'Personal information.',
});

/** The span of `part` in `text`, as a finding. */
const at = (text: string, part: string): Finding => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return span(start, start + part.length);
};

describe('redactedExcerpt', () => {
  it('masks each finding with the same fixed block, whatever its length', () => {
    const text = 'Call 555 0100 or mail jo@example.com now';
    expect(redactedExcerpt(text, [at(text, '555 0100'), at(text, 'jo@example.com')])).toBe(
      `Call ${REDACTION_MASK} or mail ${REDACTION_MASK} now`,
    );
    expect(REDACTION_MASK).toBe('████');
  });

  it('leaks no length: short and long secrets give the same excerpt', () => {
    const short = 'key: ab';
    const long = 'key: abcdefghijklmnopqrstuvwxyz0123456789';
    expect(redactedExcerpt(short, [span(5, short.length)])).toBe(redactedExcerpt(long, [span(5, long.length)]));
  });

  it('joins overlapping and touching findings into one mask, in any order', () => {
    const text = 'a secretvalue b';
    expect(redactedExcerpt(text, [span(8, 13), span(2, 9)])).toBe(`a ${REDACTION_MASK} b`);
    expect(redactedExcerpt(text, [span(2, 8), span(8, 13)])).toBe(`a ${REDACTION_MASK} b`);
  });

  it('clamps spans to the text and ignores empty ones', () => {
    expect(redactedExcerpt('hello secret', [span(6, 99), span(3, 3), span(-4, 0)])).toBe(`hello ${REDACTION_MASK}`);
  });

  it('collapses whitespace, including line breaks, and trims it', () => {
    expect(redactedExcerpt('  one\n\n two\t\tthree \r\n', [])).toBe('one two three');
  });

  it('returns the text unchanged when nothing is flagged and it fits', () => {
    expect(redactedExcerpt('Nothing to see here.', [])).toBe('Nothing to see here.');
  });

  it('cuts to maxLength code units with an ellipsis', () => {
    const out = redactedExcerpt('abcdefghijklmnopqrstuvwxyz', [], 10);
    expect(out).toBe('abcdefghi…');
    expect(out).toHaveLength(10);
  });

  it('keeps the default limit of 280', () => {
    const out = redactedExcerpt('word '.repeat(100), []);
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never cuts inside a surrogate pair', () => {
    // 'ab' then emoji (2 code units each): a cut after 5 units would split the third emoji.
    const out = redactedExcerpt('ab😀😀😀😀', [], 6);
    expect(out).toBe('ab😀…');
    expect(out).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });

  it('masks spans given in UTF-16 offsets around emoji', () => {
    const text = '😀 secret 😀';
    expect(redactedExcerpt(text, [at(text, 'secret')])).toBe(`😀 ${REDACTION_MASK} 😀`);
  });

  it('does not leave a space before the ellipsis', () => {
    expect(redactedExcerpt('abcd efgh', [], 6)).toBe('abcd…');
  });
});
