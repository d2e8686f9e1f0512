import { describe, expect, it } from 'vitest';
import { KeyedAlternation } from './keyed-alternation';

const FULL =
  /\b(?:(?:we|i) (?:will|shall) sue|(?:sued|suing) (?:them|you)|lawsuit|(?:file|filed) a claim|court date|see you in court)(?![a-z])/g;
const keyed = new KeyedAlternation(FULL, ['sue', 'sued', 'suing', 'lawsuit', 'claim', 'court']);

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('KeyedAlternation', () => {
  it('runs only the alternatives written with the key words at hand', () => {
    const re = keyed.forKeywords(['court'], 3000);
    expect(re.source).toContain('court date');
    expect(re.source).toContain('see you in court');
    expect(re.source).not.toContain('lawsuit');
    expect(matches(re, 'a court date, then a lawsuit')).toEqual(['2:court date']);
  });

  it('gives hits\' local keys met in any order the regex of their key words', () => {
    // Local keys are places in the list given: 0 sue, 1 sued, 3 lawsuit, 4 claim, 5 court.
    const two = keyed.forLocals([5, 3], 3000);
    expect(keyed.forLocals([3, 5], 3000)).toBe(two);
    expect(two.source).toBe(keyed.forKeywords(['lawsuit', 'court'], 3000).source);
    const three = keyed.forLocals([4, 0, 5], 3000);
    expect(keyed.forLocals([5, 4, 0], 3000)).toBe(three);
    expect(three.source).toBe(keyed.forKeywords(['sue', 'claim', 'court'], 3000).source);
    expect(three).not.toBe(keyed.forLocals([4, 5], 3000));
    expect(matches(keyed.forLocals([0, 1, 2, 3], 3000), 'we will sue, a lawsuit')).toEqual(matches(FULL, 'we will sue, a lawsuit'));
  });

  it('finds what the whole regex finds when its key words are given', () => {
    const text = 'they sued them, we will sue, see you in court, a lawsuit and we filed a claim';
    const re = keyed.forKeywords(['sued', 'sue', 'court', 'lawsuit', 'claim'], 3000);
    expect(matches(re, text)).toEqual(matches(FULL, text));
    expect(matches(re, text)).toHaveLength(5);
  });

  it('selects by the first letters of a key word, which an alternative may inflect', () => {
    // "suing" shows "sui", written as-is; "sued" shows "sue" inside "sued".
    expect(matches(keyed.forKeywords(['suing'], 3000), 'suing you')).toEqual(['0:suing you']);
  });

  it('keeps capture groups numbered, and falls back to the whole regex when unsure', () => {
    const withGroups = new KeyedAlternation(/\b(?:(alpha) one|(beta) two|(gamma) three|(delta) four)\b/g, [
      'alpha',
      'beta',
      'gamma',
      'delta',
    ]);
    const m = withGroups.forKeywords(['gamma'], 3000).exec('gamma three');
    expect(m?.[3]).toBe('gamma');
    expect(keyed.forKeywords(['unknown'], 3000)).toBe(FULL);
    // A pasted book runs the whole regex everywhere.
    expect(keyed.forKeywords(['court'], 1_000_000)).toBe(FULL);
    // Too few alternatives to split.
    const small = /\b(?:a|b)\b/g;
    expect(new KeyedAlternation(small, ['a', 'b']).forKeywords(['a'], 3000)).toBe(small);
  });

  it('always runs alternatives written with no key word', () => {
    const re = new KeyedAlternation(/\b(?:red car|blue car|green car|fast \w+)\b/g, ['red', 'blue', 'green']);
    expect(matches(re.forKeywords(['red'], 3000), 'fast one, red car')).toEqual(['0:fast one', '10:red car']);
  });

  it('files an alternative only under the key words every match of it holds, when their matching is known', () => {
    const words = new KeyedAlternation(
      /\b(?:embargoed(?:\s+until)?|not\s+announced\s+until|say\s+more|leak(?:ed|s)?)(?![a-z0-9_])/g,
      [
        { text: 'embargo', mode: 'prefix' },
        { text: 'until', mode: 'word' },
        { text: 'announc', mode: 'prefix' },
        { text: 'say', mode: 'word' },
        { text: 'leak', mode: 'prefix' },
      ],
    );
    // "until" stands in no match without a rarer word: a window around it would run nothing.
    expect(words.selects('until')).toBe(false);
    expect(words.selects('embargo')).toBe(true);
    expect(words.selects('say')).toBe(true);
    expect(matches(words.forKeywords(['embargo'], 3000), 'embargoed until friday')).toEqual([
      '0:embargoed until',
    ]);
    expect(matches(words.forKeywords(['announc'], 3000), 'not announced until june')).toEqual([
      '0:not announced until',
    ]);
  });

  it('lets the longest text key word at a place select what its prefixes select', () => {
    const away = /(?<![a-z0-9_])(?:out\s+till\s+\d+|back\s+in\s+town|out\s+of\s+office|ooo)(?![a-z0-9_])/g;
    const anchors = new KeyedAlternation(away, [
      { text: 'til', mode: 'text' },
      { text: 'till', mode: 'text' },
      { text: 'town', mode: 'text' },
      { text: 'office', mode: 'text' },
      { text: 'ooo', mode: 'text' },
    ]);
    // Filed under "til" (it covers "till" too); a hit reported as "till" still runs it.
    expect(anchors.selects('till')).toBe(true);
    expect(matches(anchors.forKeywords(['till'], 3000), 'out till 9')).toEqual(['0:out till 9']);
  });

  it('selects by letters shown, as before, for key words given as bare strings', () => {
    expect(keyed.selects('court')).toBe(true);
    expect(keyed.selects('unknown')).toBe(true);
  });
});
