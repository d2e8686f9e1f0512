import { describe, expect, it } from 'vitest';
import { compilePhrases, matchAll } from './phrases';

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
