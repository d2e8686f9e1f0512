import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated } from '../_shared/org-voice';
import { FAMILY_BEFORE, type NameSpan, namesIn, ORG_OR_PLACE_WORD, sentenceNear } from './_identity';

/**
 * A named private person with a record the organization keeps about them: the tax return and the
 * amount a client owes, the lawsuit a customer brought against us. The record is the detail; the
 * name (from the post, never from this file) makes it somebody's.
 */

/** Tax and accounting work about a client (folded, five languages). */
const TAX = new Gated(
  [
    'return',
    'returns',
    'taxes',
    'tax',
    'steuererklarung',
    'nachzahlung',
    'steuernachzahlung',
    'steuerschuld',
    'redressement',
    'declaration',
    'declaracion',
    'declaracao',
    'impots',
    'impuestos',
    'irpf',
    'imposto',
  ],
  new RegExp(
    `${B}(?:${[
      // "'s return", "'s 2023 tax return", "the Smiths' taxes"
      "(?<=['’]s? )(?:\\d{4} )?(?:tax |self-assessment |annual )?(?:returns?|taxes)",
      '(?:back|unpaid|overdue) taxes|tax (?:debt|arrears|bill of)',
      '(?:steuer)?nachzahlung|steuerschuld|steuererklarung (?:von|der|des|fur)',
      "redressement(?: fiscal)? de \\d|declaration (?:d'impots|de revenus|fiscale) (?:de|du)",
      'declaracion (?:de la renta|de impuestos|del irpf) (?:de|del)|(?:debe|adeuda) [\\d.,]+ ?(?:€|euros) (?:a hacienda|de impuestos|en impuestos)',
      'declaracao (?:do imposto de renda|de irs|de impostos) (?:de|do|da)|deve [\\d.,]+ ?(?:reais|€|euros) (?:a receita|ao fisco|de impostos?)',
    ].join('|')})${E}`,
    'g',
  ),
  24,
  40,
);

/** A lawsuit or complaint that a named person brings (folded; the name follows the match). */
const SUIT = new Gated(
  [
    'lawsuit',
    'suit',
    'claim',
    'demanda',
    'querella',
    'juicio',
    'pleito',
    'klage',
    'rechtsstreit',
    'prozess',
    'proces',
    'plainte',
    'litige',
    'processo',
    'acao',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:lawsuit|suit|legal claim|injury claim) (?:from|by|of|with|filed by|brought by) ',
      '(?:demanda|querella|juicio|pleito) (?:de|con|del) (?:la |el )?',
      '(?:klage|rechtsstreit|prozess) (?:von|mit) (?:der |dem )?',
      "(?:proces|plainte|litige) (?:de|du|avec|intente par) (?:la |le )?",
      '(?:processo|acao) (?:de|do|da|com|movid[oa] por) (?:a |o )?',
    ].join('|')})`,
    'g',
  ),
  16,
  48,
);

/** The suit is against us: the employer, "we", a customer or a member of ours (folded, around the match). */
const AGAINST_US =
  /(?<![a-z])(?:we|us|our|ours|nuestr[oa]s?|nosotros|nos|uns|unser\w*|wir|nous|notre|nos|nossa|nosso|conosco|socio|socia|member|customer|client|cliente|guest|patient|kunde|kundin|mitglied|adherent\w*|membre|huesped|hospede|against|contra|gegen|contre)(?![a-z])/;

/** The author's own record: "my return", "mi declaración", "meine Steuererklärung" (folded, before the match). */
const OWN_BEFORE = /(?:^|[^a-z])(?:i|i've|my|our|mi|mis|mein\w*|unser\w*|ich|wir|mon|ma|mes|notre|nos|meu|minha|nosso|nossa)\s+(?:[a-z']+\s+){0,2}$/;

/** "Steuererklärung von Familie Kern": a German noun joined by "von" is not part of the name (original text). */
function trimmed(n: NameSpan): NameSpan {
  const j = /^\S+ (?:von|de|da|do|del) (?=\S+ \S)/.exec(n.text);
  return j ? { start: n.start + j[0].length, end: n.end, text: n.text.slice(j[0].length) } : n;
}

/** Sentence words that a capitalized German noun may follow: "Meine Steuererklärung" is no name. */
const DETERMINER =
  /^(?:meine?[rsnm]?|deine?[rsnm]?|seine?[rsnm]?|ihre?[rsnm]?|unsere?[rsnm]?|die|der|das|dem|den|des|eine?[rsnm]?|sus|mis|ses|mes|leurs?|nos|vos|seus|suas)$/i;

function personLike(ctx: RuleContext, n: NameSpan): boolean {
  if (ORG_OR_PLACE_WORD.test(n.text) || DETERMINER.test(n.text.split(/\s/)[0] ?? '')) return false;
  const before = ctx.text.slice(Math.max(0, n.start - 32), n.start).toLowerCase();
  return !FAMILY_BEFORE.test(before);
}

/** A tax record with a client named in its sentence or the one before. */
function taxHit(ctx: RuleContext): Hit | undefined {
  const folded = ctx.folded;
  for (const m of TAX.all(ctx)) {
    if (OWN_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start))) continue;
    // "Derek Holm's return": the possessive form needs the name right before it.
    const possessive = /^(?:\d{4} )?(?:tax |self-assessment |annual )?(?:returns?|taxes)$/.test(m.text);
    const [ss, se] = sentenceNear(folded, m.start);
    const [ps] = ss > 1 ? sentenceNear(folded, ss - 2) : [ss];
    const [from, to] = ctx.span(possessive ? ss : ps, se);
    const [at] = ctx.span(m.start, m.end);
    for (const n of namesIn(ctx, from, to).map(trimmed)) {
      if (!personLike(ctx, n)) continue;
      if (possessive && !/^['’]s?\s+(?:\d{4}\s+)?(?:\w+\s+)?$/.test(ctx.text.slice(n.end, at))) continue;
      return { start: n.start, end: n.end, data: { who: n.text } };
    }
  }
  return undefined;
}

/** A suit brought by a named person against us. */
function suitHit(ctx: RuleContext): Hit | undefined {
  const folded = ctx.folded;
  for (const m of SUIT.all(ctx)) {
    if (!ctx.isCapitalizedAt(m.end)) continue;
    const [at] = ctx.span(m.end, m.end + 1);
    const name = namesIn(ctx, at, at + 48).find((n) => n.start === at);
    if (!name || !personLike(ctx, name)) continue;
    const [ss, se] = sentenceNear(folded, m.start);
    const around = folded.slice(Math.max(0, ss - 120), Math.min(folded.length, se + 120));
    if (!AGAINST_US.test(around) && !ctx.mentionsEmployer) continue;
    return { start: name.start, end: name.end, data: { who: name.text } };
  }
  return undefined;
}

export default defineRule({
  description:
    'A named private person with a record the organization keeps about them: their tax return or what they owe ("Dana Reyes’s return: owes $9,000 in back taxes"), the lawsuit they brought against us ("the claim from Paul Ode, and the floor was wet").',
  severity: 'block',
  messages: {
    default:
      'This names a private person ("{who}") together with a record we keep about them; leave out the name and the specifics.',
  },
  detect(ctx) {
    const hit = taxHit(ctx) ?? suitHit(ctx);
    return hit ? [hit] : [];
  },
});
