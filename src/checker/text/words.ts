/** Word characters of folded text: the ASCII letters and digits (the keyword index's words are runs of them). */

/** 1 for the ASCII letters and digits that make up words in folded text. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;

/** Is the folded character code a word character (ASCII letter or digit)? */
export const isWordCode = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;

/** Is the code unit white space, as a regex's `\s` has it? (A code test: cheaper than a regex per character.) */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
