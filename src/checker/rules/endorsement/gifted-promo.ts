import { defineRule } from '../../kinds/rule';
import { B, E, employerMentions, firstStartingIn, Gated, hasDisclosure } from '../_shared/org-voice';
import { pitchAround, readerCalls } from './_cta';

/** Gifts, comps and sponsorships from a brand (folded). */
const GIFT = new Gated(
  [
    'thank',
    'thanks',
    'official',
    'comped',
    'gifted',
    'sent',
    'sponsored',
    'covered',
    'paid',
    'hooked',
    'pr',
    'exchange',
    'regalaron',
    'invitaron',
    'mandaron',
    'geschenkt',
    'verfugung',
    'offert',
    'offerts',
    'offerte',
    'recebi',
    'ganhei',
    'gave',
    'mailed',
    'shipped',
    'received',
    'complimentary',
    'got',
    'given',
    'partnered',
    'partnership',
  ],
  new RegExp(
    `${B}(?:${[
      'thanks? (?:you )?(?:so much )?(?:to )?@[a-z0-9_]+ for (?:sending|gifting|hooking|including|(?:the|this|these|my|our|a) (?:free|gifted|complimentary)|(?:the|this|these|my|our|a) (?:gift|box|package|parcel|goodies|samples?|swag|bundle|kit|hamper|care package|pr)(?![a-z]))',
      '(?:they|@[a-z0-9_]+|the (?:brand|hotel|resort|restaurant|company|team)) (?:comped|gifted|sent me|sent us|sponsored|covered|paid for|hooked (?:me|us) up)',
      'comped (?:our|my|the|us)',
      '(?:was|were|got|been) (?:gifted|comped|sent (?:this|these|a|some) (?:free|complimentary))',
      'gifted (?:me|us|to me)',
      // "the <brand> team sent me for free", "they gave us these free of charge"
      '(?:sent|gave|mailed|shipped) (?:me|us)(?: (?:these|this|them|it|one|some|a|an|a pair|a box)(?: [a-z]+)?)? (?:for free|free of charge|as a gift|at no cost|on the house)',
      // "got sent a pair of trail shoes to test", "they sent me the new blender to review"
      '(?:got|was|were|been|they|brand|team) sent (?:me |us )?(?:a|an|some|two|three|this|these|the|a pair of|a box of)(?: [a-z-]+){0,4} to (?:test|try|review|try out)',
      // "the Brewhaus team sent over their new grinder", "they sent me their new serum"
      '(?:sent|mailed|shipped) (?:me |us )?over (?:their|its|a|an|some|this|these)',
      '(?:they|team|brand|company|folks|people|founders?) (?:at [a-z0-9-]+ )?sent (?:me|us) (?:their|its)',
      'pr (?:package|box|haul)',
      // "received a complimentary pair of … from the brand", "got a free box from them"
      '(?:received|got|was given|were given|been given) (?:a |an |some |this |these |my |our |two )?(?:free|complimentary|gifted)(?: [a-z-]+){0,4} (?:from|courtesy of|by) (?:the (?:brand|company|team|hotel|shop|store|label)|them|@[a-z0-9_]+)',
      // "partnered with a skincare brand this month", "paid partnership with"
      '(?:partnered|partnering) (?:up )?with (?:a|an|the|@[a-z0-9_]+)(?: [a-z-]+){0,2} (?:brand|label|company|shop|store|hotel|app)',
      'paid partnership',
      // A sponsor's product as a team's or creator's own: "official drink of Lark Legion"
      'official (?:drink|snack|beverage|energy drink|drink partner|partner|sponsor|headset|chair|keyboard|mouse|gear|apparel|supplier) of',
      'in exchange for (?:a|an|my) (?:review|post|honest review)',
      '(?:me|nos) (?:regalaron|invitaron|mandaron)',
      '(?:uns|mir) (?:geschenkt|zur verfugung gestellt)',
      '(?:offert|offerts|offerte) par',
      '(?:recebi|ganhei) (?:de presente|da|do) @',
    ].join('|')})${E}`,
    'g',
  ),
  48,
  96,
);

/** Urging followers to buy or book. */
const PUSH = new Gated(
  [
    'buy',
    'get',
    'grab',
    'book',
    'order',
    'try',
    'bio',
    'regret',
    'walk',
    'obsessed',
    'must',
    'recommend',
    'ever',
    'market',
    'compren',
    'comprad',
    'reserven',
    'kauft',
    'bucht',
    'achetez',
    'reservez',
    'comprem',
    'reservem',
    'yours',
    'shop',
    'needs',
    'need',
    'changer',
    'gamechanger',
    'penny',
    'grail',
    'without',
    'recomiendo',
    'empfehlen',
    'recommande',
    'recomendo',
  ],
  new RegExp(
    `${B}(?:${[
      "(?:go|everyone|y'all|you all|you) (?:go |should |need to |must )?(?:buy|get|grab|book|order|try)",
      'link in (?:my )?bio',
      // "shop them here: <link>", "shop the look"
      'shop (?:them|it|this|these|the look|now|here|yours)',
      // "get one here:", "buy them now", "grab it with my link below"
      '(?:get|grab|buy|order) (?:one|yours|it|them|these|this)(?: for yourself)? (?:here|now|today|below|with my|through my|via my|using my)',
      '(?:grab|get|order) yours',
      'book (?:it|now|them|your)',
      "you won't regret",
      "run,? don't walk",
      'obsessed with',
      'must-have',
      'highly recommend',
      // After a gift, any verdict that vouches for it sells it: "10/10 would recommend", "I'm obsessed",
      // "a total game changer", "worth every penny", "can't live without it" (in five languages).
      "(?:would|10/10|100%|definitely|totally|strongly|can't|cannot|couldn't) recommend",
      'recommend (?:it|them|this|these) (?:to (?:everyone|anyone|all|every)|enough)',
      "(?:i'm|im|i am|so|totally|completely|lowkey|low-key|already|officially) obsessed",
      'game ?changer',
      'worth every (?:penny|cent)',
      "(?:can't|cannot|couldn't) (?:live|go back) without",
      'holy grail',
      '(?:lo|la|los|las) recomiendo|(?:kann|muss) (?:ich )?(?:es |sie |ihn )?(?:nur )?(?:jedem|allen) empfehlen|je (?:le |la |les )?recommande|recomendo (?:demais|muito|a todos)',
      "(?:best|favorite) [a-z ]{0,20}(?:ever|i've ever|on the market)",
      // Any superlative with "ever": "the comfiest thing ever", "softest sheets I've ever owned"
      "[a-z]{3,}est (?:[a-z]+ ){0,3}(?:ever|i've ever|i have ever)",
      "(?:you|y'all|yall|everyone|everybody) (?:all |really |seriously )?needs? (?:one|these|this|them|it|a pair)(?![a-z])",
      '(?:compren|comprad|reserven)',
      '(?:kauft|bucht)',
      '(?:achetez|reservez)',
      '(?:comprem|reservem)',
    ].join('|')})${E}`,
    'g',
  ),
  56,
  24,
);

/**
 * An affiliate link with a discount: "link in the description for 20% off", "link na descrição com
 * 20% de desconto", "Link in der Beschreibung mit 15 % Rabatt".
 */
const DISCOUNT_LINK = new Gated(
  ['link', 'enlace', 'lien'],
  new RegExp(
    `${B}(?:link|enlace|lien) (?:in (?:the |my )?(?:description|bio)|below|na (?:descricao|bio)|en la (?:descripcion|bio)|in der (?:beschreibung|bio)|dans la (?:description|bio)) (?:with|for|com|con|mit|avec|para|pour) (?:\\d+ ?%|a discount|um desconto|un descuento|einem rabatt|une reduction)${E}`,
    'g',
  ),
  0,
  96,
);

/** "my link in the description gets you a free month": a referral reward from someone else's product. */
const REWARD_LINK = new Gated(
  ['link', 'enlace', 'lien'],
  new RegExp(
    `${B}my (?:link|enlace|lien)(?: (?:in (?:the |my )?(?:description|bio)|below|en la (?:descripcion|bio)|dans la description|na descricao))? (?:gets|will get|gives|will give|te da|te consigue|vous donne) (?:you |te )?(?:a free|an? (?:extra|bonus)|\\d+ ?%|\\$\\d+|un mes gratis|un mois gratuit|um mes gratis)${E}`,
    'g',
  ),
  8,
  96,
);

/** A personal discount code: "use code LENA15", "code SAVE20 gets you 20% off". */
const CODE = new Gated(
  ['code', 'coupon', 'codigo', 'rabattcode', 'gutscheincode'],
  /(?<![a-z0-9_])(?:(?:use|using|with|enter|apply) (?:my |the )?(?:code|coupon|promo code|discount code|referral code|coupon code)|code|codigo|rabattcode|gutscheincode|code promo)\s*[:"']?\s*([a-z0-9][a-z0-9_-]{2,19})(?![a-z0-9_])/g,
  32,
  40,
  true, // groups: the code
);
const DISCOUNT = new Gated(
  ['off', 'discount', 'descuento', 'rabatt', 'remise', 'reduction', 'desconto', 'free', 'save'],
  /(?<![a-z0-9_])(?:off|discount|descuento|rabatt|remise|reduction|desconto|free (?:month|trial|shipping|week)|save \$?\d)(?![a-z0-9_])/g,
);

/**
 * A code without the word "code": "20% off with LUMA20", "use MAYA15 at checkout". Read in the
 * text as typed, a few characters around each discount word: a made-up token in capitals with digits.
 */
const BARE_CODE = /(?<![A-Za-z0-9_@#$])[A-Z]{3,}\d{1,3}(?![A-Za-z0-9_%])/g;
const CODE_REACH = 40;

function bareCode(ctx: Parameters<typeof hasDisclosure>[0]): [number, number] | null {
  for (const d of DISCOUNT.all(ctx)) {
    const [ds, de] = ctx.span(d.start, d.end);
    const from = Math.max(0, ds - CODE_REACH);
    const window = ctx.text.slice(from, Math.min(ctx.text.length, de + CODE_REACH));
    BARE_CODE.lastIndex = 0;
    for (let m = BARE_CODE.exec(window); m; m = BARE_CODE.exec(window)) {
      // The token is used as a code: "with LUMA20", "use MAYA15", "MAYA15 for 15% off".
      if (CODE_BEFORE.test(window.slice(Math.max(0, m.index - 12), m.index)) || CODE_AFTER.test(window.slice(m.index + m[0].length))) {
        return [from + m.index, from + m.index + m[0].length];
      }
    }
  }
  return null;
}
const CODE_BEFORE = /(?:^|[^a-z])(?:with|use|using|enter|apply|w\/|con|mit|avec|com)\s*[:"']?\s*$/i;
const CODE_AFTER = /^\s*(?:for|gets?|=|at checkout|to (?:get|save)|para|pour|fur|für)(?![a-z])/i;

export default defineRule({
  description:
    'Gifted, comped or sponsored products promoted without disclosure, and personal discount codes without #ad ("thanks @brand for the box of…", "they comped our stay… book it", "use code LENA15 for 15% off").',
  severity: 'warn',
  messages: {
    default:
      'This promotes something you were given or earn from ("{phrase}") without a disclosure; add #ad or say it was gifted.',
  },
  detect(ctx) {
    // A disclosed post has nothing to find (every finding below needs no disclosure): asked first.
    if (hasDisclosure(ctx)) return [];
    const gift = GIFT.first(ctx);
    // The push may be any call to act that sells ("grab a pair before they sell out").
    if (gift && (PUSH.test(ctx) || readerCalls(ctx).some((c) => pitchAround(ctx.folded, c.start, c.end)))) {
      const [s, e] = ctx.span(gift.start, gift.end);
      return [{ start: s, end: e, data: { phrase: ctx.text.slice(s, e) } }];
    }
    const link = DISCOUNT_LINK.first(ctx) ?? REWARD_LINK.first(ctx);
    if (link && !firstStartingIn(employerMentions(ctx), link.start - 160, link.start + 160)) {
      const [s, e] = ctx.span(link.start, link.end);
      return [{ start: s, end: e, data: { phrase: ctx.text.slice(s, e) } }];
    }
    if (!DISCOUNT.test(ctx)) return [];
    for (const m of CODE.all(ctx)) {
      const token = m.groups[0] ?? '';
      const tokenStart = m.end - token.length;
      const [ts, te] = ctx.span(tokenStart, m.end);
      const original = ctx.text.slice(ts, te);
      // A code is a made-up token: digits in it, or typed in capitals ("LENA15", "SPRING").
      if (!/\d/.test(token) && !/^[A-Z][A-Z_-]{3,}$/.test(original)) continue;
      // A referral code for the employer's own product is the employer-promo rule's finding.
      if (firstStartingIn(employerMentions(ctx), m.start - 160, m.start + 160)) continue;
      const [s] = ctx.span(m.start, m.start + 1);
      return [{ start: s, end: te, data: { phrase: ctx.text.slice(s, te) } }];
    }
    const bare = bareCode(ctx);
    if (bare && !firstStartingIn(employerMentions(ctx), bare[0] - 160, bare[0] + 160)) {
      return [{ start: bare[0], end: bare[1], data: { phrase: ctx.text.slice(bare[0], bare[1]) } }];
    }
    return [];
  },
});
