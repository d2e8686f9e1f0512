import type { RuleContext } from '../../context';
import { compilePhrases } from '../../kinds/phrases';
import { defineRule } from '../../kinds/rule';
import { companyObjectEnd, employerMentions, firstStartingIn, Gated, type GateMatch, negatedBefore, sentenceAround, spanEndingAt } from '../_shared/org-voice';

const STANCE = '(position|positions|stance|statement|response|reply|answer|line|view|policy|comment|word)';

/** "our official position" inside a family or a club is not the company's. */
const PERSONAL_GROUP =
  /(?<![a-z0-9_])(?:family|household|this house|our house|couple|kids|book club|friends|group chat|my cats?|my dogs?|roommates?|familia|familie|famille)(?![a-z0-9_])/;
/** Quoting the company's statement is not issuing one. */
const REPORTING_BEFORE = /(?:according to|per|read|see|reading|quoting|link to|in|from|with)\s+$/;
/** The company's voice after "Official statement:". */
const COMPANY_VOICE =
  /(?<![a-z0-9_])(?:we|we're|we are|we've|we'll|our|us|nosotros|nuestr[oa]s?|wir|unser\w*|nous|notre|nos|nossa|nosso)(?![a-z0-9_])/;

const OWNED = /^[^\s]+'s official /;
const OF_OWNER = / (?:of|from|der|des|von|de|du|da|do)$/;
const OPENER = /[:-]$/;
const FROM_US = / from (?:us|our (?:team|side|end|staff|people|organi[sz]ation|leadership|management|hospital|clinic|bank|store|shop|office|plant|airline))$/;
const NAMED = /^official \S/;
const AS_THE_COMPANY = /(?:commitment|promise|pledge|guarantee) as$/;
/** "as Acme customers": people who use the company, not the company. */
const AS_CUSTOMERS = /^\s+(?:customers|users|fans|members|owners|clients|shareholders|investors|drivers|riders|guests|patients)(?![a-z])/;
const GENERIC_NAMED = new RegExp(`^official ${STANCE}`);

function verdict(ctx: RuleContext, match: GateMatch): boolean | [number, number] {
  const folded = ctx.folded;
  const text = match.text;
  if (negatedBefore(folded, match.start)) return false;
  // "our commitment as Acme": the company must follow.
  if (AS_THE_COMPANY.test(text)) {
    const named = firstStartingIn(employerMentions(ctx), match.end, match.end + 3);
    if (!named || AS_CUSTOMERS.test(ctx.folded.slice(named.end, named.end + 16))) return false;
    return [match.start, named.end];
  }
  // "Acme's official stance": the owner must be the employer.
  if (OWNED.test(text)) {
    const at = match.start + text.indexOf("'s ");
    const owner = spanEndingAt(employerMentions(ctx), at);
    return owner ? [owner.start, match.end] : false;
  }
  // "Official word from our team:" opens a statement in the company's voice.
  if (FROM_US.test(text)) {
    if (!OPENER.test(folded.slice(match.end, match.end + 2).trim())) return false;
    // "our team" or "us" is the company only in a post about the employer or its rivals.
    const business = /(?:staff|organi[sz]ation|leadership|management|hospital|clinic|bank|store|shop|office|plant|airline)$/.test(text);
    return business || employerMentions(ctx).length > 0 || ctx.competitorMentions.length > 0 ? [match.start, match.end] : false;
  }
  // "the official position of my cat": what follows "of" must be the company.
  if (OF_OWNER.test(text) && !text.startsWith('our ')) {
    if (REPORTING_BEFORE.test(folded.slice(Math.max(0, match.start - 16), match.start))) return false;
    // "des Unternehmens", "da empresa": the article belongs to the company object.
    const article = / (?:der|des|da|do)$/.exec(text);
    const end = companyObjectEnd(ctx, article ? match.end - article[0].length : match.end);
    return end < 0 ? false : [match.start, end];
  }
  // "Official statement:" opens a statement, which must speak as the company.
  if (OPENER.test(text)) {
    const after = folded.slice(match.end, match.end + 200);
    const named = firstStartingIn(employerMentions(ctx), match.end, match.end + 200) !== undefined;
    return COMPANY_VOICE.test(after) || named ? [match.start, match.end - 1] : false;
  }
  // "Official Acme response": the words between must name the employer.
  if (NAMED.test(text) && !GENERIC_NAMED.test(text)) {
    const inside = firstStartingIn(employerMentions(ctx), match.start + 1, match.end);
    if (!inside || inside.end >= match.end) return false;
  }
  return true;
}

const PHRASES = new Gated(
  [
    'commitment',
    'promise',
    'pledge',
    'guarantee',
    'offici*',
    'ofici*',
    'offiz*',
    'line',
    'company',
    'firm',
    'stellungnahme',
    'comunicado',
    'communique',
    'declaration',
    'posicionamento',
  ],
  compilePhrases([
    // English
    `our (official|formal|public) ${STANCE}`,
    "the (company|company's|firm's) (official )?(line|position|stance)",
    // "As the company's statement on the recall: …"
    "as (the|our) (company's|firm's|organi[sz]ation's) (official )?(statement|position|response|answer)",
    // "That's our commitment as <employer>."
    "(that's|that is|this is|it's|here's|and that's) our (commitment|promise|pledge|guarantee) as",
    `(our|my|the) (company's|firm's|employer's|team's) official ${STANCE}`,
    '(company|corporate|party) line',
    `official ${STANCE} from (us|our (team|side|end|staff|people|organi[sz]ation|leadership|management|hospital|clinic|bank|store|shop|office|plant|airline))`,
    `(the )?official ${STANCE} (of|from)`,
    `[a-z0-9@#._-]+'s official ${STANCE}`,
    'official (statement|response|position|stance|announcement|update|comment|answer)\\s?[:-]',
    `official [a-z0-9@#.&-]+( [a-z0-9@#.&-]+)?( [a-z0-9@#.&-]+)? ${STANCE}`,
    // Spanish
    '(nuestra|la) (posicion|postura|respuesta) oficial',
    '(nuestro|el) (comunicado|posicionamiento) oficial',
    'comunicado oficial\\s?[:-]',
    // German
    'unsere offizielle (position|haltung|stellungnahme|antwort|linie|meinung)',
    'die offizielle (position|haltung|stellungnahme|linie|antwort|reaktion) (der|des|von)',
    'offizielle stellungnahme\\s?[:-]',
    // French
    'notre (position|reponse|declaration) officielle',
    'la (position|reponse|declaration) officielle (de|du)',
    '(communique|declaration) officiel(le)?\\s?[:-]',
    // Portuguese
    'nossa (posicao|resposta|declaracao) oficial',
    '(nosso|o) (posicionamento|comunicado) oficial',
    'a (posicao|resposta) oficial (da|do)',
  ]),
  40,
  64,
);

export default defineRule({
  description:
    'States the organization’s official position: "our official position", "<employer>’s official stance", "Official statement:", "the company line", and the same in Spanish, German, French and Portuguese.',
  severity: 'warn',
  messages: {
    default:
      'This presents "{phrase}" as the company’s official word; official statements come from the communications team, so frame it as your personal view.',
  },
  detect(ctx) {
    for (const match of PHRASES.all(ctx)) {
      const v = verdict(ctx, match);
      if (!v) continue;
      const [sentenceStart, sentenceEnd] = sentenceAround(ctx.folded, match.start);
      if (PERSONAL_GROUP.test(ctx.folded.slice(sentenceStart, sentenceEnd))) continue;
      const [fs, fe] = v === true ? [match.start, match.end] : v;
      const [start, end] = ctx.span(fs, fe);
      return [{ start, end, data: { phrase: ctx.text.slice(start, end).trim() } }];
    }
    return [];
  },
});
