import { defineRule } from '../../kinds/rule';

/** A run of upper-case words: at least MIN_WORDS words of 2+ letters, with no lower-case letter inside. */
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}'’]+(?:[^\p{Ll}\n]+?\p{Lu}[\p{Lu}\p{N}'’]+)+(?![\p{L}])/gu;
const MIN_WORDS = 4;
const MIN_SHARE = 0.6;

export default defineRule({
  description: 'Posts or long passages in ALL CAPS, which screen readers may spell out and readers take as shouting.',
  severity: 'suggestion',
  messages: {
    default: 'This is written in ALL CAPS, which reads as shouting and is harder to read; use sentence case.',
  },
  detect(ctx) {
    // Cheap pre-check on ASCII letters: most posts are mostly lower case and stop here.
    let upper = 0;
    let lower = 0;
    const text = ctx.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    if (upper < 12 || upper < lower) return [];
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const hits = [];
    let capsLetters = 0;
    for (const m of ctx.text.matchAll(CAPS_RUN)) {
      const words = m[0].match(/\p{Lu}{2,}/gu) ?? [];
      if (words.length < MIN_WORDS) continue;
      capsLetters += m[0].match(/\p{Lu}/gu)?.length ?? 0;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    // Acronyms in a normal sentence are fine: most of the post's letters must be in the caps runs.
    return capsLetters / letters >= MIN_SHARE ? hits : [];
  },
});
