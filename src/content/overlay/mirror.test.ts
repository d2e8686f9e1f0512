// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../checker/types';
import { TextareaMirror } from './mirror';

const BOX = { left: 10, top: 20, width: 300, height: 80 };

const finding = (text: string, word: string, severity: Severity = 'warn'): Finding => ({
  category: 'credentials',
  rule: 'credentials/api-key',
  severity,
  start: text.indexOf(word),
  end: text.indexOf(word) + word.length,
  message: 'm',
  reason: 'r',
});

function setUp(): { textarea: HTMLTextAreaElement; mirror: TextareaMirror } {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  const host = document.createElement('div');
  document.body.append(host);
  return { textarea, mirror: new TextareaMirror(textarea, host) };
}

/** The copy as [text, severity] pieces (severity '' for plain text). */
const pieces = (mirror: TextareaMirror): Array<[string, string]> =>
  [...mirror.element.childNodes].map((n) => [
    n.textContent ?? '',
    n instanceof HTMLElement ? (n.dataset.severity ?? '') : '',
  ]);

afterEach(() => document.body.replaceChildren());

describe('TextareaMirror', () => {
  it('copies the text with a span per finding, made of text nodes only', () => {
    const { mirror } = setUp();
    const text = 'call me at 555 or mail x@y.z';
    mirror.update(text, [finding(text, 'x@y.z', 'block'), finding(text, '555')], BOX);
    expect(pieces(mirror)).toEqual([
      ['call me at ', ''],
      ['555', 'warn'],
      [' or mail ', ''],
      ['x@y.z', 'block'],
      ['\u200b', ''],
    ]);
    expect(mirror.element.style.display).toBe('');
    expect(mirror.element.style.left).toBe('10px');
  });

  it('keeps its nodes while typing moves the text around the same findings', () => {
    const { mirror } = setUp();
    const before = 'key AKIA1 here';
    mirror.update(before, [finding(before, 'AKIA1')], BOX);
    const [, span] = [...mirror.element.childNodes];
    const after = 'my key AKIA1 here!';
    mirror.update(after, [finding(after, 'AKIA1')], BOX);
    expect([...mirror.element.childNodes][1]).toBe(span);
    expect(pieces(mirror)).toEqual([
      ['my key ', ''],
      ['AKIA1', 'warn'],
      [' here!\u200b', ''],
    ]);
  });

  it('rebuilds when the findings change, and leaves out overlapping ones', () => {
    const { mirror } = setUp();
    const text = 'alpha beta gamma';
    mirror.update(text, [finding(text, 'beta')], BOX);
    const overlapping = { ...finding(text, 'beta gamma'), severity: 'block' as const };
    mirror.update(text, [finding(text, 'alpha', 'suggestion'), finding(text, 'beta'), overlapping], BOX);
    expect(pieces(mirror)).toEqual([
      ['', ''],
      ['alpha', 'suggestion'],
      [' ', ''],
      ['beta', 'warn'],
      [' gamma\u200b', ''],
    ]);
    // Every finding keeps an index for rects(); the overlapping one has none to show.
    expect(mirror.rects(2)).toEqual([]);
  });

  it('hides and empties itself when there is nothing to underline', () => {
    const { mirror } = setUp();
    const text = 'secret AKIA1';
    mirror.update(text, [finding(text, 'AKIA1')], BOX);
    mirror.update(text, [], BOX);
    expect(mirror.element.style.display).toBe('none');
    expect(mirror.element.childNodes).toHaveLength(0);
  });

  it('scrolls with the textarea, read when shown and on its scroll events', () => {
    const { textarea, mirror } = setUp();
    const text = 'line\n'.repeat(50) + 'AKIA1';
    textarea.value = text;
    textarea.scrollTop = 40;
    mirror.update(text, [finding(text, 'AKIA1')], BOX);
    expect(mirror.element.scrollTop).toBe(40);
    textarea.scrollTop = 120;
    // Not read while typing: only a scroll event brings the new offset.
    mirror.update(`${text}!`, [finding(text, 'AKIA1')], BOX);
    expect(mirror.element.scrollTop).toBe(40);
    mirror.syncScroll();
    expect(mirror.element.scrollTop).toBe(120);
  });
});
