import { defineRule, type Hit } from '../../kinds/rule';
import { sentenceBounds } from '../_shared/biz-signals';
import { hasWord, hasWordNear, keyedMatches, keyedRegex, type WordHit, wordGroup } from '../_shared/biz-words';
import { MARKET } from './_finance';

/**
 * Stock and crypto tips: buy/sell advice, price targets, "load up now", "put 1k into $X",
 * "$X is going to $200". A cashtag alone, or "the stock market is in free fall", is not advice.
 */
const ADVICE_ALTERNATIVES = [
  '(?:buy|sell|short|dump|grab|accumulate|load up on|stock up on|get in on|ape into|all in on) (?:the |some |more |a few )?(?:\\$[a-z]{1,6}|stocks?|shares|puts|calls|options|dip|coin|tokens?)',
  'buy (?:\\$[a-z]{1,6}|now|before|while)',
  'load(?:ing)? up(?: now)?',
  'price target',
  '(?:pt|target) \\$\\d',
  '(?:is |are |will be |)(?:going|headed|heading) to \\$\\d[\\d.,]*k?',
  '(?:will|gonna|going to) (?:double|triple|10x|100x|moon|explode|skyrocket)',
  'to the moon',
  '\\d+ ?% upside',
  '(?:buy|sell|short|grab) (?:[a-z]+ ){0,2}(?:stock|shares|calls|puts)',
  'before (?:it|the stock|the price) (?:moons|pops|rips|explodes|takes off)',
  'put (?:\\$?\\d[\\d.,]*k?|your (?:savings|emergency fund|bonus|paycheck|money|retirement)|all (?:your|my) (?:savings|money)) (?:in|into) ',
  '(?:2x|3x|5x|10x|20x|50x|100x|1000x) by (?:summer|winter|spring|fall|christmas|year end|end of (?:the )?year|next (?:week|month|year)|20\\d\\d)',
  // "Put it all in.", "put everything in"
  'put (?:it all|everything|all of it) in(?=\\s*(?:[.!]|$|now|today))',
  // "if you hold VLM I'd sell before then"
  "(?:i'd|i would|you should|better|i'd) (?:sell|buy|dump|short|get out) (?:it |them |now |before (?:then|earnings|results|the report|it)|while (?:you can|it lasts))",
  'free money',
  'easy money',
  'not financial advice,? but',
  'trust me on this',
  // Price targets: "will hit $40 by summer", "headed for $40", "$40 by Christmas"
  "(?:will|gonna|going to|'ll|to) (?:hit|reach|trade at|be trading at) \\$\\d[\\d.,]*k?",
  '(?:headed|heading|going) (?:for|towards?) \\$\\d[\\d.,]*k?',
  'back up the truck',
  'buy the dip',
  '(?:double|triple|10x) by (?:summer|winter|spring|fall|christmas|year[- ]end|next (?:week|month|year))',
  // German, Spanish, French, Portuguese price targets and urgings
  '(?:geht|steigt|klettert|springt) (?:bis \\w+ )?(?:auf|uber) \\d[\\d.,]* ?(?:euro|eur|dollar|\\$)',
  'kursziel',
  '(?:jetzt|schnell|sofort) (?:nachkaufen|einsteigen|zugreifen)',
  '(?:va a|van a) (?:llegar|subir) (?:a|hasta) \\d[\\d.,]* ?(?:dolares|euros|\\$)',
  '(?:llegara|subira) a \\d[\\d.,]* ?(?:dolares|euros|\\$)',
  'precio objetivo',
  '(?:compren|compra|comprad)(?:las|los)? (?:ya|ahora)',
  '(?:va|van) a (?:duplicarse|triplicarse|doblar(?:se)?)',
  'dinero (?:seguro|facil|gratis)',
  '(?:va|vont) (?:monter|grimper) (?:a|jusqu\'a) \\d[\\d.,]* ?(?:dollars|euros|\\$)',
  'objectif de cours',
  '(?:achetez|achete) (?:maintenant|vite|tout de suite)',
  '(?:vai|vao) (?:bater|chegar a|subir para|subir a) (?:r\\$ ?)?\\d[\\d.,]* ?(?:reais|dolares|euros)?',
  'preco[- ]alvo',
  '(?:comprem|compre) (?:agora|ja)',
  '(?:compra|compren|vende|vendan) (?:acciones|\\$[a-z]{1,6})',
  '(?:kauft|kaufen|verkauft) (?:aktien|\\$[a-z]{1,6})',
  '(?:achetez|vendez) (?:des actions|\\$[a-z]{1,6})',
  '(?:comprem|vendam|compre) (?:acoes|\\$[a-z]{1,6})',
];
const ADVICE = keyedRegex(ADVICE_ALTERNATIVES, [
  'hit',
  'reach',
  'trade',
  'trading',
  'truck',
  'dip',
  'geht',
  'steigt',
  'klettert',
  'springt',
  'kursziel',
  'duplicarse',
  'triplicarse',
  'doblar',
  'dinero',
  'compradlas',
  'compradlos',
  'comprenlas',
  'comprenlos',
  'nachkaufen',
  'einsteigen',
  'zugreifen',
  'llegar',
  'subir',
  'llegara',
  'subira',
  'objetivo',
  'monter',
  'grimper',
  'objectif',
  'achete',
  'bater',
  'chegar',
  'alvo',
  'upside',
  'buy',
  'sell',
  'short',
  'dump',
  'grab',
  'accumul',
  'load',
  'loading',
  'stock',
  'get',
  'ape',
  'all',
  'target',
  'pt',
  'going',
  'headed',
  'heading',
  'double',
  'triple',
  '2x',
  '3x',
  '5x',
  '10x',
  '20x',
  '50x',
  '100x',
  '1000x',
  'moon',
  'explode',
  'skyrocket',
  'put',
  'free',
  'easy',
  'financial',
  'moons',
  'pops',
  'rips',
  'explodes',
  'trust',
  'compra',
  'compren',
  'vende',
  'vendan',
  'kauft',
  'kaufen',
  'verkauft',
  'achetez',
  'vendez',
  'comprem',
  'vendam',
  'compre',
]);

/** Market words other than "$": where a dollar figure is a share price. */
const SECURITIES = wordGroup([
  'stock',
  'stocks',
  'shares',
  'ticker',
  'ipo',
  'listed',
  'spinoff',
  'nasdaq',
  'nyse',
  'earnings',
  'calls',
  'puts',
  'options',
  'crypto',
  'coin',
  'token',
  'bitcoin',
  'btc',
  'eth',
  'acciones',
  'accion',
  'aktie',
  'aktien',
  'actions',
  'acoes',
  'acao',
]);
const CASHTAG = /\$[a-z]{1,6}(?![a-z])/;

export default defineRule({
  description: 'Stock and crypto tips: buy or sell advice, price targets, "load up now", "free money".',
  severity: 'block',
  messages: {
    default: 'This reads as investment advice (“{words}”); stock tips and price targets are regulated.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    if (!hasWord(ctx, MARKET)) return [];
    const hits: Hit[] = [];
    // Advice words count only within a few sentences of a market word.
    const nearMarket = (h: WordHit): boolean => hasWordNear(ctx, MARKET, h.start, h.end, 300);
    for (const { start: index, m } of keyedMatches(ctx, ADVICE, 30, 60, nearMarket)) {
      const [s, e] = sentenceBounds(folded, index);
      if (!hasWord(ctx, MARKET, Math.max(0, s - 160), e + 160)) continue;
      // A dollar figure alone is not a market ("I'll hit $400 in savings"): a price target needs a
      // stock word or a cashtag around it.
      if (/\$\d/.test(m[0]) && !hasWord(ctx, SECURITIES, Math.max(0, s - 160), e + 160) && !CASHTAG.test(folded.slice(Math.max(0, s - 160), e + 160)))
        continue;
      const [start, end] = ctx.span(index, index + m[0].trimEnd().length);
      hits.push({ start, end, data: { words: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
