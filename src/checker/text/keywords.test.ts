import { describe, expect, it } from 'vitest';
import { KeywordIndex, keywordList, keywordOf } from './keywords';

const words = keywordList([
  { text: 'hr', mode: 'word' },
  { text: 'sorry', mode: 'word' },
  { text: 'apolog', mode: 'prefix' },
  { text: '$', mode: 'word' },
  { text: '%', mode: 'word' },
]);
const anchors = keywordList([
  { text: 'you', mode: 'text' },
  { text: 'right now', mode: 'text' },
  { text: "'til", mode: 'text' },
  { text: 'rn', mode: 'text' },
]);
const longer = keywordList([{ text: "you're", mode: 'text' }]);
const capped = keywordList([{ text: 'la', mode: 'word' }], { maxHits: 2, limit: 12 });

/** [keyword, matched text] of a list's hits in `folded`. */
function hits(folded: string, list: number): Array<[string, string]> {
  const index = new KeywordIndex(folded);
  const out: Array<[string, string]> = [];
  for (let h = index.first(list); h >= 0; h = index.next[h] as number)
    out.push([keywordOf(index.entries[h] as number), folded.slice(index.starts[h], index.ends[h])]);
  expect(out).toHaveLength(index.count(list));
  return out;
}

/** Where a list's hits start in an index. */
function hitsOf(index: KeywordIndex, list: number): number[] {
  const out: number[] = [];
  for (let h = index.first(list); h >= 0; h = index.next[h] as number) out.push(index.starts[h] as number);
  return out;
}

describe('KeywordIndex', () => {
  it('matches whole words, word prefixes and one-character symbol words', () => {
    expect(hits('hr said sorry, apologies: 5% off $20. hrs sorrys', words.id)).toEqual([
      ['hr', 'hr'],
      ['sorry', 'sorry'],
      ['apolog', 'apologies'],
      ['%', '%'],
      ['$', '$'],
    ]);
  });

  it('matches text keywords at word starts over punctuation and spaces, longest first', () => {
    expect(hits("you're here right  now, right now 'til rnd", anchors.id)).toEqual([
      ["you're", "you're"],
      ['right now', 'right now'],
      ["'til", "'til"],
      ['rn', 'rn'],
    ]);
    // The longest keyword at a position serves every list that has it or a prefix of it.
    expect(hits("you're you", longer.id)).toEqual([["you're", "you're"]]);
  });

  it('skips text keywords inside identifiers and words', () => {
    expect(hits('foo_you ayou you', anchors.id)).toEqual([['you', 'you']]);
  });

  it('keeps a list within its limit and hit cap', () => {
    expect(hits('la la la la la la', capped.id)).toEqual([
      ['la', 'la'],
      ['la', 'la'],
    ]);
    expect(hits('xxxxxxxxxxxx la', capped.id)).toEqual([]);
  });

  it('makes room for more hits than it set aside', () => {
    const found = hits('hr, sorry. '.repeat(100), words.id);
    expect(found).toHaveLength(200);
    expect(found[199]).toEqual(['sorry', 'sorry']);
  });

  it('hands its memory to the next index once released, which starts clean', () => {
    const first = new KeywordIndex('hr hr sorry la la');
    expect(first.count(words.id)).toBe(3);
    first.release();
    // The next index reuses the memory: no hit or list count of the first may show through.
    const second = new KeywordIndex('nothing here');
    expect(second.count(words.id)).toBe(0);
    expect(second.first(words.id)).toBe(-1);
    expect(second.first(capped.id)).toBe(-1);
    second.release();
    expect(hits('sorry, hr', words.id)).toEqual([
      ['sorry', 'sorry'],
      ['hr', 'hr'],
    ]);
  });

  it('keeps an unreleased index intact while another is built', () => {
    const kept = new KeywordIndex('sorry hr');
    new KeywordIndex('hr hr hr hr').release();
    const other = new KeywordIndex('apologies');
    expect(kept.count(words.id)).toBe(2);
    expect(hitsOf(kept, words.id)).toEqual([0, 6]);
    expect(other.count(words.id)).toBe(1);
  });

  it('rejects keywords it cannot see', () => {
    expect(() => keywordList([{ text: 'caf\u00e9', mode: 'word' }])).toThrow();
    expect(() => keywordList([{ text: 'a b', mode: 'word' }])).toThrow();
    expect(() => keywordList([{ text: 'x', mode: 'text' }])).toThrow();
  });
});
