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

describe('TermMatcher with the keyword index', () => {
  const terms = [
    'northwind',
    'northwind analytics',
    'northwindanalytics',
    'northwind.example',
    '@northwind',
    '#northwind',
    '.corp',
    'x-ray labs',
    'at&t',
  ];
  const texts = [
    'Northwind   Analytics and northwind-analytics, @northwind, #northwind, northwind.example/careers',
    'foo_northwind, northwinds, @@northwind, a@northwind, mail.northwind.example, git.corp',
    'x-ray labs at&t at & t northwind_analytics northwindanalytics.',
    '@northwind@northwind #northwind#northwind northwind northwind',
    '',
  ];

  it('finds what the whole-text regex finds, with every lead and fallback', () => {
    for (const list of [terms, terms.slice(0, 6), ['.corp', 'acme'], ['x-ray labs'], ['at&t', 'ab'], ['日本', 'acme']])
      for (const text of texts) {
        const folded = text.toLowerCase();
        const matcher = new TermMatcher(list);
        expect(matcher.find(folded, new KeywordIndex(folded))).toEqual(matcher.find(folded));
        expect(matcher.test(folded, new KeywordIndex(folded))).toBe(matcher.test(folded));
      }
  });

  it('finds terms registered after an index was built', () => {
    const folded = 'the zanzibarian crew shipped';
    expect(new TermMatcher(['crew']).find(folded, new KeywordIndex(folded)).map((m) => m.term)).toEqual(['crew']);
    expect(new TermMatcher(['zanzibarian']).find(folded, new KeywordIndex(folded)).map((m) => m.term)).toEqual([
      'zanzibarian',
    ]);
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
