import { describe, expect, it } from 'vitest';
import { fold, normalize } from './normalize';

describe('normalize', () => {
  it.each([
    ['Hello World', 'hello world'],
    ['Café déjà vu', 'cafe deja vu'],
    ['ＰＡＳＳＷＯＲＤ', 'password'],
    ['pass\u200bword', 'password'],
    ['we’re “here” — now', 'we\'re "here" - now'],
    ['Straße schließt', 'strasse schliesst'],
    ['ÉTÉ', 'ete'],
  ])('folds %j to %j', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });

  it('maps folded spans back to the original text', () => {
    const text = 'Ｈｉ 👋 pass\u200bword café';
    const n = normalize(text);
    const at = n.text.indexOf('password');
    const [s, e] = n.span(at, at + 'password'.length);
    expect(text.slice(s, e)).toBe('pass\u200bword');
    const cafe = n.text.indexOf('cafe');
    const [cs, ce] = n.span(cafe, cafe + 4);
    expect(text.slice(cs, ce)).toBe('café');
  });

  it('maps spans after dropped characters on the edit-map path', () => {
    const text = 'a\u200bb 👋 sec\u200bret';
    const n = normalize(text);
    expect(n.text).toBe('ab 👋 secret');
    const at = n.text.indexOf('secret');
    const [s, e] = n.span(at, at + 6);
    expect(text.slice(s, e)).toBe('sec\u200bret');
    expect(n.toOriginal(n.text.length)).toBe(text.length);
  });

  it('maps expansions (ß → ss) to the one original character', () => {
    const n = normalize('Straße');
    expect(n.text).toBe('strasse');
    expect(n.span(4, 6)).toEqual([4, 5]);
    expect(n.toOriginal(7)).toBe(6);
  });

  it('keeps emoji and accents without a map when lengths are preserved', () => {
    const n = normalize('Café ❤️ 👋');
    expect(n.text).toBe('cafe ❤️ 👋');
    expect(n.span(5, 7)).toEqual([5, 7]);
  });

  it('takes the identity fast path for ASCII', () => {
    const n = normalize('ABC def');
    expect(n.text).toBe('abc def');
    expect(n.span(0, 3)).toEqual([0, 3]);
  });
});
