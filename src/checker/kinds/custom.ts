/** Rules a policy defines itself: a term list or a regular expression (validated as safe by the schema). */
import type { CustomRule } from '../policy/schema';
import { TermMatcher } from '../text/terms';
import type { Severity } from '../types';
import { defineRule, type Hit, type RuleDefinition } from './rule';

export function customRule(rule: CustomRule): RuleDefinition {
  const severity: Severity = rule.severity && rule.severity !== 'off' ? rule.severity : 'warn';
  const terms = rule.terms?.length ? new TermMatcher(rule.terms) : null;
  const regex = rule.pattern ? new RegExp(rule.pattern, rule.caseSensitive ? 'gu' : 'giu') : null;
  return defineRule({
    description: rule.message,
    severity,
    messages: { default: rule.message.replace(/[{}]/g, '') },
    detect(ctx) {
      const hits: Hit[] = [];
      if (terms) {
        for (const m of terms.find(ctx.folded, ctx.keywords)) {
          const [start, end] = ctx.span(m.start, m.end);
          hits.push({ start, end });
        }
      }
      if (regex) {
        regex.lastIndex = 0;
        for (let m = regex.exec(ctx.text); m; m = regex.exec(ctx.text)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          hits.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      return hits;
    },
  });
}
