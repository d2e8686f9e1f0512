import { describe, expect, it } from 'vitest';
import { KeywordIndex } from './keywords';
import { AnchoredTerms, TermMatcher } from './terms';

const found = (terms: string[], text: string) => new TermMatcher(terms).find(text).map((m) => m.term);

describe('TermMatcher', () => {
  it('prefers the longest of terms that share a first word', () => {
    const terms = ['views my own', 'views expressed here are my own', 'views', 'opinions are mine'];
    expect(found(terms, 'views expressed here are my own. views my own; views. opinions are mine')).toEqual([
      'views expressed here are my own',
      'views my own',
      'views',
      'opinions are mine',
    ]);
  });

  it('keeps a longer term whose first word continues past a shorter name', () => {
    expect(found(['acme', 'acme.example', 'acme robotics'], 'acme.example, acme robotics, acme')).toEqual([
      'acme.example',
      'acme robotics',
      'acme',
    ]);
  });

  it('matches white space and hyphens between words, at word boundaries', () => {
    expect(found(['no way', 'not now'], 'no-way, notnow, not  now, nowhere')).toEqual(['no way', 'not now']);
  });
});

describe('AnchoredTerms', () => {
  const phrases = new AnchoredTerms(['opinions are my own', 'not speaking for my employer', 'my views, not']);
  const has = (folded: string): boolean => phrases.test(folded, new KeywordIndex(folded));

  it('finds a phrase anywhere in a long text, around its most distinctive word', () => {
    const filler = 'we shipped the thing and it went well. '.repeat(40);
    expect(has(`${filler}opinions are my own`)).toBe(true);
    expect(has(`not speaking for my employer. ${filler}`)).toBe(true);
    expect(has(`${filler}my views, not theirs. ${filler}`)).toBe(true);
    expect(has(filler)).toBe(false);
  });

  it('allows long runs of white space and hyphens between words', () => {
    expect(has('not   speaking -- for my\n\nemployer')).toBe(true);
    expect(has('opinions-are-my-own')).toBe(true);
  });

  it('keeps word boundaries at the window edges', () => {
    expect(has('xopinions are my own')).toBe(false);
    expect(has('my_opinions are my own')).toBe(false);
    expect(has('@opinions are my own')).toBe(true);
    expect(has('opinions are my ownership')).toBe(false);
    expect(has('not speaking for my employers')).toBe(false);
  });
});
