/**
 * The pattern kind: a regular expression over the original text (for exact
 * formats such as keys and numbers) or the folded text (for words), with an
 * optional validator (checksums, context) that accepts, rejects or reshapes a match.
 */
import type { RuleContext } from '../context';
import type { Severity } from '../types';
import { defineRule, type Hit, type RuleDefinition } from './rule';

export interface PatternOptions {
  description: string;
  severity: Severity;
  message: string;
  messages?: Record<string, string>;
  /** Must have the `g` flag. */
  pattern: RegExp;
  /** Match on the text as typed (default) or on the folded text. */
  on?: 'original' | 'folded';
  /** Which capture group is the finding's span (default: the whole match). */
  group?: number;
  /** Return false to reject a match, true to keep it, or a hit to report instead. */
  validate?: (match: RegExpExecArray, ctx: RuleContext) => boolean | Hit | undefined;
}

export function pattern(options: PatternOptions): RuleDefinition {
  if (!options.pattern.global) throw new Error(`pattern ${options.pattern} needs the g flag`);
  const onFolded = options.on === 'folded';
  return defineRule({
    description: options.description,
    severity: options.severity,
    messages: { default: options.message, ...options.messages },
    detect(ctx) {
      const re = options.pattern;
      const subject = onFolded ? ctx.folded : ctx.text;
      const hits: Hit[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(subject); m; m = re.exec(subject)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const verdict = options.validate ? options.validate(m, ctx) : true;
        if (!verdict) continue;
        if (verdict !== true) {
          hits.push(verdict);
          continue;
        }
        let start = m.index;
        let end = start + m[0].length;
        const group = options.group ? m[options.group] : undefined;
        if (group !== undefined) {
          start += m[0].indexOf(group);
          end = start + group.length;
        }
        const [s, e] = onFolded ? ctx.span(start, end) : [start, end];
        hits.push({ start: s, end: e });
      }
      return hits;
    },
  });
}
