import { describe, expect, it } from 'vitest';
import { compilePhrases, matchAll, startsWithWordChar } from './phrases';

const found = (phrases: string[], text: string) => matchAll(compilePhrases(phrases), text).map((m) => m.text);

describe('compilePhrases', () => {
  it('matches whole words only, with any white space between them', () => {
    expect(found(['home alone'], 'home  alone, homealone, home\nalone, xhome alone')).toEqual([
      'home  alone',
      'home\nalone',
    ]);
  });

  it('treats " ?" as an optional space and " *" as any', () => {
    expect(found(['risk ?free'], 'riskfree and risk free')).toEqual(['riskfree', 'risk free']);
    expect(found(['a *b'], 'ab a b')).toEqual(['ab', 'a b']);
  });

  it('keeps boundaries for phrases that start with a symbol', () => {
    expect(found(['#ad', 'deal'], 'great #ad deal, #adventure')).toEqual(['#ad', 'deal']);
  });
});

describe('startsWithWordChar', () => {
  it('says yes only when every match must start with a letter, digit or underscore', () => {
    for (const source of ['abc', '(?:i|we)\\s+x', '(?:i\\s+)?hope', '[a-z]+x', '(?:a|)b', '(?:\\w+\\s+){0,3}x', '(a|b)', 'x?y', '(?=x)x', '(?<=,\\s?)genius', '(?!no)\\w+'])
      expect(startsWithWordChar(source), source).toBe(true);
    for (const source of ["'til", '(?:#ad|x)', '\\s*x', '[a-z&]x', '(?=x)', '(?<=a)#x', '(?:a|)', '(?:i\\s+)?', 'x?', '(?:\\w+\\s+){0,3}#'])
      expect(startsWithWordChar(source), source).toBe(false);
  });

  it('lets phrases that may start with a symbol keep their look-behind', () => {
    expect(compilePhrases(['(?:i|we) win']).source.startsWith('\\b')).toBe(true);
    expect(found(["(?:'til|until) dawn"], "x'til dawn, 'til dawn")).toEqual(["'til dawn"]);
  });
});

