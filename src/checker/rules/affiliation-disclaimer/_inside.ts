import type { RuleContext } from '../../context';
import { B, E, type FoldedSpan, Gated } from '../_shared/org-voice';

/** Workplaces "at my …" names from inside (not "my bank", which a customer says too). */
const MY_WORKPLACE =
  '(?:job|work|firm|company|employer|hub|depot|office|warehouse|plant|factory|branch|store|site|clinic|practice|hospital|lab|agency)';

/** What an employer does to its staff or its business: layoffs, hiring rules, closures, poaching. */
const STAFF_MOVE =
  "(?:lay(?:ing)? off|laid off|layoffs?|poach(?:ing)?|outsourc(?:e|ing)|fir(?:e|ing) (?:half|a third|a quarter|everyone|all|the whole|\\d+)|shut(?:ting)? down (?:the|our)|clos(?:e|ing) (?:the|our) (?:office|store|branch|plant|site|hub|depot|location|resort|clinic|warehouse|factory))";

/**
 * Ways of showing one works for the employer without naming it, seen from inside: the people or
 * rules "at my job", what "we" do to staff as the employer, what "nobody at work" says, the
 * company's own meetings (folded text).
 */
const INSIDE_REFERENCE = new Gated(
  [
    'work',
    'job',
    'firm',
    'company',
    'employer',
    'hub',
    'depot',
    'office',
    'warehouse',
    'branch',
    'partners',
    'managers',
    'bosses',
    'supervisors',
    'leadership',
    'management',
    'execs',
    'directors',
    'owner',
    'owners',
    'hr',
    'hire',
    'off',
    'layoff',
    'layoffs',
    'poach*',
    'outsourc*',
    'fire',
    'firing',
    'shut',
    'shutting',
    'close',
    'closing',
    'word',
    'talk',
    'buzz',
    'chatter',
    'scuttlebutt',
    'nobody',
    'noone',
    'everyone',
    'everybody',
    'saw',
    'tested',
    'demoed',
    'demo',
    'played',
    'reviewed',
    'shown',
    'hands',
    'offsite',
    'staff',
    'spinoff',
    'spin',
    'subsidiary',
    'parent',
    'empresa',
    'firma',
    'entreprise',
    'boite',
  ],
  new RegExp(
    `${B}(?:${[
      // "layoffs coming at my job", "hiring freeze at my firm"
      `(?:layoffs?|lay-?offs|cuts|hiring freeze|restructuring|reorg) (?:[a-z']+ ){0,3}at my ${MY_WORKPLACE}`,
      // "partners at my firm told us…", "the managers at my hub want…"
      `(?:partners|managers|bosses|supervisors|leadership|management|execs|directors|owners?|hr) (?:at|in) my ${MY_WORKPLACE}(?:,)? (?:[a-z']+ )?(?:told|said|say|says|want|wants|decided|announced|are|basically|just|keep)`,
      // "we're laying off a third", "we are about to poach their fleet"
      `(?:i heard |apparently |rumou?r is |word is )?we(?:'re| are|'ll| will| might| may)?(?: be)? (?:(?:about|going|planning) to |finally )?${STAFF_MOVE}`,
      // "we don't hire anyone over 50 at my depot": the employer's hiring rule, at one's own workplace
      `we (?:don't|do not|won't|will not|never|no longer|only|refuse to) hire [^.!?\\n]{0,40}(?:at|in) my ${MY_WORKPLACE}`,
      // "word at work is we're…", "nobody at work is confirming"
      "(?:word|talk|the buzz|chatter|scuttlebutt) at work is (?:that )?(?:we|we're|we are|our|they|the|management|leadership)",
      "(?:nobody|no one|noone|everyone|everybody) at work (?:is |has |will )?(?:confirm|confirming|denying|deny|talking|talks|knows|saying|says|said)",
      // "the build we saw at work today", "demo'd it at work"
      "(?:we (?:saw|tested|demoed|demo'd|played|reviewed|got to see|were shown)|demo'?d|demoed) (?:it |this |that |[a-z']+ ){0,2}at work",
      // "leaked slide from our all-hands", "at the company offsite"
      "(?:our|the company|the company's|at the) (?:all-hands|all hands(?: meeting)?|offsite|off-site|company meeting|staff meeting)",
      // "our spin-off (ticker …)"
      "our (?:spin-off|spinoff|subsidiary|parent company)",
      // "na empresa diz-se que…", "en la empresa dicen que…", "in der Firma heisst es…", "dans la boite on dit…"
      "(?:na|en la|in der|dans l'|dans la) (?:empresa|firma|entreprise|boite),? (?:diz-se|dizem|se diz|se dice|dicen|se rumorea|heisst es|sagt man|munkelt man|on dit|il se dit|ca dit)",
    ].join('|')})${E}`,
    'g',
  ),
);

/** The first inside reference to the employer in the post, if any. */
export function firstInsideReference(ctx: RuleContext): FoldedSpan | undefined {
  const m = INSIDE_REFERENCE.all(ctx, 0, Number.POSITIVE_INFINITY)[0];
  return m ? { start: m.start, end: m.end } : undefined;
}
