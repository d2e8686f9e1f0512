import { defineRule } from '../../kinds/rule';
import { gatedMatches, wordGroup, wordsOf } from '../_shared/biz-words';

/**
 * Financial results and business metrics shared before they are published: "ARR up 38%…
 * earnings call isn't until the 14th so shhh". A metric with a figure counts only when the
 * post also says where it came from (the all-hands, a board meeting) or that it is early.
 */
const METRIC =
  /(?<![a-z0-9_])(?:arr|mrr|revenue|bookings|net revenue retention|nrr|retention|churn|nps|gross margin|margins?|ebitda|burn(?: rate)?|runway|headcount|census|occupancy|readmissions?|enrollment|membership|loss ratio|denial rate|volumes|q[1-4] (?:numbers|results|revenue)|quarterly (?:numbers|results)|net (?:interest )?income|nii|deposits|aum|deliveries|shipments|write-?downs?|impairments?|resultats|resultados|ergebnis(?:se)?|earnings|profits?|sales|ingresos|facturacion|ventas|umsatz|gewinn|chiffre d'affaires|benefices?|receita|faturamento|lucro|utili[sz]ation(?: rate)?|engagements|billable hours|(?<=(?:le|du|notre|leur|son) )ca(?= (?:du |de |d'|t[1-4]|q[1-4]|annuel|trimestriel)))(?![a-z0-9_])/g;
const METRIC_WORDS = wordGroup([
  'census',
  'occupancy',
  'readmission',
  'readmissions',
  'enrollment',
  'membership',
  'loss',
  'denial',
  'volumes',
  'arr',
  'mrr',
  'revenue',
  'bookings',
  'retention',
  'nrr',
  'churn',
  'nps',
  'margin',
  'margins',
  'ebitda',
  'burn',
  'runway',
  'headcount',
  'numbers',
  'results',
  'earnings',
  'profit',
  'profits',
  'sales',
  'ingresos',
  'facturacion',
  'ventas',
  'umsatz',
  'gewinn',
  'chiffre',
  'benefice',
  'benefices',
  'receita',
  'faturamento',
  'lucro',
  'interest',
  'income',
  'nii',
  'deposits',
  'aum',
  'resultats',
  'resultados',
  'ergebnis',
  'ergebnisse',
  'deliveries',
  'shipments',
  'writedown',
  'writedowns',
  'write',
  'impairment',
  'impairments',
  'utilization',
  'utilisation',
  'engagements',
  'billable',
  'ca$',
]);
const EARLY_WORDS = wordGroup([
  'internal',
  'staff',
  'leadership',
  'exec',
  'earnings',
  'results',
  'numbers',
  'figures',
  'before',
  'hands$',
  'town',
  'townhall',
  'board$',
  'shhh',
  'quiet',
  'public',
  'wraps',
  'supposed',
  'signed',
  'approved',
  'interne',
  'interno',
  'internamente',
  'intern',
  'internen',
  'encore',
  'todavia',
  'aun',
  'noch',
  'ainda',
  'gone',
  'shared',
  'wider',
]);
const DIGIT_SOON = /\d/;
const SHUSH_EMOJI = '\ud83e\udd2b';
const FIGURE =
  /[$€£]\s?\d[\d.,]*(?:\s?(?:k|m|mm|million|bn|billion)(?![a-z]))?|\d[\d.,]*\s?(?:%|k|m|mm|million|bn|billion|x)(?![a-z])/;
const EARLY =
  /earnings (?:call|release|report|date)s? (?:isn't |is not |is |are |'s )?(?:until|next|tomorrow|on the|in \d)|(?:results|numbers|earnings|figures) (?:go|come|are going) out (?:on|next|tomorrow|in)|before (?:the |our )?(?:earnings|announcement|press release|official)|all-hands|all hands|town ?hall|board (?:meeting|deck)|internal(?:ly)?|staff meeting|leadership (?:meeting|update|call|offsite)|exec (?:meeting|update|offsite)|(?<![a-z])sh{3,}|\ud83e\udd2b|quiet period|not (?:yet )?public|under wraps|not supposed to (?:share|say|post|tell)|board (?:has |have )?(?:already )?(?:signed off|approved)|en interne|(?:en |de forma )?interna(?:mente)?|intern(?:en)? (?:heisst|gehort|im)|(?:pas|n'est|ne sont) encore (?:publi|annonc|officiel|communiqu)\w*|(?:todavia|aun) no (?:publicad|anunciad|oficial)\w*|noch nicht (?:veroffentlicht|bekannt|offiziell)|ainda nao (?:publicad|divulgad|anunciad|oficial)\w*|(?:haven't|have not|hasn't|has not|weren't|wasn't|not) (?:even )?(?:gone out|been (?:shared|sent|announced|released|circulated)) (?:to|with|beyond|outside) (?:the )?(?:wider|whole|rest of the|entire|company|firm|staff|team|partners|board)|not (?:even )?shared (?:with|beyond|outside) (?:the )?(?:wider|whole|rest of the|entire|company|firm|staff)/g;

export default defineRule({
  description:
    'Unpublished financial results or business metrics: ARR, revenue, retention shared before the earnings call.',
  severity: 'block',
  messages: {
    default:
      'This shares business figures (“{figure}”) that look unpublished; results are public only once the company releases them.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    let early: boolean | undefined;
    for (const word of wordsOf(ctx, METRIC_WORDS)) {
      // A figure right after the metric word, checked on a few characters.
      if (!DIGIT_SOON.test(folded.slice(word.end, word.end + 24))) continue;
      early ??= folded.includes(SHUSH_EMOJI) || gatedMatches(ctx, EARLY_WORDS, EARLY, 30, 40, undefined, 1).length > 0;
      if (!early) return [];
      const from = Math.max(0, word.start - 12);
      METRIC.lastIndex = 0;
      const m = METRIC.exec(folded.slice(from, word.end + 12));
      if (!m) continue;
      const index = from + m.index;
      // "le CA du T2 d'<org> est en baisse de 6 %": the figure may come after the period and the name.
      const tail = folded.slice(index, index + m[0].length + (m[0] === 'ca' ? 44 : 26));
      const f = FIGURE.exec(tail);
      if (!f) continue;
      const [start, end] = ctx.span(index, index + f.index + f[0].length);
      return [{ start, end, data: { figure: ctx.text.slice(start, end) } }];
    }
    return [];
  },
});
