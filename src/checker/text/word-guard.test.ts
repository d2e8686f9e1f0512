import { describe, expect, it } from 'vitest';
import { WordGuardedRegex } from './word-guard';

describe('WordGuardedRegex', () => {
  it('reads from the source the words every match holds, the fewest and longest', () => {
    expect(new WordGuardedRegex(/(?<![a-z])(?:ignore|deny) (?:the )?rumou?rs?|(?:false|baseless) rumou?rs?/).words).toEqual([
      'rumo',
    ]);
    expect(new WordGuardedRegex(/(?:we|we're) (?:actually|really) (?:build|ship)/).words).toEqual(['actually', 'really']);
    expect(new WordGuardedRegex(/(?:would|'d|will) never(?: do that)?[\s.!]*$/).words).toEqual(['never']);
  });

  it('runs the regex only on a text that holds one of its words, with the same result', () => {
    const plain = /(?:would|'d|will) never(?: do that)?[\s.!]*$/;
    const guarded = new WordGuardedRegex(plain);
    for (const text of ['acme would never.', "we'd never do that!", 'they will never', 'never say never', 'we would not', ''])
      expect(guarded.exec(text)?.[0]).toBe(plain.exec(text)?.[0]);
    expect(guarded.mayMatch('we would not')).toBe(false);
    expect(guarded.test('acme would never.')).toBe(true);
    expect(guarded.test('never, would it')).toBe(false);
  });

  it('refuses at load a regex it cannot guard', () => {
    // No word every match must hold: a class, an optional word, a branch without words.
    expect(() => new WordGuardedRegex(/[a-z]+ing/)).toThrow(/no word/);
    expect(() => new WordGuardedRegex(/(?:the )?news|\d+/)).toThrow(/no word/);
    // Case-blind or stateful: the folded words would not be what the regex matches.
    expect(() => new WordGuardedRegex(/never/i)).toThrow(/flag/);
    expect(() => new WordGuardedRegex(/never/g)).toThrow(/flag/);
  });
});
