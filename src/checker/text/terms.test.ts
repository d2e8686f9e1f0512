import { describe, expect, it } from 'vitest';
import { TermMatcher } from './terms';

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
