import { defineRule, type Hit } from '../../kinds/rule';
import { hasWordNear, keyedMatches, keyedRegex, type WordHit, wordGroup } from '../_shared/biz-words';

/**
 * Forward-looking financial statements about a company: "will double revenue next year",
 * "we're going to beat our Q4 guidance by 20%", "profitable by Q3", "it'll do that again by
 * 2026" (after a stock's past return). Predictions like these are for investor relations.
 */
// "we'll" is written whole: the match must start at a word edge.
const WILL = "(?:will|(?:we|i|you|they|it|he|she|that|this)'ll|going to|gonna|is set to|are set to|about to|on track to)";
const FIN =
  '(?:revenue|revenues|sales|earnings|profits?|arr|mrr|bookings|margins?|guidance|numbers|estimates|forecasts?|expectations|targets?|the street|consensus|valuation|share price|stock price|stock|growth|(?:net )?(?:interest |operating |net )?income|ebitda|eps|deposits|loan book|assets under management|aum|market share|cash flow|same-store sales|premiums|dividends?|payouts?|buybacks?)';
/** A future period: "next year", "in 2027", "by Q3", "by year-end". */
const WHEN = '(?:next (?:year|quarter|fy|fiscal year)|this (?:year|quarter|fiscal year)|in (?:20\\d\\d|fy ?\\d\\d)|by (?:20\\d\\d|q[1-4]|year[- ]end|the end of))';
const FORWARD_ALTERNATIVES = [
  `(?:${WILL}|expect to|expecting to|plan to) (?:hit|reach|cross|pass|surpass|exceed|do) \\$?\\d[\\d.,]*\\s?(?:k|m|mm|b|bn|million|billion)?(?: in)? ${FIN}`,
  `${WILL} (?:easily |at least |more than )?(?:double|triple|quadruple|10x|beat|crush|smash|exceed|blow (?:past|through|away)|hit|surpass|grow) (?:our |its |their |the |this )?(?:q[1-4] |annual |quarterly |full-year |next year's |\\d{4} )?${FIN}`,
  `${FIN} (?:will|is going to|are going to|is gonna) (?:double|triple|quadruple|grow|jump|rise|increase|go up|be up|explode|moon)`,
  `${WILL} (?:beat|crush|smash|exceed) (?:it|them|that|those) by (?:at least |more than )?\\d+`,
  `(?:guidance|forecast|outlook|estimates?) (?:is|are) (?:way |far |much |too )*(?:too )?(?:conservative|low|sandbagged)`,
  `${WILL} be profitable (?:by|in|next)`,
  // Profit or a figure promised for the company: "we expect to reach profitability next year",
  // "annual revenue will hit 2 billion".
  `(?:${WILL}|expect to|expecting to|on track to) (?:reach|hit|achieve|turn|be at|get to) (?:profitability|break-?even|a profit)`,
  `${FIN} (?:will|is going to|are going to|is gonna|'ll) (?:easily )?(?:hit|reach|cross|top|pass|exceed|surpass|come in (?:at|above)|land (?:at|above)) (?:at least |over |above |around |more than )?\\$?\\d[\\d.,]*\\s?(?:k|m|mm|b|bn|million|billion)(?! (?:customers|users|members|people|subscribers|downloads|visitors|employees|riders|passengers|patients|students|orders))`,
  // "revenue hits $2B next year", "we'll clear $60M next year": a figure tied to a future period
  `${FIN} (?:hits?|reaches|crosses|tops|clears|passes|will (?:hit|reach|cross|top|clear|pass)) \\$\\d[\\d.,]*\\s?(?:k|m|mm|b|bn|million|billion)?(?: [a-z]+){0,2} ${WHEN}`,
  `(?:${WILL}|expect to|expecting to) (?:easily )?(?:hit|reach|cross|clear|top|pass|surpass|exceed|make|generate|bring in|pull in) \\$\\d[\\d.,]*\\s?(?:k|m|mm|b|bn|million|billion)(?: [a-z]+){0,3} ${WHEN}`,
  `profitable by (?:q[1-4]|20\\d\\d|next (?:year|quarter)|the end of)`,
  `(?:it|the stock|shares|we)(?:'ll| will) do (?:that|it) again`,
  // "superaremos las estimaciones", "wir werden die Erwartungen übertreffen", "nous allons dépasser les prévisions"
  `(?:superaremos|vamos a superar|va a superar|vamos superar|vai superar) (?:las |los |as |os |nuestras |nossas )?(?:estimaciones|previsiones|expectativas|estimativas|previsoes|metas) (?:de |del |dos |das )?(?:ingresos|ventas|beneficios|receita|faturamento|lucro|analistas|mercado|mercado)`,
  `(?:werden|wird) (?:die |unsere |seine )?(?:umsatzerwartungen|gewinnerwartungen|prognosen|erwartungen der analysten|schatzungen) (?:[a-z]+ )?(?:ubertreffen|schlagen)`,
  `(?:allons|va|vont) (?:depasser|battre|pulveriser) (?:les |nos |ses |leurs )?(?:previsions|estimations|attentes) (?:de |du |des )?(?:chiffre d'affaires|ca|benefices?|analystes|marche)`,
  `(?:duplicara|triplicara|duplicaremos) (?:sus |los |nuestros )?(?:ingresos|ventas|beneficios)`,
  `(?:wird|werden) (?:den |seinen |unseren )?(?:umsatz|gewinn) (?:verdoppeln|verdreifachen)`,
  `(?:va|vont|allons) doubler (?:son |leur |notre )?(?:chiffre d'affaires|ca|benefice)`,
  `(?:vai|vamos) (?:dobrar|triplicar) (?:a |sua |nossa )?(?:receita|faturamento|lucro)`,
];

const FORWARD = keyedRegex(FORWARD_ALTERNATIVES, [
  'achieve',
  'turn',
  'land',
  'come',
  'reach',
  'hits',
  'reaches',
  'crosses',
  'tops',
  'top',
  'clears',
  'clear',
  'passes',
  'make',
  'generate',
  'bring',
  'pull',
  'cross',
  'pass',
  'do',
  'expect',
  'expecting',
  'plan',
  'double',
  'triple',
  'quadruple',
  '10x',
  'beat',
  'crush',
  'smash',
  'exceed',
  'blow',
  'hit',
  'surpass',
  'grow',
  'jump',
  'rise',
  'increase',
  'go',
  'be',
  'explode',
  'moon',
  'conservative',
  'sandbagged',
  'low',
  'profitable',
  'again',
  'duplicara',
  'triplicara',
  'duplicaremos',
  'verdoppeln',
  'verdreifachen',
  'doubler',
  'dobrar',
  'triplicar',
  'superaremos',
  'superar',
  'ubertreffen',
  'schlagen',
  'depasser',
  'battre',
  'pulveriser',
]);

const FINANCIAL_TERMS = wordGroup([
  'dividend',
  'payout',
  'buyback',
  'break',
  'revenue',
  'revenues',
  'sales',
  'earnings',
  'profit',
  'profits',
  'profitable',
  'income',
  'ebitda',
  'eps',
  'deposits',
  'aum',
  'premiums',
  'arr',
  'mrr',
  'bookings',
  'margin',
  'margins',
  'guidance',
  'numbers',
  'estimates',
  'forecast',
  'outlook',
  'expectations',
  'target',
  'targets',
  'street',
  'consensus',
  'valuation',
  'share',
  'shares',
  'stock',
  'growth',
  'ipo',
  '%',
  'ingresos',
  'ventas',
  'beneficios',
  'umsatz',
  'gewinn',
  'chiffre',
  'benefice',
  'receita',
  'faturamento',
  'lucro',
  'estimaciones',
  'previsiones',
  'estimativas',
  'umsatzerwartungen',
  'gewinnerwartungen',
  'prognosen',
  'previsions',
  'estimations',
]);

export default defineRule({
  description:
    'Forward-looking financial statements: revenue, earnings or stock predictions about a company.',
  severity: 'block',
  messages: {
    default:
      'This predicts a company’s financial results (“{words}”); forward-looking statements come only from investor relations.',
  },
  detect(ctx) {
    const hits: Hit[] = [];
    // Only words within reach of a financial term (revenue, guidance, stock…) are looked at.
    const nearFinance = (h: WordHit): boolean => hasWordNear(ctx, FINANCIAL_TERMS, h.start, h.end, 80);
    for (const m of keyedMatches(ctx, FORWARD, 50, 60, nearFinance)) {
      const [start, end] = ctx.span(m.start, m.end);
      hits.push({ start, end, data: { words: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
