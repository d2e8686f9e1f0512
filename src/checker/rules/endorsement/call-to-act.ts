import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, disclosesEmployment, employerMentions, firstStartingIn, Gated, hasAnyDisclaimer } from '../_shared/org-voice';
import { PICKS, pitchAround, readerCalls } from './_cta';

/** How far from a call the employer or its offer may be named (folded characters). */
const REACH = 160;

/**
 * The author's own business, without its name: "our new savings account", "our spring menu",
 * "ours is the only one", "with us", "the one we build", in five languages (folded).
 */
const OUR_OFFER = new Gated(
  ['our', 'ours', 'us', 'we', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosotros', 'unser', 'unsere', 'unseren', 'unserem', 'uns', 'notre', 'nos', 'nous', 'nosso', 'nossa', 'nossos', 'nossas', 'conosco'],
  new RegExp(
    `${B}(?:${[
      '(?:our|nuestr[oa]s?|unser(?:e[nmrs]?)?|notre|nos|noss[oa]s?) (?<mod>(?:[a-z\'-]+ ){0,2})(?:app|store|shop|bank|branch|clinic|practice|hotel|resort|suites?|rooms?|restaurant|cafe|bakery|bar|menu|dishes|plans?|cards?|account|mortgages?|loans?|rates?|deals?|prices?|sale|products?|services?|courses?|classes|bootcamp|program(?:me)?|platform|software|tool|sensors?|machines?|kits?|latte|coffee|drinks?|cocktails?|pizzas?|burgers?|loyalty card|membership|subscription|spa|portal|collection|range|delivery|shipping|insurance|polic(?:y|ies)|pharmacy|gym|tours?|tickets?|line|flavou?rs?|tienda|banco|clinica|hotel|restaurante|menu|tarjeta|cuenta|producto|servicio|curso|laden|bank|praxis|karte|konto|produkt|kurs|angebot|magasin|banque|carte|compte|produit|cours|offre|loja|banco|cartao|conta|produto|servico|plano)(?![a-z])',
      'ours is',
      '(?:with|from|at) us',
      'the one we (?:build|make|sell|run|brew|bake|ship)',
      '(?:con|de) nosotros',
      'bei uns',
      'chez nous',
      'conosco',
    ].join('|')})${E}`,
    'g',
  ),
  48,
  64,
  true,
);
/** "our local café", "our favourite bakery": a customer's place, not the author's business. */
const NOT_OURS = /(?<![a-z])(?:favou?rite|fave|go-to|local|neighbou?rhood|usual|regular|family|kids'?|dog'?s?|old|city|town|school'?s?|church'?s?)(?![a-z])/;

function ourOffer(ctx: Parameters<typeof readerCalls>[0], from: number, to: number): boolean {
  for (const m of OUR_OFFER.all(ctx, Math.max(0, from), to)) {
    const mod = m.groups[0] ?? '';
    if (!NOT_OURS.test(mod)) return true;
  }
  return false;
}

/**
 * A verdict that answers "which one should I get?": "<product>, hands down.", "<product> all day 💯".
 * The product opens its clause and the verdict closes it ("been in <product> all day" reports).
 */
const VERDICT = new Gated(
  ['hands', 'day', 'contest', 'time'],
  /(?:,|:| -| —)? (?:hands down|all day(?: every day)?|no contest|every (?:single )?time)(?=\s*(?:[.!,;\n]|[\u0080-\uffff]|$))/g,
  8,
  24,
);
const VERDICT_OPENS = /(?:^|[.!?:;\n]\s*|[\u0080-\uffff]\s*|\b(?:just|honestly|seriously|ngl|tbh)\s+|—\s*|-\s+)$/;

function verdict(ctx: Parameters<typeof readerCalls>[0], mentions: ReturnType<typeof employerMentions>): Hit[] {
  const folded = ctx.folded;
  for (const v of VERDICT.all(ctx)) {
    const x = mentions.find((m) => m.end <= v.start && v.start - m.end <= 1);
    if (!x || !VERDICT_OPENS.test(folded.slice(Math.max(0, x.start - 16), x.start))) continue;
    if (!pitchAround(folded, v.start, v.end)) continue;
    const [s, e] = ctx.span(x.start, v.end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(...ctx.span(x.start, x.end)) } }];
  }
  return [];
}

export default defineRule({
  description:
    'Tells readers to buy, book, try or sign up for what the employer sells, with a pitch and without saying the author works there: "Reserven en <product>, el mejor…", "our new savings account… go open one today!", "Book your checkup with us".',
  severity: 'warn',
  messages: {
    default:
      'This urges readers to use what your employer sells ("{brand}") without saying you work there; add #employee or "I work at …" so readers know.',
  },
  detect(ctx) {
    // A disclaimer (most checks know it already) settles it before the calls are looked for.
    if (hasAnyDisclaimer(ctx)) return [];
    const calls = readerCalls(ctx);
    const verdicts = VERDICT.near(ctx);
    if ((calls.length === 0 && !verdicts) || disclosesEmployment(ctx)) return [];
    const folded = ctx.folded;
    const mentions = employerMentions(ctx);
    if (verdicts && mentions.length > 0) {
      const v = verdict(ctx, mentions);
      if (v.length > 0) return v;
    }
    for (const c of calls) {
      if (!pitchAround(folded, c.start, c.end)) continue;
      // "switch to <rival>": the rival's business, not the employer's.
      if (firstStartingIn(ctx.competitorMentions, c.start, c.end + 24)) continue;
      const brand = PICKS.test(c.text)
        ? firstStartingIn(mentions, c.end + 1, c.end + 6)
        : firstStartingIn(mentions, c.start - REACH, c.end + REACH);
      if (!brand && PICKS.test(c.text)) continue;
      let label: string;
      if (brand) {
        label = ctx.text.slice(...ctx.span(brand.start, brand.end));
      } else if (ourOffer(ctx, c.start - REACH, c.end + REACH)) {
        label = 'the company';
      } else continue;
      const [s, e] = ctx.span(c.start, c.end);
      const hit: Hit = { start: s, end: e, data: { brand: label } };
      return [hit];
    }
    return [];
  },
});
