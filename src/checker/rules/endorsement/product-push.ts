import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import type { TermMatch } from '../../text/terms';
import { WordGuardedRegex } from '../../text/word-guard';
import { SHARE_WORDS } from '../_shared/biz-signals';
import { B, disclosesEmployment, E, employerMentions, Gated, negatedBefore, sentenceAround } from '../_shared/org-voice';
import { CLAUSE_OPENER, HIRING_WORDS } from './_cta';
import { isProduct } from './_products';

/**
 * A push to buy, book, switch or try with the employer's product as its object, said to readers
 * (an imperative): "just move to <product> already", "book your next stay at <product>",
 * "and book <product> instead". Read only in the few words before each employer mention.
 *
 * The verb must open its clause, or follow a nudge ("just", "go", "so", "everyone"…): "I book
 * <product> for work" reports, "book <product>" urges.
 */
const OPENS = CLAUSE_OPENER;
/** Verbs that sell whatever they take: no nudge needed. */
const STRONG = '(?:buy|switch (?:over )?to|move (?:over )?to|jump (?:ship )?to|sign up (?:for|with)|subscribe to|shop (?:at|with)?|bank with)';
/** Verbs that also instruct ("get <product> from the store to fix it"): a nudge must be near. */
const WEAK = '(?:book|order|get|grab|download|install|try|check out|pick up|stay at|fly with|go with)';
/** "book your next weekend away at <product>", "order dinner from <product>": a short object, then the product. */
const VIA = '(?:book|order|get|grab|buy|do|plan|ship|send|shop for|stay) (?:[a-z\'-]+ ){1,4}(?:at|with|from|on|through|via)';
const VERB_BEFORE = new RegExp(`${OPENS}(?:(?<strong>${STRONG})|(?<weak>${WEAK}|${VIA}))(?: (?:the|a|an|your|some))? $`, 'd');
/** The verbs alone: the look for a verb before a mention runs only where one of their words is written. */
const VERBS = new WordGuardedRegex(new RegExp(`(?:${STRONG}|${WEAK}|${VIA})`));

/** Pitch words near a weak verb: "trust me", "instead", "you won't regret it", "best", "🔥". */
const NUDGE =
  /(?<![a-z])(?:trust me|thank me|honestly|seriously|srsly|instead|already|best|better|love|loving|amazing|unreal|obsessed|game ?changer|worth it|won't regret|never look(?:ing)? back|you need|you(?:'ll| will) love|zero fees|no fees|cheap\w*|save|free|discount|off|code|rn|ngl|lol|asap|this (?:week|weekend))(?![a-z])|[\u{1F525}\u{1F64C}\u{1F60D}\u{1F4AF}\u{1F449}\u{1F929}\u{2764}\u{1F44F}]/u;

/** Readers addressed with a pronoun for the product named before: "get yours now", "download it and thank me later". */
const PRONOUN_PUSH = new Gated(
  ['get', 'grab', 'order', 'buy', 'download', 'install', 'open', 'book', 'try', 'pick'],
  new RegExp(
    `${B}(?:get|grab|order|buy|download|install|open|book|try|pick up) (?<obj>yours|one|it|them)(?: (?:for yourself|too|already))?(?= (?:now|today|tonight|here|this (?:week|weekend)|rn|asap|and (?:thank|see|enjoy|never|you)|before|while|while you can|on (?:the )?(?:app store|play store|google play))|\\s*[!:\\u0080-\\uffff]|$)${E}`,
    'g',
  ),
  32,
  48,
);
/** The pronoun push must open its clause too ("I'll get one now" reports). */
const PRONOUN_OPENS = new RegExp(`${OPENS}$`);
const SELF = /(?:\bi|\bwe|\bi'll|\bwe'll|'ll|\bto|\bwill|\bgonna|\bcan|\bcould|\bshould i|\bdid|\bdidn't)\s+$/;

const STORE_AFTER = /^ on (?:the )?(?:app store|play store|google play)/;

/** How far back the product named before a pronoun may be (folded characters). */
const BACK = 200;

/** Recruiting is not a product pitch: "join <employer>, we're hiring". */
const HIRING = new RegExp(`(?<![a-z0-9_])(?:${HIRING_WORDS}|apply)(?![a-z0-9_])`);

/** Shares and trading words: buying the company itself is investing. */
const STOCK = new RegExp(
  `(?<![a-z])(?:${SHARE_WORDS}|actions|ipo|options|calls|puts|invest\\w*|portfolio)(?![a-z])|\\$[a-z]{2,5}(?![a-z])`,
);
/** "get <employer> to fix it", "try <product> again": a request or a support step, not a pitch. */
const NOT_PITCH_AFTER = /^(?:'s)?\s+(?:to|again|later|support|customer service|help|and (?:see|check) if)(?![a-z])/;

function verbBefore(ctx: RuleContext, mentions: readonly TermMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const x of mentions) {
    const from = Math.max(0, x.start - 56);
    // Mid-text, a sentinel letter keeps "^" from matching where the slice happens to start.
    const pad = from === 0 ? 0 : 1;
    const before = folded.slice(from, x.start);
    if (!VERBS.mayMatch(before)) continue;
    const m = VERB_BEFORE.exec(pad ? `x${before}` : before);
    const at = m?.indices?.groups?.strong ?? m?.indices?.groups?.weak;
    if (!m || !at) continue;
    const verbAt = from + at[0] - pad;
    if (negatedBefore(folded, verbAt)) continue;
    // "buy <employer>" (its name or ticker, not a product) is buying shares: a stock tip.
    if (/^buy /.test(folded.slice(verbAt, verbAt + 4)) && !isProduct(ctx, x.term)) continue;
    const [ss, se] = sentenceAround(folded, x.start);
    if (HIRING.test(folded.slice(ss, se))) continue;
    // "buy <employer> before earnings" is a stock tip (regulated claims), not a product pitch.
    if (STOCK.test(folded.slice(ss, Math.min(folded.length, se + 120)))) continue;
    if (m.groups?.weak) {
      if (NOT_PITCH_AFTER.test(folded.slice(x.end, x.end + 24))) continue;
      // The nudge in the sentence or the next one ("Book Acme Stay. Best rooftop in town 🔥").
      const ne = se + 2 < folded.length ? sentenceAround(folded, se + 2)[1] : se;
      if (!NUDGE.test(folded.slice(ss, Math.max(se, ne)))) continue;
    }
    // "Acme" and "Acme Flow" both start here: the finding ends with the longer name.
    let end = x.end;
    for (const y of mentions) if (y.start === x.start && y.end > end) end = y.end;
    const [s] = ctx.span(verbAt, verbAt + 1);
    const [bs, e] = ctx.span(x.start, end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(bs, e) } }];
  }
  return [];
}

function pronounPush(ctx: RuleContext, mentions: readonly TermMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const m of PRONOUN_PUSH.all(ctx)) {
    const head = folded.slice(Math.max(0, m.start - 24), m.start);
    if (!PRONOUN_OPENS.test(m.start === 0 ? '' : head) || SELF.test(head) || negatedBefore(folded, m.start)) continue;
    // The product (or the employer) named before, in reach.
    let brand: TermMatch | undefined;
    for (const x of mentions) {
      if (x.end <= m.start && m.start - x.end < BACK) brand = x;
    }
    if (!brand) continue;
    // "it"/"them" also point at bugs and updates: a nudge must be near; "one"/"yours" sell.
    // "get it on the App Store": pointing readers to a store sells it.
    if (/ (?:it|them)/.test(m.text) && !STORE_AFTER.test(folded.slice(m.end, m.end + 24))) {
      const [ss, se] = sentenceAround(folded, m.start);
      if (!NUDGE.test(folded.slice(ss, se).replace(/(?:^| )(?:it|them)(?= |$)/g, ' '))) continue;
    }
    const [s, e] = ctx.span(m.start, m.end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(...ctx.span(brand.start, brand.end)) } }];
  }
  return [];
}

/**
 * A question that pushes: "if you haven't installed it yet, what are you waiting for?", "¿a qué
 * esperáis?", "worauf wartet ihr?". Said next to the employer's product, it urges readers to get it.
 */
const WHY_WAIT = new Gated(
  ['waiting', 'stopping', 'esperas', 'esperais', 'esperan', 'esperando', 'worauf', 'attendez', 'attends'],
  new RegExp(
    `${B}(?:what (?:are|r) (?:you|u|ya|y'all) waiting for|what'?s stopping (?:you|u|ya)|(?:a )?que (?:esperas|esperais|esperan)|worauf (?:wartet ihr|wartest du|warten sie)|qu'est-ce que (?:vous attendez|tu attends)|qu'attendez-vous|o que (?:voce|voces|vc|vcs) (?:esta|estao|ta|tao) esperando)${E}`,
    'g',
  ),
  40,
  48,
);

function whyWait(ctx: RuleContext, mentions: readonly TermMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const m of WHY_WAIT.all(ctx)) {
    const brand = mentions.find((x) => x.end <= m.start && m.start - x.end < BACK) ?? mentions.find((x) => x.start >= m.end && x.start - m.end < 60);
    if (!brand) continue;
    const [ss, se] = sentenceAround(folded, brand.start);
    // "we're hiring… what are you waiting for?": recruiting, not a pitch.
    if (HIRING.test(folded.slice(ss, Math.max(se, m.end))) || STOCK.test(folded.slice(ss, Math.max(se, m.end)))) continue;
    const [s, e] = ctx.span(m.start, m.end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(...ctx.span(brand.start, brand.end)) } }];
  }
  return [];
}

export default defineRule({
  description:
    'Urges readers to buy, book, switch to or try the employer’s product without saying the author works there: "just move to <product> already", "book your stay at <product>", "<product>… get yours now!".',
  severity: 'warn',
  messages: {
    default:
      'This urges readers to use your employer’s product ("{brand}") without saying you work there; add #employee or "I work at …" so readers know.',
  },
  detect(ctx) {
    const mentions = employerMentions(ctx);
    if (mentions.length === 0) return [];
    if (disclosesEmployment(ctx)) return [];
    const hits = verbBefore(ctx, mentions);
    if (hits.length > 0) return hits;
    const pronoun = pronounPush(ctx, mentions);
    return pronoun.length > 0 ? pronoun : whyWait(ctx, mentions);
  },
});
