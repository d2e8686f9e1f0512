import { defineRule, type Hit } from '../../kinds/rule';
import { sentenceBounds } from '../_shared/biz-signals';
import { hasWord, keyedMatches, keyedRegex } from '../_shared/biz-words';
import { FINANCE } from './_finance';

/**
 * Promised returns and "no risk" money: "guaranteed 9% a year", "guaranteed 10x", "zero risk,
 * totally guaranteed", "rentabilidad garantizada", "sans risque". "Risk-free" counts only in a
 * sentence about money ("100-night risk-free return policy" on a mattress is a shop's promise),
 * and "guaranteed to make you laugh" is not a return.
 */
const GUARANTEE_ALTERNATIVES = [
  'guaranteed (?:\\d[\\d.,]*\\s?(?:%|x|percent)|(?:a |an )?(?:returns?|profits?|income|gains?|yield|apy|payouts?|dividends?|double|triple|10x|money))',
  '\\d[\\d.,]*\\s?(?:%|x|percent)(?: \\w+){0,3},? guaranteed',
  '(?:totally|fully|100%|absolutely|completely) guaranteed',
  "guaranteed (?:to|you'll|you will) (?:double|triple|grow|make (?:money|\\$)|earn|return|profit|beat|outperform|do (?:it|that|this) again|repeat|keep (?:growing|rising|climbing|going up)|go up|rise|pay (?:off|out))",
  // "we guarantee you beat inflation", "I guarantee your savings will grow"
  "(?:we|i) guarantee (?:(?:that )?you(?:'ll| will)? |that |your (?:money|savings|portfolio|investment|deposit)s? (?:will )?)?(?:beat|outperform|earn|make money|double|triple|grow|never lose|won't lose|will never lose)",
  "(?:won't|will not|never|can't|cannot|can not) lose (?:money|a (?:cent|penny|dime)|value)",
  '(?:double|triple) your money',
  // "a 7% dividend that will never be cut", "safer than your savings account"
  "(?:dividends?|payouts?|yield) (?:that |which )?(?:will never|won't ever|will not ever|can never|is never going to) (?:be cut|go down|drop|shrink)",
  'safer than (?:a |your |any )?(?:savings account|bank account|savings|cash|the bank|a bank|bonds|treasuries)',
  // "approvals are guaranteed for everyone", "guaranteed approval": credit promised to anyone
  '(?:approvals? (?:are |is )?guaranteed|guaranteed (?:approvals?|financing|credit|loans?))',
  // A floor under the return, or no way to lose: "you'll earn at least 8% a year", "no downside",
  // "sure to profit".
  '(?:earn|earns|make|makes|get|gets|return|returns|yield|yields|pay|pays|paying|earning) (?:you )?(?:at least|a minimum of|minimum|no less than|never less than) \\d[\\d.,]*\\s?(?:%|x|percent)(?! off| discount| cash ?back| back)',
  '(?:no|zero) downside',
  '(?:sure|certain|bound) to (?:profit|make money|earn|double|triple|go up|pay off)',
  'risk[ -]free',
  'riskless',
  '(?:zero|no|without) risk',
  "can't lose",
  'cannot lose',
  'no-lose',
  // Spanish, German, French, Portuguese
  '(?:rentabilidad|ganancias?|retornos?|rendimientos?|beneficios?) garantizad[oa]s?',
  'garantizad[oa]s? (?:del |un )?\\d',
  '(?:libre|sin) (?:de )?riesgos?',
  '(?:cero|nulo) riesgos?',
  '\\d[\\d.,]*\\s?(?:%|x) (?:[a-z]+ ){0,2}(?:garantizad[oa]s?|garantiert|garantie?s?|garantid[oa]s?)',
  '(?:null|kein) risiko',
  '(?:risque|risco) (?:zero|nul)',
  '(?:zero) (?:risque|risco)',
  'garantierte[nr]? (?:rendite|gewinne?|ertrag|zinsen)',
  '(?:ohne|kein|null) risiko',
  'risikolos',
  '(?:rendement|gains?|profits?|retour) garantis?',
  'garantis? (?:de )?\\d',
  'sans (?:aucun )?risque',
  '(?:retorno|rendimento|lucro)s? garantid[oa]s?',
  'garantid[oa]s? (?:de )?\\d',
  'sem (?:nenhum )?risco',
  // "te garantizo que vas a ganar", "ich garantiere dir Gewinne", "je vous garantis que vous allez gagner"
  '(?:te |les |le |os )?garantiz(?:o|amos) (?:que )?(?:vas a |van a |vais a )?(?:ganar|duplicar|superar|batir)',
  '(?:ich|wir) garantier(?:e|en) (?:dir |ihnen |euch )?(?:eine? |dass (?:du|sie|ihr) )?(?:rendite|gewinne?|verdopp)',
  '(?:je|nous) (?:vous |te )?garanti(?:s|ssons) (?:que )?(?:vous |tu )?(?:allez |vas )?(?:gagner|doubler|battre)',
  '(?:eu )?garant(?:o|imos) (?:que )?(?:voce |voces )?(?:vai |vao )?(?:ganhar|dobrar|superar|bater)',
];
const GUARANTEE = keyedRegex(GUARANTEE_ALTERNATIVES, [
  'least',
  'minimum',
  'downside',
  'sure',
  'certain',
  'bound',
  'guarant',
  'dividend',
  'dividends',
  'payout',
  'payouts',
  'yield',
  'safer',
  'risk',
  'riskless',
  'risiko',
  'risikolos',
  'riesgo',
  'riesgos',
  'risque',
  'risco',
  'lose',
  'money',
  'garant',
]);

/** A shop's promise, not an investment's. */
/** Warning people off such promises: "a 'guaranteed return' pitch is a scam". */
const WARNING =
  /(?<![a-z])(?:scam\w*|fraud\w*|ponzi|no such thing as|there(?:'s| is) no|nothing is|never trust|red flags?|too good to be true|beware|estafa\w*|fraude|arnaque\w*|escroquerie|betrug\w*|abzocke|golpe)(?![a-z])/;

const SHOP =
  /(?<![a-z])(?:return policy|trial|refund|money[- ]back|cancel\w*|nights?|try it|warranty|exchange)(?![a-z])/;

export default defineRule({
  description: 'Guaranteed investment returns and "risk-free" or "zero risk" money claims.',
  severity: 'block',
  messages: {
    default:
      'This promises a return or says money is without risk (“{words}”); no investment can be promised that way.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    // The last sentence looked at and whether it warns: matches often share one ("risk-free, guaranteed 9%").
    let warnedFrom = -1;
    let warnedTo = -1;
    let warned = false;
    for (const { start: index, m } of keyedMatches(ctx, GUARANTEE, 50, 60)) {
      // A promise of a number ("guaranteed 9%") is financial by itself; the rest need a money context.
      const explicit =
        /\d/.test(m[0]) ||
        /return|profit|income|gain|yield|apy|rentab|rendit|rendem|retorno|lucro|ganan|financing|credit|loan/.test(m[0]);
      // The cheap word-index test first.
      if (!explicit) {
        const end = index + m[0].length;
        const money =
          hasWord(ctx, FINANCE, Math.max(0, index - 120), index) || hasWord(ctx, FINANCE, end, end + 120);
        if (!money) continue;
      }
      const [s, e] = sentenceBounds(folded, index);
      const sentence = folded.slice(s, e);
      if (s !== warnedFrom || e !== warnedTo) {
        warnedFrom = s;
        warnedTo = e;
        warned = WARNING.test(sentence);
      }
      if (warned) continue;
      if (explicit ? SHOP.test(m[0]) : SHOP.test(sentence)) continue;
      const [start, end] = ctx.span(index, index + m[0].length);
      hits.push({ start, end, data: { words: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
