// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readDomText } from './dom-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html; // test fixture markup only, never page text
  document.body.append(root);
  return root;
}

describe('readDomText', () => {
  it.each([
    ['plain text', 'hello world', 'hello world'],
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['an empty paragraph is an empty line (Lexical, Quill)', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a leading empty paragraph', '<p><br></p><p>b</p>', '\nb'],
    [
      'a trailing placeholder <br> adds nothing (ProseMirror)',
      '<p>a<br class="ProseMirror-trailingBreak"></p>',
      'a',
    ],
    ['a soft line break inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    ['plain contenteditable with <div> lines (Chrome)', 'a<div>b</div><div>c</div>', 'a\nb\nc'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span data-offset-key="x"><span data-text="true">one</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">two</span></span></div></div></div>',
      'one\n\ntwo',
    ],
    ['emoji images contribute their alt text', 'hi <img alt="👋" src="x.png"> there', 'hi 👋 there'],
    ['mention atoms contribute their text', 'cc <span contenteditable="false">@alice</span>!', 'cc @alice!'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
  ])('%s', (_, html, expected) => {
    expect(readDomText(editor(html)).text).toBe(expected);
  });
});

describe('rangeFor', () => {
  it('maps a span across paragraphs back to the DOM', () => {
    const root = editor('<p>call 555</p><p>0147 now</p>');
    const map = readDomText(root);
    expect(map.text).toBe('call 555\n0147 now');
    const range = rangeFor(map, 5, 13);
    expect(range?.toString()).toBe('5550147');
    expect(range?.startContainer.textContent).toBe('call 555');
    expect(range?.startOffset).toBe(5);
    expect(range?.endOffset).toBe(4);
  });

  it('maps spans with emoji (UTF-16 offsets) and atoms', () => {
    const root = editor('😀 hey <span contenteditable="false">@bob</span> ok');
    const map = readDomText(root);
    const at = map.text.indexOf('hey');
    expect(rangeFor(map, at, at + 3)?.toString()).toBe('hey');
    const bob = map.text.indexOf('@bob');
    expect(rangeFor(map, bob + 1, bob + 3)?.toString()).toBe('@bob');
  });

  it('trims line breaks at the ends of a span', () => {
    const root = editor('<p>ab</p><p>cd</p>');
    const map = readDomText(root);
    expect(rangeFor(map, 2, 4)?.toString()).toBe('c');
    expect(rangeFor(map, 2, 3)).toBeNull();
  });
});
