/**
 * A regex that runs only on texts holding one of the words every match of it must hold (issue #2):
 * a few `includes` cost far less than the regex's scan of a text it cannot match. The words are
 * read from the regex's own source when it loads, so an alternative added later can never fall
 * outside them; a regex they cannot be read from is refused at load, not run unguarded.
 */
import { requiredWords } from './required-words';

export class WordGuardedRegex {
  /** One of these is in every match (folded text). */
  readonly words: readonly string[];

  constructor(readonly regex: RegExp) {
    // Case-blind or stateful regexes would make the guard wrong or the calls depend on each other.
    if (/[igy]/.test(regex.flags)) throw new Error(`/${regex.source}/${regex.flags}: a guarded regex takes no i, g or y flag`);
    const words = requiredWords(regex.source);
    if (!words?.length) throw new Error(`/${regex.source}/: no word that every match holds could be read`);
    this.words = words;
  }

  /** False when `text` cannot hold a match; true when it may. */
  mayMatch(text: string): boolean {
    for (const w of this.words) if (text.includes(w)) return true;
    return false;
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.regex.exec(text) : null;
  }

  test(text: string): boolean {
    return this.mayMatch(text) && this.regex.test(text);
  }
}
