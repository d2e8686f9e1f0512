import { defineRule } from '../../kinds/rule';
import { B, E, disclosesEmployment, employerMentions, firstStartingIn, Gated, hasDisclosure, negatedBefore } from '../_shared/org-voice';
import { hasPitchWord, notPitchAround } from './_cta';
import { isProduct } from './_products';

/** How far from the pitch the employer or its product may be named (folded characters). */
const REACH = 160;

/**
 * A sales line that needs no verb of buying: the reader promised a gain or told to spread the
 * word ("<product> will save you hours", "your kids will thank you", "tell your friends"), the
 * pitch announced as one ("shameless plug", "a no-brainer", "10/10 recommend"), or the old
 * choice put down for the new one ("ditch your old bank"). With the employer's product near
 * and no disclosure, the post sells for the employer (five languages, folded).
 */
const BENEFIT = new Gated(
  [
    'recommend',
    'recommended',
    'brainer',
    'plug',
    'thank',
    'tell',
    'ditch',
    'die',
    'changer',
    'gamechanger',
    'perfect',
    'sleep',
    'save',
    'saves',
    'believe',
    'recomiendo',
    'recomendado',
    'empfehlung',
    'empfehlen',
    'recommande',
    'recomendo',
    'agradecer',
    'danken',
    'remercierez',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:10/10|100%|highly|totally|definitely|strongly|would|fully) recommend(?:ed)?',
      'no[- ]?brainer',
      'shameless (?:self[- ])?plug',
      "(?:will|'ll|gonna|going to) (?:save|thank) (?:you|u|ya)",
      "(?:saves?|save) (?:you|u|ya) (?:hours|so much|a lot|a ton|money|time|\\$|€|£)",
      "your (?:[a-z]+ ){0,2}(?:will|'ll) thank (?:you|u|me)",
      "(?:you'll|you will|u'll) thank me",
      'tell (?:your|all your|ur) (?:friends|family|mates|colleagues|coworkers|boss|mum|mom|dad|parents|neighbou?rs)',
      'ditch (?:your|ur|the) (?:old |current |boring |expensive )?[a-z]+',
      'to die for',
      '(?:is|are|was|a|total|absolute|real) game ?changer',
      'perfect time to (?:sign up|switch|join|try|buy|get|order|book|upgrade|start)',
      "(?:don't|do not|dont) sleep on",
      "(?:can't|cannot|cant) believe (?:more )?(?:people|everyone|y'all|yall|you) (?:aren't|are not|isn't|haven't|have not|still)",
      // Spanish, German, French, Portuguese
      // The product itself recommended (a pronoun for it), not advice ("je vous recommande de vérifier…")
      '(?:te lo|os lo|se lo|lo|la|los|las) recomiendo(?! que)|(?:muy |super |100% )?recomendad[oa]|(?:me|te) lo (?:vas|van|vais) a agradecer|recomiendo (?:100%|totalmente|muchisimo|a todos)',
      '(?:klare|absolute) empfehlung|kann (?:ich )?(?:es|sie|ihn) (?:jedem|allen|nur) (?:empfehlen|weiterempfehlen)|(?:werdet|wirst) (?:es )?mir danken',
      'je (?:vous |te )?(?:le|la|les) recommande(?! de)|vous me remercierez',
      '(?:super |muito )?recomendo(?! que)|(?:vao|vai) me agradecer',
    ].join('|')})${E}`,
    'g',
  ),
  48,
  56,
);

/**
 * Lines that also pass on advice or warnings ("tell your parents we never ask for a PIN", "alerts
 * save you fees"): they sell only with a pitch word near (see `pitchAround`).
 */
const WEAK = /^(?:tell|(?:will|'ll|gonna|going to) save|saves?) /;
/** A pitch word near the line, the line itself left out ("save" in "will save you" is no pitch of its own). */
function pitchBesides(folded: string, from: number, to: number, start: number, end: number): boolean {
  const a = Math.max(0, from - 200);
  const b = Math.min(folded.length, to + 160);
  return hasPitchWord(`${folded.slice(a, start)} ${folded.slice(end, b)}`);
}
/** A safety warning is no pitch: "tell your parents: <bank> will never ask for your PIN". */
const WARNING =
  /(?<![a-z])(?:fraud\w*|phishing|scam\w*|never (?:ask|call|text|email|message)|pin|passcode|impersonat\w*|fake (?:calls?|texts?|emails?)|security)(?![a-z])/;

const RECOMMENDS = /recomiendo|recomendad/;

/** Recruiting: "tell your friends, we're hiring" sells a job, not a product. */
const HIRING = /(?<![a-z0-9_])(?:hiring|roles?|jobs?|positions?|openings?|apply|careers?|vacanc\w*|recruit\w*|vagas?|vacantes?|stellen\w*|postes?)(?![a-z0-9_])/;

export default defineRule({
  description:
    'Sells the employer’s product to readers without a verb of buying and without disclosure: "<product> will save you hours", "shameless plug: <product>…", "ditch your old bank, <product>…", "10/10 recommend".',
  severity: 'warn',
  messages: {
    default:
      'This sells your employer’s product ("{brand}") to readers without saying you work there; add #employee or "I work at …" so readers know.',
  },
  detect(ctx) {
    const pitches = BENEFIT.all(ctx);
    if (pitches.length === 0) return [];
    const mentions = employerMentions(ctx);
    if (mentions.length === 0 || hasDisclosure(ctx) || disclosesEmployment(ctx)) return [];
    const folded = ctx.folded;
    for (const p of pitches) {
      if (negatedBefore(folded, p.start)) continue;
      // "la recomiendo", "10/10 recommend": with only the company named, "it" may be an adviser or a
      // branch; a product of the employer must be near.
      const brand = RECOMMENDS.test(p.text)
        ? mentions.find((x) => x.start >= p.start - REACH && x.start < p.end + REACH && isProduct(ctx, x.term))
        : firstStartingIn(mentions, p.start - REACH, p.end + REACH);
      if (!brand) continue;
      const from = Math.min(brand.start, p.start);
      const to = Math.max(brand.end, p.end);
      const near = folded.slice(Math.max(0, from - 80), Math.min(folded.length, to + 80));
      if (notPitchAround(folded, from, to) || HIRING.test(near) || WARNING.test(near)) continue;
      if (WEAK.test(p.text) && !pitchBesides(folded, from, to, p.start, p.end)) continue;
      const [s, e] = ctx.span(p.start, p.end);
      return [{ start: s, end: e, data: { brand: ctx.text.slice(...ctx.span(brand.start, brand.end)) } }];
    }
    return [];
  },
});
