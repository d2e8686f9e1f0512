import type { RuleContext } from '../../context';
import { compilePhrases } from '../../kinds/phrases';
import { defineRule, type Hit } from '../../kinds/rule';
import { anyWithin, companyObjectEnd, employerMentions, Gated, type GateMatch, genericEmployerReferences, negatedBefore, sentenceAround, spanEndingAt } from '../_shared/org-voice';

/** Statement verbs in five languages, folded. */
const VERBS =
  '(announc\\w*|condemn\\w*|confirm\\w*|den(y|ies|ied|ying)|apologi[sz]\\w*|launch\\w*|welcom\\w*|oppos\\w*|support\\w*|respond\\w*|declar\\w*|stat(e|es|ed|ing)|reject\\w*|clarif\\w*|comment\\w*|answer\\w*|explain\\w*|speak\\w*|spoke)';

/** Personal news announced "officially": a new job, a home, a wedding, a marathon. */
const PERSONAL_NEWS =
  /(?<![a-z0-9_])(?:join\w*|new (?:job|role|position|chapter|home|house)|started (?:at|my)|accepted|engaged|married|pregnan\w*|marathon|homeowners?|retir\w*|moving|puppy|baby)(?![a-z0-9_])/;
/** The company's voice: the employer named, "my company", "we at …", "on behalf of …". */
const ORG_VOICE = /(?<![a-z0-9_])(?:we at|the company|our company|on behalf of)(?![a-z0-9_])/;

const REPRESENTATIVE =
  /(?:representative|spokes\w+|voice|rep|representante|portavoz|vocer[oa]|sprecher\w*|vertreter\w*|porte-parole|porta-voz)(?: oficial\w*)?(?: \S+)?$/;
const OWNER = /([^\s]+)'s (?:official )?\S+$/;

/** "I can tell you on the record", "confirming this on the record"; "off the record" is not. */
const ON_RECORD_VERB = /\b(?:say|says|saying|tell|telling|confirm\w*|state|stating|stated|go|going)(?: you| this| that| it)? $/;

function speaksAsCompany(ctx: RuleContext, start: number, end: number): boolean {
  // A run-on "sentence" of a huge paste is cut to a few hundred characters around the phrase.
  const from = Math.max(0, start - 300);
  const [s0, s1] = sentenceAround(ctx.folded.slice(from, end + 300), start - from);
  const ss = from + s0;
  const se = from + s1;
  const sentence = ctx.folded.slice(ss, se);
  if (PERSONAL_NEWS.test(sentence)) return false;
  return (
    anyWithin(employerMentions(ctx), ss, se) ||
    genericEmployerReferences(ctx, ss, se).length > 0 ||
    ORG_VOICE.test(sentence) ||
    // "…officially announce" in a post that is otherwise about the employer, spoken as "we".
    (end <= se && /(?<![a-z0-9_])we(?![a-z0-9_])/.test(sentence) && employerMentions(ctx).length > 0)
  );
}

const PHRASES = new Gated(
  [
    'offici*',
    'ofici*',
    'offiz*',
    'formal*',
    'formel*',
    'hereby',
    'hiermit',
    'publicly',
    'authori*',
    'autori*',
    'cleared',
    'approved',
    'permitted',
    'befugt',
    'berechtigt',
    'representative',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'voice',
    'rep',
    'representante',
    'portavoz',
    'vocero',
    'vocera',
    'sprecher',
    'sprecherin',
    'vertreter',
    'vertreterin',
    'porte',
    'porta',
    'representant',
    'record',
  ],
  compilePhrases([
    // English
    `(officially|formally|hereby|publicly) (${VERBS}|say|says|saying|tell|telling|speak\\w*)`,
    `${VERBS} (officially|formally)`,
    "(i'm|i am|i've been|i have been|we're|we are|we've been) (authori[sz]ed|cleared|approved|permitted) to (say|confirm|announce|share|state|speak|tell|disclose)",
    "as (the|a|an|its) (company's |firm's |official |designated )?(representative|spokesperson|spokesman|spokeswoman|voice|rep)",
    "as [a-z0-9@#._-]+'s (official )?(representative|spokesperson|spokesman|spokeswoman|voice|rep)",
    // "I can officially say", "I can tell you on the record", "confirming on the record"
    'on the record',
    // Spanish
    '(anuncio|anunciamos|confirmo|confirmamos|condenamos|desmentimos) (oficialmente|formalmente)',
    'oficialmente (anuncio|anunciamos|confirmo|confirmamos|condenamos)',
    '(estoy|estamos) autorizad[oa]s? (a|para) (decir|confirmar|anunciar|comunicar)',
    'como (representante|portavoz|vocero|vocera)( oficial)? (de|del)',
    '(decir|digo|afirmar|afirmo|confirmar) (oficialmente|de manera oficial|de forma oficial)',
    'oficialmente (puedo|podemos) (decir|confirmar|afirmar)',
    '(aclaro|aclaramos|aclarar|hablo|hablando|respondo|respondemos|comunico|comunicamos) oficialmente',
    // German
    '(offiziell|hiermit) (bekannt|bekanntgeben|verkunden|bestatigen|ankundigen|verurteilen|dementieren)',
    '(geben|gebe|verkunden|verkunde|bestatigen|bestatige) (hiermit )?offiziell',
    '(ich bin|wir sind) (befugt|autorisiert|berechtigt),? (zu|das)',
    '(kann|darf|konnen|durfen)( ich| wir)?( \\S+)? offiziell (sagen|bestatigen|mitteilen|verkunden)',
    'offiziell (sagen|mitteilen|klarstellen|richtigstellen|sprechen)',
    '(stelle|stellen) (hiermit |hier )?offiziell (klar|richtig)',
    '(spreche|sprechen) (hier |hiermit )?offiziell',
    'als (offizielle[rs]? )?(sprecher|sprecherin|vertreter|vertreterin) (von|der|des|unseres|unserer)',
    // French
    "(j'annonce|nous annoncons|je confirme|nous confirmons|nous condamnons|nous dementons) (officiellement|formellement)",
    '(je precise|nous precisons|je clarifie|je reponds|je parle|parlant|je m\'exprime) (officiellement|formellement)',
    'officiellement (annoncer|confirmer|condamner|dire|affirmer)',
    '(dire|affirmer|confirmer) officiellement',
    '(je suis|nous sommes) autorise(e)?s? a (dire|annoncer|confirmer|communiquer)',
    "en tant que (porte-parole|representant(e)?)( officiel(le)?)? (de|du|d')",
    // Portuguese
    '(anuncio|anunciamos|confirmo|confirmamos|condenamos) (oficialmente|formalmente)',
    'oficialmente (anuncio|anunciamos|confirmo|confirmamos|posso dizer|podemos dizer)',
    '(dizer|digo|afirmar|afirmo) (oficialmente|de forma oficial|de maneira oficial)',
    '(esclareco|esclarecemos|esclarecer|falo|falando|respondo|respondemos|comunico) oficialmente',
    '(estou|estamos) autorizad[oa]s? (a|para) (dizer|confirmar|anunciar|comunicar)',
    'como (representante|porta-voz)( oficial)? (da|do|de)',
  ]),
  56,
  48,
);

export default defineRule({
  description:
    'Official announcements and authority claims from a personal account: "I’m officially announcing that <employer>…", "we at <employer> officially condemn", "I’m authorized to say", "as the company’s representative", in five languages.',
  severity: 'warn',
  messages: {
    default:
      '"{phrase}" presents this as an official company statement; only designated spokespeople may make those, so leave it to the official channels or say it as your own view.',
    representative:
      '"{phrase}" claims to represent the company; only designated spokespeople may do that from their own account.',
  },
  detect(ctx) {
    for (const match of PHRASES.all(ctx)) {
      const hit = judge(ctx, match);
      if (hit) return [hit];
    }
    return [];
  },
});

function judge(ctx: RuleContext, match: GateMatch): Hit | undefined {
  const folded = ctx.folded;
  if (negatedBefore(folded, match.start)) return undefined;
  const text = match.text;
  let start = match.start;
  let end = match.end;
  let messageId: string | undefined;
  if (text === 'on the record') {
    const said = ON_RECORD_VERB.exec(folded.slice(Math.max(0, start - 24), start));
    if (!said) return undefined;
    start -= said[0].length;
  }
  if (REPRESENTATIVE.test(text)) {
    messageId = 'representative';
    const owner = /company's|firm's/.test(text) ? null : OWNER.exec(text);
    if (/company's|firm's/.test(text)) {
      // "as the company's representative" names the employer already.
    } else if (owner) {
      // "as Acme's spokesperson": the owner must be the employer.
      const at = match.start + owner.index + (owner[1]?.length ?? 0);
      if (!spanEndingAt(employerMentions(ctx), at)) return undefined;
    } else {
      // "as the representative of Acme", "como portavoz de la empresa".
      // The preposition is part of the object ("da empresa", "des Unternehmens"); "of" is not.
      const prep = / (?:der|des|unseres|unserer|du|da|do)$/.exec(text);
      const of = /^\s+(?:of|for|at)(?![a-z])/.exec(folded.slice(match.end, match.end + 6));
      const from = prep ? match.end - prep[0].length : match.end + (of ? of[0].length : 0);
      const object = companyObjectEnd(ctx, from);
      if (object < 0) return undefined;
      end = object;
    }
  } else if (/authori|cleared|approved|permitted|autoriz|befugt|berechtigt|autorise/.test(text)) {
    // Claiming authority is enough.
  } else if (!speaksAsCompany(ctx, start, match.end)) return undefined;
  const [s, e] = ctx.span(start, end);
  return { start: s, end: e, messageId, data: { phrase: ctx.text.slice(s, e) } };
}
