/**
 * Who a customer record belongs to, found by shape rather than by name: a titled name
 * ("Dr. Chen", "Mrs. Nguyen"), an initial and surname ("J. Rossi"), two or more capitalized
 * words ("Ana Silva", "Blue Ridge Dental"), an email address. Matched on the original text,
 * since capitals matter; the employer's own names are left out.
 */
import type { RuleContext } from '../../context';
import { isSpaceCode } from '../../text/words';
import { anyWithin, employerMentions, type FoldedSpan } from '../_shared/org-voice';

const UP = 'A-ZÀ-ÖØ-Þ';
const LO = 'a-zß-öø-ÿ';
const WORD = `[${UP}][${LO}]+(?:['’-][${UP}${LO}][${LO}]+)?`;

/** `\b` before the titles: they all start with a word character, and a look-behind first is slower. */
export const TITLED_NAME = new RegExp(
  `\\b(?:Dr|Dra|Mrs|Mr|Ms|Mx|Miss|Prof|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur|Signora|Signor|Coach|Pastor|Father|Rev|Officer|Judge|Mayor|Senator|Governor|Councilman|Councilwoman|Principal|Sheriff|Alcalde|Alcaldesa|Bürgermeister|Maire|Prefeito|Prefeita)\\.?\\s+(?:[${UP}]\\.\\s*)?${WORD}(?:\\s+${WORD})?`,
  'g',
);
export const INITIAL_NAME = new RegExp(`(?<![\\w.])[${UP}]\\.\\s?${WORD}`, 'g');
/** A first name and the initial of the surname: "Harold P.", "Gloria H." (checked against NOT_A_NAME). */
export const NAME_INITIAL = new RegExp(`(?<![\\w@#])${WORD}\\s[${UP}]\\.(?![\\w.])`, 'g');
/** Two to four capitalized words in a row. */
export const CAPITALIZED_RUN = new RegExp(
  `(?<![\\w@#])${WORD}(?:\\s+(?:of |de |da |do |von |van |del |la )?${WORD}){1,3}(?![\\w])`,
  'g',
);
export const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

/** Capitalized words that start sentences or name things other than people and companies. */
const NOT_A_NAME = new Set(
  (
    'the a an our my your their his her its this that these those hi hey hello dear thanks thank met spent just so and but or if ' +
    'when what why how who where great happy proud big new day week today tomorrow yesterday guess fun lol ok yes no please ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december customer customers support data team order account case invoice ticket update note psa rant ' +
    'shoutout huge congrats congratulations reminder also then now here there some one two three every each all any ' +
    'lunes martes miercoles jueves viernes enero el la los las un una mi su nuestro nuestra der die das ein eine mein ' +
    'unser le les une mon notre o os um uma meu minha nosso nossa cliente kunde client patient paciente ' +
    // Words a letter follows as a label ("Plan B.", "Vitamin D.", "Type A.").
    'plan option type group vitamin hepatitis stage grade section level room building wing ward bed unit area zone gate ' +
    'terminal exit row seat lot block phase part chapter appendix exhibit figure table model version series size'
  ).split(' '),
);

const NAME_SHAPES = [TITLED_NAME, INITIAL_NAME, NAME_INITIAL, CAPITALIZED_RUN];

export interface NameSpan {
  /** Original offsets. */
  start: number;
  end: number;
  text: string;
}

const ORIGINAL_MENTIONS = {};

/** Does [start, end) (original offsets) overlap a mention of the employer? */
function overlapsEmployer(ctx: RuleContext, start: number, end: number): boolean {
  let spans = ctx.slots.get(ORIGINAL_MENTIONS) as FoldedSpan[] | undefined;
  if (!spans) {
    spans = employerMentions(ctx).map((m) => {
      const [s, e] = ctx.span(m.start, m.end);
      return { start: s, end: e };
    });
    ctx.slots.set(ORIGINAL_MENTIONS, spans);
  }
  return anyWithin(spans, start, end);
}

/**
 * Capitalized runs that look like a person's or a company's name, in the original range
 * [from, to) (widened to whole words); original offsets.
 */
export function namesIn(ctx: RuleContext, from: number, to: number): NameSpan[] {
  const text = ctx.text;
  let s = Math.max(0, from);
  let e = Math.min(text.length, to);
  while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
  const slice = text.slice(s, e);
  const out: NameSpan[] = [];
  for (const re of NAME_SHAPES) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      let start = m.index;
      let value = m[0];
      if (re === NAME_INITIAL && NOT_A_NAME.has((value.split(/\s/)[0] ?? '').toLowerCase())) continue;
      if (re === CAPITALIZED_RUN) {
        // Drop leading sentence words: "Met Ana Silva" → "Ana Silva".
        const words = value.split(/\s+/);
        while (words.length > 0 && NOT_A_NAME.has((words[0] ?? '').toLowerCase())) {
          const w = words.shift() ?? '';
          start = slice.indexOf(words[0] ?? '', start + w.length);
        }
        if (words.length < 2) continue;
        value = slice.slice(start, m.index + m[0].length);
      }
      const abs = s + start;
      if (overlapsEmployer(ctx, abs, abs + value.length)) continue;
      out.push({ start: abs, end: abs + value.length, text: value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The capitalized subject right before a verb phrase: "Harbor Foods just signed…", "Blue Ridge Dental's invoice…". */
const SUBJECT_BEFORE = new RegExp(
  `(${WORD}(?:\\s+${WORD}){0,3})(?:['’]s)?\\s+(?:just\\s+|finally\\s+|also\\s+|still\\s+)?$`,
);

export function capitalizedSubjectBefore(ctx: RuleContext, at: number): boolean {
  const m = SUBJECT_BEFORE.exec(ctx.text.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  const first = (m[1] ?? '').split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.has(first.toLowerCase())) return false;
  const s = at - m[0].length;
  return !overlapsEmployer(ctx, s, s + (m[1]?.length ?? 0));
}

const WORD_IN_SENTENCE = new RegExp(`(?<=[^.!?\\n]\\s|[(“"'])${WORD}`, 'g');

/** A single capitalized word inside a sentence ("…it's Halvorsen, account 41872"), not the employer. */
export function capitalizedWordNear(ctx: RuleContext, from: number, to: number): boolean {
  const text = ctx.text;
  const slice = text.slice(Math.max(0, from), Math.min(text.length, to));
  const re = WORD_IN_SENTENCE;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (NOT_A_NAME.has(m[0].toLowerCase()) || m[0] === 'I') continue;
    const s = Math.max(0, from) + m.index;
    if (!overlapsEmployer(ctx, s, s + m[0].length)) return true;
  }
  return false;
}

/**
 * The sentence around folded offset `i`, as `sentenceAround` in org-voice finds it, but looked for
 * at most `limit` characters each way: a pasted text without full stops stays cheap.
 */
export function sentenceNear(folded: string, i: number, limit = 400): [number, number] {
  const lo = Math.max(0, i - limit);
  const hi = Math.min(folded.length, i + limit);
  let s = i;
  while (s > lo) {
    const c = folded.charCodeAt(s - 1);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && s < folded.length && folded.charCodeAt(s) <= 32) break;
    s--;
  }
  let e = i;
  while (e < hi) {
    const c = folded.charCodeAt(e);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && (e + 1 >= folded.length || folded.charCodeAt(e + 1) <= 32)) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

/**
 * The author's own family or friends right before a name: "my husband Tom", "mi madre Ana",
 * "our neighbour Jo" (lower-cased original text). Their news is not a customer's record.
 */
export const FAMILY_BEFORE =
  /\b(?:my|our|mi|mis|mein\w*|unser\w*|mon|ma|mes|notre|meu|minha|nosso|nossa)\s+(?:\w+\s+)?(?:son|daughter|kids?|child|wife|husband|partner|mom|mum|dad|mother|father|brother|sister|aunt|uncle|cousin|niece|nephew|grand\w+|friend|neighbou?r|hij[oa]|madre|padre|tia|tio|sohn|tochter|mutter|vater|tante|onkel|fils|fille|mere|pere|filh[oa]|mae|pai)\s*,?\s*$/;

/** Words that make a capitalized run an organization or a place, not a person: "Harbour Street", "Acme Ltd" (original text). */
export const ORG_OR_PLACE_WORD =
  /\b(?:Road|Street|Lane|Avenue|Ave|Drive|Close|Crescent|Grove|Terrace|View|Way|Court|Gardens|Mews|Rd|St|Ln|Ltd|Inc|LLC|GmbH|Group|Partners|Bank|Council|City|County|State|University|College|School|Hospital|Clinic|Center|Centre|Foundation|Pharmacy|Store|Office|Team|Department|Airlines?|Hotel|Pharma|Labs?|Corp|Co|Company|Holdings|Industries|Systems|Solutions|Technologies|Capital|Foods|Motors|Energy|Health|Media|Gaming|Studios?|Associates|Ventures|Logistics|Services|Insurance|AG|SA|SL|SAS|plc)\b/;
