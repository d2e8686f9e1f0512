import { describe, expect, it } from 'vitest';
import { groupEnd, splitAlternatives, withoutCaptures } from './regex-source';

describe('regex sources', () => {
  it('finds the end of a group past escapes and classes', () => {
    expect(groupEnd('(a(b)c)d', 0)).toBe(7);
    expect(groupEnd('(a\\)b)c', 0)).toBe(6);
    expect(groupEnd('([)]x)y', 0)).toBe(6);
    expect(groupEnd('(a', 0)).toBe(-1);
  });

  it('splits only top-level alternatives', () => {
    expect(splitAlternatives('a|(b|c)|[|]|d\\|e')).toEqual(['a', '(b|c)', '[|]', 'd\\|e']);
    expect(splitAlternatives('only')).toEqual(['only']);
  });

  it('makes capturing groups non-capturing and leaves the rest alone', () => {
    expect(withoutCaptures('(a|b) (c)')).toBe('(?:a|b) (?:c)');
    expect(withoutCaptures('\\(x\\)[(](?:y)(?=z)(?<!w)(?<name>v)')).toBe('\\(x\\)[(](?:y)(?=z)(?<!w)(?<name>v)');
    expect(withoutCaptures('[\\](](e)')).toBe('[\\](](?:e)');
    // A back-reference needs its group.
    expect(withoutCaptures('(a)\\1')).toBe('(a)\\1');
  });

  it('matches what the original matches', () => {
    const source = "\\b(?:(i|we)('ll|\\s+will) (call|ring) (you|u)|(on|in) behalf of)(?![a-z])";
    const text = "we'll call u. i will ring you! on behalf of x, in behalf ofx, we will call them";
    const all = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(all(new RegExp(withoutCaptures(source), 'g'))).toEqual(all(new RegExp(source, 'g')));
    expect(all(new RegExp(source, 'g'))).toHaveLength(3);
  });
});
