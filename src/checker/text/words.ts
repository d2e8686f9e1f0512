/** The words of folded text: runs of ASCII letters and digits, found in one pass. */

/** The words of the folded text as parallel arrays of offsets. */
export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** 1 for the ASCII letters and digits that make up words in folded text. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;

/** Is the folded character code a word character (ASCII letter or digit)? */
export const isWordCode = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;

/** Words, and the positions of the marked non-word characters (for keywords that start with "$", "'"…). */
export interface WordScan {
  words: Words;
  marks: number[];
}

const NO_MARKS = new Uint8Array(128);

/** Walks folded text once; `marks[c] === 1` records the positions of ASCII character `c`. */
export function scanWords(t: string, marks: Uint8Array = NO_MARKS): WordScan {
  const n = t.length;
  let starts = new Int32Array(Math.max(16, n >> 2));
  let ends = new Int32Array(starts.length);
  const marked: number[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = t.charCodeAt(i);
    if (c >= 128 || WORD_CHAR[c] === 0) {
      if (c < 128 && marks[c] === 1) marked.push(i);
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n; i++) {
      c = t.charCodeAt(i);
      if (c >= 128 || WORD_CHAR[c] === 0) break;
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count++] = i;
  }
  return { words: { count, starts, ends }, marks: marked };
}
