import type { RuleContext } from '../../context';
import { defineRule } from '../../kinds/rule';
import type { Suggestion } from '../../types';
import {
  type FoldedSpan,
  firstNamedEmployerMention,
  genericEmployerReferences,
  hasAnyDisclaimer,
} from '../_shared/org-voice';
import { firstInsideReference } from './_inside';

/** The text ends in a word, a number or a closing quote that wants a full stop before the disclaimer. */
const NEEDS_STOP = /[\p{L}\p{N}]$/u;
/** …unless the last token is a hashtag, a mention or a link, where a full stop would read as part of it. */
const LAST_TOKEN_IS_TAG = /(?:^|\s)(?:[#@]\S+|\S*(?:https?:\/\/|www\.)\S*|\S+\.[a-z]{2,}\/\S*)$/i;

/** A one-click fix that appends the policy's disclaimer, with a separator that fits the post. */
export function disclaimerSuggestion(text: string, disclaimer: string): Suggestion {
  const body = text.trimEnd();
  // Only the end of the text matters; the regexes below are anchored at the end.
  const tail = body.slice(-300);
  const trailing = text.slice(body.length);
  let replacement: string;
  if (body.length === 0) replacement = disclaimer;
  else if (trailing.length > 0) {
    // The person already typed a break or a space after the post: keep it, and finish the line.
    const breaks = (trailing.match(/\n/g) ?? []).length;
    const multiLine = body.includes('\n');
    if (breaks === 0) replacement = multiLine ? `\n\n${disclaimer}` : disclaimer;
    else replacement = breaks === 1 && multiLine ? `\n${disclaimer}` : disclaimer;
  } else {
    const stop = NEEDS_STOP.test(tail) && !LAST_TOKEN_IS_TAG.test(tail) ? '.' : '';
    replacement = `${stop}${body.includes('\n') ? '\n\n' : ' '}${disclaimer}`;
  }
  return { label: 'Insert disclaimer', replacement, start: text.length, end: text.length };
}

function firstEmployerReference(ctx: RuleContext): FoldedSpan | undefined {
  const named = firstNamedEmployerMention(ctx);
  // A generic reference counts only if it comes before the first named one.
  const generic = genericEmployerReferences(ctx, 0, named ? named.start : Number.POSITIVE_INFINITY)[0];
  // The inside views ("layoffs coming at my job", "we don't hire…") are looked for only when nothing else is found.
  return generic ?? named ?? firstInsideReference(ctx);
}

export default defineRule({
  description:
    'Posts about the employer (its names, handles, products, or "my employer", "at work we…") that do not say the views are the author’s own.',
  severity: 'warn',
  messages: {
    default:
      'This post talks about your employer ("{mention}") but does not say the views are your own; a short disclaimer makes that clear.',
  },
  detect(ctx) {
    // The disclaimer check is the cheaper one: a post that disclaims needs no search for references.
    if (hasAnyDisclaimer(ctx)) return [];
    const first = firstEmployerReference(ctx);
    if (!first) return [];
    // A hashtag form is reported with its "#".
    const from = first.start > 0 && ctx.folded[first.start - 1] === '#' ? first.start - 1 : first.start;
    const [start, end] = ctx.span(from, first.end);
    return [
      {
        start,
        end,
        data: { mention: ctx.text.slice(start, end) },
        suggestions: [disclaimerSuggestion(ctx.text, ctx.policy.disclaimers.long)],
      },
    ];
  },
});
