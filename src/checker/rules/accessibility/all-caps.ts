import { defineRule, type Hit } from '../../kinds/rule';

/** An upper-case word of two or more letters. */
const CAPS_WORD = /\p{Lu}[\p{Lu}\p{N}'’]+(?![\p{Ll}])/gu;
const LOWER = /\p{Ll}/u;
/** Four upper-case words with no lower-case letter or line break between them. */
const CAPS_PRESENT = /[A-Z]{2}[^a-z\n]{0,14}?[A-Z]{2}[^a-z\n]{0,14}?[A-Z]{2}[^a-z\n]{0,14}?[A-Z]{2}/;
/** A run needs this many upper-case words with no lower-case letter between them. */
const MIN_WORDS = 4;
/** …and the runs must hold most of the post's letters (acronyms in a sentence are fine). */
const MIN_SHARE = 0.6;

export default defineRule({
  description:
    'Posts or long passages in ALL CAPS, which screen readers may spell out and readers take as shouting.',
  severity: 'suggestion',
  messages: {
    default: 'This is written in ALL CAPS, which reads as shouting and is harder to read; use sentence case.',
  },
  detect(ctx) {
    // Cheap pre-check: four upper-case words close together; most posts fail it at once.
    const text = ctx.text;
    if (!CAPS_PRESENT.test(text)) return [];
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    if (upper < 12 || upper < lower) return [];

    const hits: Hit[] = [];
    let capsLetters = 0;
    let runStart = -1;
    let runEnd = -1;
    let runWords = 0;
    let runLetters = 0;
    const closeRun = (): void => {
      if (runWords >= MIN_WORDS) {
        hits.push({ start: runStart, end: runEnd });
        capsLetters += runLetters;
      }
      runWords = 0;
      runLetters = 0;
    };
    CAPS_WORD.lastIndex = 0;
    for (let m = CAPS_WORD.exec(text); m; m = CAPS_WORD.exec(text)) {
      // A lower-case letter or a line break between two caps words ends the run.
      const gap = runWords ? text.slice(runEnd, m.index) : '';
      if (runWords && (gap.includes('\n') || LOWER.test(gap) || gap.length > 12)) closeRun();
      if (runWords === 0) runStart = m.index;
      runEnd = m.index + m[0].length;
      runWords++;
      runLetters += m[0].length;
    }
    closeRun();
    const letters = upper + lower + (text.match(/[^\x00-\x7f]/g) ? countOtherLetters(text) : 0);
    return capsLetters / letters >= MIN_SHARE ? hits : [];
  },
});

function countOtherLetters(text: string): number {
  return (
    text
      .match(/[^\x00-\x7f]/g)
      ?.join('')
      .match(/\p{L}/gu)?.length ?? 0
  );
}
