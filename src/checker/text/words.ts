/** The words of folded text: runs of ASCII letters and digits (found by the keyword index's pass). */

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

/** The words of a text as they are found, in growing typed arrays. */
export class WordList {
  private count = 0;

  /** Room for the words of most texts of this length. */
  static capacityFor(textLength: number): number {
    return Math.max(16, textLength >> 2);
  }

  constructor(
    private starts: Int32Array,
    private ends: Int32Array,
  ) {}

  push(start: number, end: number): void {
    const count = this.count;
    if (count === this.starts.length) {
      const starts = new Int32Array(count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[count] = start;
    this.ends[count] = end;
    this.count = count + 1;
  }

  done(): Words {
    return { count: this.count, starts: this.starts, ends: this.ends };
  }
}
