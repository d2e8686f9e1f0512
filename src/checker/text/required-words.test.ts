import { describe, expect, it } from 'vitest';
import { coveringKeyWords, type KeyWord, requiredWords } from './required-words';

const keys = (...specs: string[]): KeyWord[] =>
  specs.map((s) => (s.endsWith('*') ? { text: s.slice(0, -1), mode: 'prefix' } : { text: s, mode: 'word' }));
/** Longer key words are rarer: the cover prefers them. */
const byLength = (k: KeyWord): number => 10 - k.text.length;
const cover = (source: string, keyWords: KeyWord[]): string[] | null =>
  coveringKeyWords(source, keyWords, byLength)
    ?.map((k) => k.text)
    .sort() ?? null;

describe('coveringKeyWords', () => {
  it('files a phrase under its rarest required word, not under every word it is written with', () => {
    expect(cover('embargoed(?:\\s+until|\\s+till)?', keys('embargo*', 'until', 'till'))).toEqual(['embargo']);
    expect(cover('not\\s+(?:officially\\s+)?announced\\s+until', keys('until', 'announc*', 'offic*'))).toEqual([
      'announc',
    ]);
  });

  it('covers a required alternation with a key word for each of its branches', () => {
    expect(
      cover('not\\s+(?:announced|public|official)\\s+(?:until|till|before)', keys('until', 'till', 'announc*', 'public', 'offic*')),
    ).toEqual(['announc', 'offic', 'public']);
    // A branch with no key word of its own leaves the alternation uncovered: the other part is used.
    expect(cover('(?:until|till|before)\\s+announced', keys('until', 'till', 'announced'))).toEqual(['announced']);
  });

  it('never counts an optional, repeated or unknown part as required', () => {
    expect(cover('(?:the\\s+)?announcement', keys('the', 'announcement'))).toEqual(['announcement']);
    expect(cover('(?:the\\s+)?(?:big\\s+)*news', keys('the', 'big'))).toBeNull();
    expect(cover('[a-z]+ing\\s+news', keys('ing', 'news'))).toEqual(['news']);
    expect(cover('\\w+\\s+news', keys('news'))).toEqual(['news']);
  });

  it('sees a whole-word key word only where the whole word is known', () => {
    expect(cover('say(?:s|ing)?\\s+more', keys('say'))).toBeNull();
    expect(cover('say\\s+more', keys('say'))).toEqual(['say']);
    expect(cover('says?', keys('say*'))).toEqual(['say']);
    expect(cover('saying', keys('say*'))).toEqual(['say']);
  });

  it('starts words only after a character that cannot be part of one', () => {
    // "announced" inside "unannounced" is not at a word start.
    expect(cover('unannounced', keys('announc*'))).toBeNull();
    expect(cover("we'll\\s+announce", keys('ll', 'announce'))).toEqual(['announce']);
    expect(cover("we'll", keys('ll'))).toEqual(['ll']);
    // After a class that may hold a letter, a word's start is unknown.
    expect(cover('[a-z-]announce', keys('announce'))).toBeNull();
    expect(cover('[\\s-]announce', keys('announce'))).toEqual(['announce']);
  });

  it('passes over lookarounds and boundaries, and gives up on what it cannot read', () => {
    expect(cover('(?<![a-z])leak(?!\\s+proof)\\b', keys('leak'))).toEqual(['leak']);
    expect(cover('(a)\\1', keys('a'))).toBeNull();
    expect(cover('\\u00e9t\\u00e9', keys('ete'))).toBeNull();
    expect(cover('leak(', keys('leak'))).toBeNull();
  });

  it('covers each top-level alternative', () => {
    expect(cover('sued|suing|lawsuit', keys('sued', 'suing', 'lawsuit', 'law*'))).toEqual(['lawsuit', 'sued', 'suing']);
    expect(cover('sued|suing|lawsuits?', keys('sued', 'suing', 'lawsuit', 'law*'))).toEqual(['law', 'sued', 'suing']);
    expect(cover('sued|nothing', keys('sued'))).toBeNull();
  });
});

describe('requiredWords', () => {
  it('names the words, as written, one of which every match holds', () => {
    expect(requiredWords('(?<![a-z])(?:deny|ignore) the rumou?rs?')).toEqual(['rumo']);
    expect(requiredWords('(?:go|send them) back to (?:your|their) (?:country|homeland)')).toEqual(['country', 'homeland']);
    expect(requiredWords('sued|suing|lawsuits?')).toEqual(['sued', 'suing', 'lawsuit']);
  });

  it('is null when some match may hold no word it can read', () => {
    expect(requiredWords('sued|[a-z]+ed')).toBeNull();
    expect(requiredWords('(?:the )?news?')).toEqual(['new']);
    expect(requiredWords('(?:the )?\\w+')).toBeNull();
    expect(requiredWords('leak(')).toBeNull();
  });
});
