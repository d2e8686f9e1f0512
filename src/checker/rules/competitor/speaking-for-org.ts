import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { WordGuardedRegex } from '../../text/word-guard';
import { competitorMentions, involvesOrg, sentenceBounds } from '../_shared/biz-signals';
import { hasWord, MAX_MATCHES, MAX_SCAN, wordGroup } from '../_shared/biz-words';
import { employerMentions } from '../_shared/org-voice';

/**
 * Claims about a rival made as the organization: "we beat X in every POC", "we will match any
 * price X offers", "our official position is that X's benchmark is flawed", "switch from X to
 * <our product>", "<us> > X". The sentence must name or speak as the organization.
 */
const CLAIM = new RegExp(
  '(?<![a-z0-9_])(?:' +
    [
      'beat(?:s|en|ing)?',
      'crush(?:ed|es|ing)?',
      'destroy(?:ed|s|ing)?',
      'outperform\\w*',
      'outsell\\w*',
      'smok(?:e|ed|es|ing)',
      'trounc\\w*',
      'wip(?:e|ed|es|ing) the floor',
      '(?:faster|better|cheaper|safer|more reliable) than',
      'ahead of',
      // "match any X price": the rival's name may sit between
      "match (?:any|their|every) (?:[a-z0-9@'-]+ ){0,2}(?:price|offer|quote|deal|rate)s?",
      'price match',
      'undercut\\w*',
      'switch(?:ed|ing)? (?:over )?from',
      'ditch(?:ed|ing)?',
      'official (?:position|stance|response|statement|word|view|line)',
      'unlike',
      'on behalf of',
      'not even close',
      'won (?:every|all)',
      'superior to',
      // The rival losing customers, deals or ground to us: "switching to us in droves",
      // "lost another contract to us", "picks X over us", "eating their lunch", "X should be worried"
      '(?:switch(?:es|ed|ing)?|flock(?:s|ed|ing)?|defect(?:s|ed|ing)?) (?:over )?to us',
      "(?:lost|losing|loses|lose) (?:[a-z0-9'-]+ ){0,4}to us",
      "(?:picks?|picked|picking|chooses?|chose|choosing|prefers?|preferred) (?:[a-z0-9@'-]+ ){1,4}over us",
      "eat(?:s|ing|en)? (?:[a-z0-9@'-]+ ){0,3}lunch",
      'should be (?:very |really |getting )?(?:worried|scared|nervous|afraid|sweating|shaking)',
      "(?:steal(?:s|ing)?|stole|poach(?:es|ed|ing)?) (?:[a-z0-9@'-]+ ){0,2}(?:customers|clients|accounts|members|patients|market share|business)",
      'mejor(?:es)? que',
      'besser als',
      'meilleurs? que',
      'melhor(?:es)? (?:do )?que',
    ].join('|') +
    ')(?![a-z0-9_])|>',
  'g',
);

const CLAIM_WORDS = wordGroup([
  'beat',
  'crush',
  'destroy',
  'outperform',
  'outsell',
  'smoke',
  'smoked',
  'smokes',
  'smoking',
  'trounc',
  'wipe',
  'wiped',
  'wipes',
  'wiping',
  'faster',
  'better',
  'cheaper',
  'safer',
  'reliable',
  'ahead',
  'match',
  'price',
  'undercut',
  'switch',
  'ditch',
  'official',
  'unlike',
  'behalf',
  'close',
  'won',
  'superior',
  'flock',
  'defect',
  'lost$',
  'losing',
  'loses',
  'lose$',
  'pick',
  'picks',
  'picked',
  'picking',
  'choose',
  'chooses',
  'chose',
  'choosing',
  'prefer',
  'prefers',
  'preferred',
  'lunch',
  'worried',
  'scared',
  'nervous',
  'afraid',
  'sweating',
  'shaking',
  'steal',
  'steals',
  'stealing',
  'stole',
  'poach',
  'mejor',
  'mejores',
  'besser',
  'meilleur',
  'meilleurs',
  'melhor',
  'melhores',
]);

/** The company's own practice set against the rival's: "we actually lay the fibre" (folded). */
const CONTRAST = new WordGuardedRegex(
  /(?<![a-z0-9_])(?:we|we're|we've) (?:actually|really) (?:lay|build|ship|deliver|make|provide|run|own|answer|fix|pay|hire|test|invest|care|keep)(?![a-z0-9_])/,
);

/** A retort that ends its sentence: "<us> would never.", "Acme would never do that!" (folded). */
const NEVER = new WordGuardedRegex(
  /(?<![a-z0-9_])(?:would|'d|will|could) never(?: (?:do|allow|let) (?:that|this|it|such a thing))?[\s.!…]*$/,
);

/** "<employer> would never." in folded `[s, e)`: the folded start of the retort, or -1. */
function employerRetort(ctx: RuleContext, s: number, e: number): number {
  const sentence = ctx.folded.slice(s, e);
  const m = NEVER.exec(sentence);
  if (!m) return -1;
  const at = s + m.index;
  // The employer is the subject, just before: "Acme would never", not "Acme said they would never".
  return employerMentions(ctx).some((x) => x.end <= at && at - x.end <= 3) ? at : -1;
}

export default defineRule({
  description:
    'Claims against a configured competitor made as the organization: "we beat X", "we will match any price X offers".',
  severity: 'warn',
  messages: {
    default:
      'This speaks for the company about {competitor} (“{words}”); comparisons with rivals are made by official channels.',
  },
  detect(ctx) {
    const mentions = competitorMentions(ctx);
    if (mentions.length === 0) return [];
    const folded = ctx.folded;
    const hits: Hit[] = [];
    let covered = -1;
    for (const c of mentions) {
      if (c.start >= MAX_SCAN || hits.length >= MAX_MATCHES) break;
      const [s, e] = sentenceBounds(folded, c.start);
      if (s < covered) continue;
      const sentence = folded.slice(s, e);
      let claim: { at: number; length: number } | null = null;
      if (hasWord(ctx, CLAIM_WORDS, s, e) || sentence.includes('>')) {
        CLAIM.lastIndex = 0;
        const m = CLAIM.exec(sentence);
        if (m && involvesOrg(ctx, s, e)) claim = { at: s + m.index, length: m[0].length };
      }
      // "Their 'fibre' is copper. At <us> we actually lay the fibre.": the contrast, the sentence after.
      if (!claim && e < folded.length) {
        const [ns, ne] = sentenceBounds(folded, e + 1);
        const next = folded.slice(ns, ne);
        const m = CONTRAST.exec(next);
        // Said as the company by name ("At Acme we actually …"), not a friendly "we actually build on their SDK".
        if (m && employerMentions(ctx).some((x) => x.start >= ns && x.start < ne))
          claim = { at: ns + m.index, length: m[0].length };
      }
      // "Initrode drivers throw parcels over fences. Acme would never.": a retort in this sentence or the next.
      if (!claim) {
        let at = employerRetort(ctx, s, e);
        if (at < 0 && e < folded.length) {
          const [ns, ne] = sentenceBounds(folded, e + 1);
          at = employerRetort(ctx, ns, ne);
        }
        if (at >= 0) claim = { at, length: folded.slice(at).search(/never/) + 5 };
      }
      if (!claim) continue;
      const a = Math.min(claim.at, c.start);
      const b = Math.max(claim.at + claim.length, c.end);
      const [start, end] = ctx.span(a, b);
      const [cs, ce] = ctx.span(c.start, c.end);
      hits.push({
        start,
        end,
        data: { competitor: ctx.text.slice(cs, ce), words: ctx.text.slice(start, end) },
      });
      covered = e;
    }
    return hits;
  },
});
