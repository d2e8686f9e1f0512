/** Word characters of folded text: the ASCII letters and digits (the keyword index's words are runs of them). */

/** 1 for the ASCII letters and digits that make up words in folded text. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;

/** Is the folded character code a word character (ASCII letter or digit)? */
export const isWordCode = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;
