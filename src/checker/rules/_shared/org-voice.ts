/**
 * Facts shared by the affiliation-disclaimer, spokesperson, customer-complaint,
 * endorsement and customer-data rules: where the post names the author's
 * employer (strongly), whether a phrase is negated, whether "on behalf of …"
 * points at a company, and whether a promotion is disclosed.
 * Every organization name comes from the policy through `ctx`; all regexes run
 * on folded text (lower case, no accents).
 */
import { isWordCode, type RuleContext } from '../../context';
import { KeywordGate } from '../../text/gated';
import { fold } from '../../text/normalize';
import { MAX_SCAN } from './biz-words';
import type { TermMatch } from '../../text/terms';

export type { GateMatch } from '../../text/gated';

/** A word start: on folded (lower-case) text `\b` equals a look-behind for [a-z0-9_] and runs about twice as fast. */
export const B = '\\b';
export const E = '(?![a-z0-9_])';

export interface FoldedSpan {
  start: number;
  end: number;
}

/** Facts of one check that these rules share (in a context slot: no closure per `ctx.cached` call on hot paths). */
interface OrgState {
  employer?: TermMatch[];
  named?: FoldedSpan | null;
  mentions?: boolean;
  disclaimer?: boolean;
  disclosure?: boolean;
}

const STATE = {};

function stateOf(ctx: RuleContext): OrgState {
  let state = ctx.slots.get(STATE) as OrgState | undefined;
  if (!state) {
    state = {};
    ctx.slots.set(STATE, state);
  }
  return state;
}

/** Matches one gated regex reports at most, which bounds the work on huge pasted texts. */
const MAX_MATCHES = 64;
/** Keyword positions kept per gate: enough for any post, bounded for a pasted book. */
const MAX_HITS = 512;

/**
 * A regex that runs only near its keywords (text/gated.ts), within the first MAX_SCAN characters
 * of a post, like every phrase rule. Keywords are whole folded words ("behalf"), or prefixes of at
 * least five letters written with a star ("apolog*").
 */
export class Gated extends KeywordGate {
  constructor(keywords: readonly string[], re: RegExp, before = 48, after = 64, captures = false) {
    super(keywords, re, { before, after, captures, limit: MAX_SCAN, maxHits: MAX_HITS, maxMatches: MAX_MATCHES });
  }
}

/** The sentence around folded offset `i`: from after the previous [.!?] + space or line break to the next. */
export function sentenceAround(folded: string, i: number): [number, number] {
  let s = i;
  while (s > 0) {
    const c = folded.charCodeAt(s - 1);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && s < folded.length && folded.charCodeAt(s) <= 32) break;
    s--;
  }
  let e = i;
  const n = folded.length;
  while (e < n) {
    const c = folded.charCodeAt(e);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && (e + 1 >= n || folded.charCodeAt(e + 1) <= 32)) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

/**
 * The first mention that names the employer: its names, handles, domains, hashtags and full
 * product names. A bare product word ("Pulse" of "Acme Pulse") is too ambiguous alone: people
 * write "Pulse Classic goes away" about many things, so it only counts next to a real mention.
 */
export function firstNamedEmployerMention(ctx: RuleContext): FoldedSpan | undefined {
  const state = stateOf(ctx);
  if (state.named === undefined) {
    const named = employerMentions(ctx).find((m) => isNamedTerm(ctx, m.term));
    const tag = firstEmployerHashtag(ctx, named ? named.start : ctx.folded.length);
    state.named = tag ?? named ?? null;
  }
  return state.named ?? undefined;
}

const singleWordsByPolicy = new WeakMap<object, Set<string>>();

/** The employer's names that are one plain word ("Meridian", "Acme"): those can also be a place or a common word. */
function singleWordNames(ctx: RuleContext): Set<string> {
  let words = singleWordsByPolicy.get(ctx.policy);
  if (!words) {
    words = new Set(
      (ctx.policy.source.organization?.names ?? [])
        .map((n) => fold(n).trim())
        .filter((n) => /^[a-z0-9][a-z0-9'-]*$/.test(n)),
    );
    singleWordsByPolicy.set(ctx.policy, words);
  }
  return words;
}

/** US states, Canadian provinces and a few countries: "Meridian, Idaho" is a town, not the employer. */
const REGION =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|British Columbia|England|Scotland|Wales|Ireland|Australia|Canada|Mexico|USA|UK|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB';
/** "Meridian, Idaho", "Meridian (ID)": a town (case matters: ", in the end" is not Indiana). */
const REGION_AFTER = new RegExp(`^(?:,\\s*|\\s+\\(?)(?:${REGION})(?![\\w])`);
/** "Meridian Avenue", "Meridian High School", "Meridian County": part of a place's name. */
const PLACE_NOUN_AFTER =
  /^\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Mall|Park|Plaza|Square|Lake|River|Creek|Hills?|Bridge|Station|County|Township|City|Village|Heights|Elementary|Middle School|High School|Library|Airport|Trail|Speedway|Hotel|Inn)(?![\w])/;
/** "Prime Meridian", "Fort Acme", "the town of Acme": the word is part of a longer place name. */
const PLACE_BEFORE_NAME = /(?:^|[^\w])(?:Prime|Fort|Ft\.?|Port|Mount|Mt\.?|Lake|Cape|Saint|St\.?|San|Santa|Greenwich)\s+$/;
const PLACE_OF = /(?:town|city|village|county|township|suburb|borough|municipality) of\s+$/;
const ALUMNI_AFTER = /^(?:'s)?\s+(?:class of|alum(?:ni|na|nus)?\b|grads?\b|graduates?\b)/;
const ALUMNI_BEFORE = /(?:graduated from|graduate of|alum(?:ni|na|nus)? of|degree from)\s+(?:the\s+)?$/;
/** A lower-case one-word name counts only where people name a workplace: "at acme", "joined acme". */
const LOWER_CASE_EMPLOYER =
  /(?:^|[^a-z0-9_])(?:at|for|with|joined|joining|join|left|leaving|quit|from|@)\s+$|^\s*$/;

/**
 * Is this match of a one-word employer name really the employer? "prime meridian", "Meridian,
 * Idaho", "Meridian Avenue" name a line, a town and a street; the employer is written as a proper
 * noun on its own.
 */
function isEmployerUse(ctx: RuleContext, m: { start: number; end: number; term: string }): boolean {
  // "<name> class of 2025", "graduated from <name>": a school attended, not an employer.
  if (ALUMNI_AFTER.test(ctx.folded.slice(m.end, m.end + 16))) return false;
  if (ALUMNI_BEFORE.test(ctx.folded.slice(Math.max(0, m.start - 24), m.start))) return false;
  if (!singleWordNames(ctx).has(m.term)) return true;
  const folded = ctx.folded;
  if (m.start > 0 && (folded[m.start - 1] === '#' || folded[m.start - 1] === '@')) return true;
  const [os, oe] = ctx.span(m.start, m.end);
  const text = ctx.text;
  if (!ctx.isCapitalizedAt(m.start)) {
    return LOWER_CASE_EMPLOYER.test(folded.slice(Math.max(0, m.start - 12), m.start));
  }
  const after = text.slice(oe, oe + 24);
  if (REGION_AFTER.test(after) || PLACE_NOUN_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, os - 24), os);
  if (PLACE_BEFORE_NAME.test(before)) return false;
  if (PLACE_OF.test(folded.slice(Math.max(0, m.start - 24), m.start))) return false;
  return true;
}

/** The context's employer mentions without one-word names used as places or common words. */
export function employerMentions(ctx: RuleContext): TermMatch[] {
  const state = stateOf(ctx);
  if (!state.employer) {
    const all = ctx.employerMentions;
    // Each mention is looked at once (the look reads text around it with several regexes).
    const kept = all.filter((m) => isEmployerUse(ctx, m));
    state.employer = kept.length === all.length ? all : kept;
  }
  return state.employer;
}

const namedTerms = new WeakMap<object, Map<string, boolean>>();

/** Is this matched term a name, handle, domain or full product name (not a bare product word)? */
function isNamedTerm(ctx: RuleContext, term: string): boolean {
  let known = namedTerms.get(ctx.policy);
  if (!known) {
    known = new Map();
    namedTerms.set(ctx.policy, known);
  }
  let named = known.get(term);
  if (named === undefined) {
    const org = ctx.policy.org;
    named = org.employer.test(term) || org.products.test(term);
    known.set(term, named);
  }
  return named;
}

const stemsByPolicy = new WeakMap<object, string[]>();

/** The employer's one-word names, folded and joined ("acmerobotics", "acme"), at least 4 letters. */
function hashtagStems(ctx: RuleContext): string[] {
  let stems = stemsByPolicy.get(ctx.policy);
  if (!stems) {
    const org = ctx.policy.source.organization;
    const names = [...(org?.names ?? []), ...(org?.handles ?? []).map((h) => h.replace(/^@/, ''))];
    stems = [...new Set(names.map((n) => fold(n).replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 4))];
    stemsByPolicy.set(ctx.policy, stems);
  }
  return stems;
}

/** The first hashtag before `limit` that contains the employer's name: #LifeAtAcme, #AcmeProud, #TeamAcme. */
function firstEmployerHashtag(ctx: RuleContext, limit: number): FoldedSpan | undefined {
  const folded = ctx.folded;
  const stems = hashtagStems(ctx);
  if (stems.length === 0) return undefined;
  const n = folded.length;
  for (let i = folded.indexOf('#'); i >= 0 && i < limit; i = folded.indexOf('#', i + 1)) {
    let e = i + 1;
    while (e < n && (isWordCode(folded.charCodeAt(e)) || folded.charCodeAt(e) === 95)) e++;
    if (e - i < 5) continue;
    const tag = folded.slice(i + 1, e);
    if (stems.some((s) => tag.includes(s))) return { start: i, end: e };
  }
  return undefined;
}

/** The employer's own people, as insiders name them: "the CFO", "our leadership", "my boss". */
const INSIDER =
  '(?:ceo|cfo|cto|coo|cmo|ciso|cio|vp|svp|evp|boss|bosses|manager|management|leadership|execs?|executives?|board|director|founders?|hr|c-suite|higher-ups|big boss)(?![a-z0-9_])';

/** Workplaces of any trade that insiders call "our …" / "my …". */
const WORKPLACE =
  '(?:hospital|clinic|practice|store|branch|bank|airline|plant|factory|warehouse|restaurant|agency|lab|firm|office|org|department|hotel|university|college|institute)';

/** Workplaces that "my …" names only from inside: not "my bank" or "my store", which customers say too. */
const INSIDE_ONLY = '(?:hospital|plant|factory|warehouse|lab|office|department|firm|org)';

/** Generic references to one's employer that the context's list leaves out (folded phrases). */
const EXTRA_OWN_EMPLOYER = new Gated(
  [
    'employer',
    'company',
    'job',
    'firm',
    'place',
    'startup',
    'work',
    'office',
    'empleador',
    'chamba',
    'empresa',
    'arbeitgeber',
    'unternehmen',
    'firma',
    'uns',
    'boite',
    'entreprise',
    'societe',
    'travail',
    'empregador',
    'trabalho',
    'trabajo',
    'curro',
    'arbeit',
    'boulot',
    'hospital',
    'clinic',
    'practice',
    'store',
    'branch',
    'bank',
    'airline',
    'plant',
    'factory',
    'warehouse',
    'restaurant',
    'agency',
    'lab',
    'firm',
    'office',
    'org',
    'department',
    'hotel',
    'university',
    'college',
    'institute',
    'internally',
    'rumor',
    'rumour',
    'gossip',
    'leadership',
    'management',
    'administration',
    'execs',
    'suite',
    'hr',
    'clinica',
    'oficina',
    'planta',
    'banco',
    'tienda',
    'fabrica',
    'almacen',
    'krankenhaus',
    'klinikum',
    'spital',
    'laden',
    'werk',
    'lager',
    'hopital',
    'clinique',
    'etablissement',
    'usine',
    'magasin',
    'agence',
    'loja',
    'agencia',
    'ceo',
    'cfo',
    'cto',
    'coo',
    'founder',
    'corporate',
    'job',
  ],
  new RegExp(
    `${B}(?:${[
      'my (?:current|new|day-job) (?:employer|company|job)',
      'our (?:company|employer)',
      "the (?:company|firm|place|startup) i(?:'m| am)? (?:work(?:ing)?|employed) (?:at|for|with)",
      "at my (?:job|work|company|office),? (?:we|we're|we are|they|our)",
      'we at work',
      // "At work today the CFO showed…": the employer's people, seen from inside.
      `(?:(?:today|yesterday|tonight|this (?:week|morning|afternoon)) )?at work,? (?:(?:today|yesterday|tonight|this (?:week|morning|afternoon|evening)|earlier(?: today)?|last (?:week|night)),? )?(?:the|our|my) ${INSIDER}`,
      // "our hospital just cut…", "my store's new manager": a workplace of any trade, as an insider.
      `(?:our ${WORKPLACE}|my ${INSIDE_ONLY})(?:'s)? (?:just |finally |now |also |suddenly )?(?:announced|decided|cut|cuts|laid|lays|is laying|are laying|hired|froze|is freezing|closed|is closing|changed|switched|moved|added|introduced|rolled out|dropped|raised|slashed|eliminated|wants us|told us|makes us|made us|expects us|is making us|is cutting|is switching|is hiring|(?:new )?(?:ceo|cfo|leadership|management|admin|administration|board|execs|policy|policies|rules))(?![a-z0-9_])`,
      `(?:at|in) (?:my|our) ${WORKPLACE},? (?:we|we're|we've|they|our|the (?:ceo|cfo|management|leadership|admin|administration))(?![a-z0-9_])`,
      // "our university might freeze hiring": what the workplace may do next, told from inside.
      `our ${WORKPLACE} (?:might|may|will|could|is going to|is about to|plans to|is planning to|wants to) (?:freeze|cut|close|lay off|hire|announce|raise|drop|move|switch|change|introduce|eliminate|slash|merge|buy|sell|acquire|shut down|outsource|restructure|reorgani[sz]e)(?![a-z0-9_])`,
      // "our team at the university hospital": a team of the workplace.
      `our (?:team|department|unit|group|lab|ward|crew|staff) (?:at|in) (?:the |our )?(?:[a-z']+ )?${WORKPLACE}(?![a-z0-9_])`,
      // "internally we've known for months", "rumor at work is that we're buying": inside knowledge.
      "internally,? (?:we|we've|we're|we'd|everyone|nobody|the team|our)(?![a-z0-9_])",
      "(?:rumou?r|gossip) at work is (?:that )?(?:we|we're|we are|we'll|our|the)(?![a-z0-9_])",
      // "the rumours at work", "the buzz in the office is…", "heard it in the lift at work": talk from inside.
      "(?:rumou?rs?|whispers|gossip|buzz|chatter) (?:going )?(?:around )?(?:at|in|around) (?:work|the office)(?![a-z0-9_])",
      "heard (?:it |this |that )?(?:(?:in|by|near) the (?:elevator|lift|kitchen|break ?room|canteen|cafeteria|hallway|corridor|toilets|bathroom) )?(?:at work|in the office)(?![a-z0-9_])",
      `the ${WORKPLACE} i (?:work|worked|am working) (?:at|for|in)`,
      "(?:our|my) (?:leadership|management|administration|execs|c-suite|hr department) (?:just |finally |now )?(?:announced|decided|cut|froze|approved|rolled out|wants us|told us|sent)",
      '(?:our|my company\'s|my employer\'s) (?:ceo|cfo|cto|coo|founder)(?![a-z0-9_])',
      '(?:corporate|(?:upper|senior) management|(?:my )?job|work) (?:just |finally |now )?(?:announced|told us|sent (?:out )?an? (?:email|memo)|emailed us|decided|cut|froze|wants us|is making us|made us|rolled out|gave us|is giving us)',
      'en (?:mi|nuestro) (?:hospital|clinica|banco|tienda|fabrica|almacen),? (?:nos|la direccion|el jefe|la jefa|acaban|han|van)',
      '(?:unser|mein) (?:krankenhaus|klinikum|spital|laden|werk|lager) (?:streicht|baut|schliesst|stellt|kurzt|entlasst|will|plant|hat gerade)',
      "dans (?:mon|notre) (?:hopital|clinique|etablissement|usine|magasin|agence),? (?:la direction|on|nous|ils)",
      '(?:no|na) (?:meu|nosso|minha|nossa) (?:hospital|clinica|loja|fabrica|agencia),? (?:a diretoria|a direcao|a gente|nos|eles|o chefe)',
      `(?:hoy )?en el (?:trabajo|curro),? (?:hoy,? )?(?:el|la|nuestro|nuestra|mi) (?:jefe|jefa|director|directora|ceo|cfo|gerente|direccion)`,
      `(?:heute )?(?:bei|auf) der arbeit,? (?:hat |hat heute |war |ist )?(?:der|die|unser|unsere|mein|meine) (?:chef|chefin|ceo|cfo|vorstand|geschaftsfuhrung|geschaftsfuhrer|geschaftsfuhrerin)`,
      `au (?:boulot|travail),? (?:aujourd'hui,? )?(?:le|la|notre|mon|ma) (?:patron|patronne|pdg|daf|directeur|directrice|direction|chef|cheffe)`,
      `no trabalho,? (?:hoje,? )?(?:o|a|nosso|nossa|meu|minha) (?:chefe|ceo|cfo|diretor|diretora|diretoria|gerente)`,
      // "en el almacén no contratamos…": a workplace and what "we" do there as the employer.
      'en (?:el|la|mi|nuestro|nuestra) (?:almacen|oficina|fabrica|planta|empresa|trabajo|curro),? (?:ya no |no |nunca |solo )?(?:contratamos|despedimos|pagamos|cobramos|aceptamos|atendemos|usamos|vendemos|subimos|bajamos|recortamos|cerramos)(?![a-z0-9_])',
      'mi (?:empleador|chamba)',
      'la empresa (?:donde|en la que|para la que) trabajo',
      'mein (?:arbeitgeber|unternehmen)',
      'die firma,? (?:in der|bei der|fur die) ich arbeite',
      'bei uns im (?:job|unternehmen|buro|team)',
      '(?:ma|notre) boite',
      "(?:l'entreprise|la boite|la societe) (?:ou|pour laquelle) je (?:travaille|bosse)",
      'mon (?:job|travail),? (?:on|nous)',
      'meu (?:empregador|trabalho,? a gente)',
      '(?:a|na) empresa (?:onde|em que|para a qual|pra qual) (?:eu )?trabalho',
    ].join('|')})${E}`,
    'g',
  ),
);

/** "where I work best", "my firm belief": the phrase is not about an employer. */
const NOT_EMPLOYER_AFTER = /^\s+(?:best|better|from|remotely|out)\b/;
/** "my company car": a perk, not the employer's business. */
const PERK_AFTER = /^\s+(?:car|phone|laptop|card|credit card|badge|parking|van|truck)\b/;
/** "the town where I work" is a place, not the employer. */
const PLACE_BEFORE =
  /(?:town|city|neighbou?rhood|area|street|cafe|coffee shop|library|desk|room|corner|country|state)\s+$/;
/** After "my firm" an employer is followed by a verb, a function word or punctuation, not a noun ("my firm mattress"). */
const FIRM_AS_EMPLOYER =
  /^(?:\s*(?:[^\w\s]|$)|'s\b|\s+(?:\w+[^s\W]s|\w+ed|is|was|has|had|just|will|would|can|could|does|did|do|and|but|or|so|we|i|to|for|in|on|at|with|where|that|which|who|recently|finally|still|never|always|also|let|made|told|gave|paid|sent|put|won|lost|hit|cut|got|brought)\b)/;
/**
 * The employer without its name ("my employer", "at work we", "mi empresa") starting in the folded
 * range [from, to), from the context's list and a few more forms; "my firm belief" and the like
 * are left out.
 */
export function genericEmployerReferences(
  ctx: RuleContext,
  from = 0,
  to = Number.POSITIVE_INFINITY,
): FoldedSpan[] {
  const folded = ctx.folded;
  const out: FoldedSpan[] = [];
  for (const m of ctx.ownEmployerReferences) {
    if (m.start < from || m.start >= to) continue;
    const after = folded.slice(m.end, m.end + 14);
    if (NOT_EMPLOYER_AFTER.test(after) || PERK_AFTER.test(after)) continue;
    if (/where i work$/.test(m.text) && PLACE_BEFORE.test(folded.slice(Math.max(0, m.start - 20), m.start)))
      continue;
    if (/firm$/.test(m.text) && !FIRM_AS_EMPLOYER.test(after)) continue;
    out.push({ start: m.start, end: m.end });
  }
  for (const m of EXTRA_OWN_EMPLOYER.all(ctx, from, to)) out.push({ start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start);
}

/** Does the post refer to the employer at all, by name or generically? */
export function mentionsEmployer(ctx: RuleContext): boolean {
  const state = stateOf(ctx);
  state.mentions ??= employerMentions(ctx).length > 0 || genericEmployerReferences(ctx).length > 0;
  return state.mentions;
}

/** Ways of saying one speaks for oneself that the policy's list may not have (folded). */
const EXTRA_DISCLAIMER = new Gated(
  [
    'employer',
    'company',
    'firm',
    'team',
    'capacity',
    'account',
    'views',
    'opinions',
    'thoughts',
    'takes',
    'opinion',
    'mias',
    'hablo',
    'spreche',
    'parle',
    'minhas',
    'falo',
    'opinionsmyown',
    'opinionsaremyown',
    'viewsmyown',
    'viewsaremyown',
    'myopinion',
    'personalviews',
    'titulo',
    'meinung',
    'privat',
    'titre',
    'perso',
    'pessoais',
    'propria',
    'mine',
    'tweets',
    'posts',
    'words',
    'myself',
    'official',
    'cuenta',
    'arbeitgebers',
    'privater',
    'escrevo',
    'opinioes',
    // "does not necessarily reflect my employer": keyed by the verb, rarer than "team" or "company"
    'reflect',
    'represent',
    'speak',
  ],
  new RegExp(
    `${B}(?:${[
      "(?:does not|doesn't|do not|don't|not) (?:necessarily )?(?:reflect|represent|speak for) (?:the views of )?(?:my|the) (?:employer|company|firm|team)",
      "not (?:the (?:views?|opinions?|position) of )?(?:my|the) (?:employer|company)(?:'s)?",
      'not (?:speaking |posting )?(?:for|on behalf of) (?:my|the) (?:employer|company|firm)',
      '(?:in )?(?:a|my) personal capacity',
      'personal account',
      '(?:views|opinions|thoughts|takes|tweets|posts|words)(?: (?:expressed|shared|posted)(?: here)?)? (?:are |is )?(?:solely |entirely |all |purely |strictly |only )?(?:my own|mine)',
      "(?:i'm |i am )?(?:speaking|i speak|posting|writing) (?:only |just |purely )?(?:for|as) myself",
      '(?:this is )?not an official (?:statement|position|view|response)',
      'cuenta personal',
      'nicht die (?:meinung |ansicht )?(?:meines|des) arbeitgebers',
      'spreche (?:ich )?(?:hier )?privat',
      'privater account',
      '(?:falo|escrevo) (?:so |apenas |somente )?por mim',
      'opinioes (?:aqui )?(?:expressas )?sao (?:minhas|pessoais)',
      'my own (?:views|opinions)',
      '(?:views|opinions|thoughts),? not (?:those|the views|the opinions) of',
      'my (?:personal )?(?:views|opinions|thoughts),? not',
      'views expressed are (?:my own|mine)',
      'opiniones mias',
      'hablo (?:solo )?por mi',
      'spreche nur fur mich',
      'je parle en mon (?:propre )?nom',
      'opinioes minhas',
      'falo (?:so )?por mim',
      '#(?:opinionsmyown|opinionsaremyown|viewsmyown|viewsaremyown|myopinion|personalviews)',
      'a titulo personal',
      'opinion personal',
      'meine eigene meinung',
      'private meinung',
      'privat hier',
      'a titre personnel',
      'avis perso',
      'opinioes pessoais',
      'a titulo pessoal',
      'opiniao propria',
    ].join('|')})${E}`,
    'g',
  ),
  72,
);

/** The post already disclaims: the policy's or a common disclaimer, in any supported language. */
export function hasAnyDisclaimer(ctx: RuleContext): boolean {
  const state = stateOf(ctx);
  state.disclaimer ??= ctx.hasDisclaimer || EXTRA_DISCLAIMER.test(ctx);
  return state.disclaimer;
}

/** A negation just before a phrase: "I'm not speaking for…", "das ist nicht unsere offizielle…". */
const NEGATION_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bnicht|\bkein\w*|\bpas|\bnao|\bni)\s+(?:\w+\s+){0,2}$/;

export function negatedBefore(folded: string, start: number): boolean {
  return NEGATION_BEFORE.test(folded.slice(Math.max(0, start - 28), start));
}

/** Index of the first span (spans sorted by start) that starts at or after `x`. */
function lowerBound(spans: readonly FoldedSpan[], x: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as FoldedSpan).start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of `spans` (sorted by start) that starts in [from, to). */
export function firstStartingIn<T extends FoldedSpan>(
  spans: readonly T[],
  from: number,
  to: number,
): T | undefined {
  const m = spans[lowerBound(spans, from)];
  return m && m.start < to ? m : undefined;
}

/** The span of `spans` (sorted by start) that ends exactly at `at`, e.g. the owner of "'s". */
export function spanEndingAt<T extends FoldedSpan>(spans: readonly T[], at: number): T | undefined {
  for (let i = lowerBound(spans, at - 200); i < spans.length; i++) {
    const m = spans[i] as T;
    if (m.start >= at) break;
    if (m.end === at) return m;
  }
  return undefined;
}

/** Does any of `spans` (sorted by start, each under 200 characters) overlap [start, end)? */
export function anyWithin(spans: readonly FoldedSpan[], start: number, end: number): boolean {
  for (let i = lowerBound(spans, start - 200); i < spans.length; i++) {
    const m = spans[i] as FoldedSpan;
    if (m.start >= end) break;
    if (m.end > start) return true;
  }
  return false;
}

/** Company words after a possessive or article: "the company", "my employer", "la empresa", "unseres Unternehmens". */
const COMPANY_OBJECT = new RegExp(
  `^\\s*(?:${[
    "(?:the|my|our|this) (?:whole |entire )?(?:company|company's|employer|firm|organi[sz]ation|org|business|corporation|brand|management|leadership)",
    '(?:everyone|all of us|us all|the (?:whole |entire )?team) (?:at|from)',
    '(?:la|mi|nuestra|esta) (?:empresa|compania|organizacion|firma|marca|direccion)',
    '(?:der|die|meine|meiner|unsere|unserer|diese|dieser) (?:firma|organisation|geschaftsfuhrung)',
    '(?:des|meines|unseres|dieses) (?:unternehmens|arbeitgebers|konzerns|teams)',
    '(?:das|mein|unser) unternehmen',
    '(?:meinen|unseren|den) arbeitgeber',
    "(?:l'entreprise|la societe|mon entreprise|notre entreprise|mon employeur|la direction|toute l'equipe|l'equipe)",
    '(?:da|minha|nossa|desta|pela|a) (?:empresa|companhia|organizacao|firma|marca|diretoria)',
    // The kind of workplace: "speaking for the bank", "au nom de la banque", "im Namen der Klinik"
    'the (?:bank|hospital|clinic|airline|agency|insurer|retailer|store|hotel|studio|lab|newsroom|network|firm|group|practice|credit union)',
    '(?:el|del|nuestro|nuestra|la) (?:banco|hospital|clinica|aerolinea|agencia|aseguradora|tienda|hotel|estudio|laboratorio|grupo|caja)',
    // after "en nombre del"
    '(?:banco|clinica|aerolinea|aseguradora|laboratorio)',
    '(?:la|notre|du|le) (?:banque|clinique|compagnie|hopital|agence|mutuelle|boutique|groupe|cabinet|laboratoire)',
    '(?:der|unserer|unsere|des|unseres) (?:bank|klinik|krankenhauses|kanzlei|agentur|versicherung|fluggesellschaft|gruppe|praxis)',
    '(?:do|da|nosso|nossa|o) (?:banco|hospital|clinica|companhia aerea|agencia|seguradora|loja|grupo|laboratorio)',
  ].join('|')})${E}`,
);

/** Team words: they count as the company only when the post is about the employer. */
const TEAM_OBJECT =
  /^\s*(?:(?:the|my|our) (?:whole |entire )?(?:[a-z]+ )?team|(?:el|mi|nuestro) equipo|(?:meines|unseres|des) teams|(?:mon|notre) equipe|(?:o|meu|nosso) time|(?:a|minha|nossa) equipe)(?![a-z0-9_])/;

/**
 * Where the company object right after a "speaking for / on behalf of" phrase ends (folded), or -1
 * when the phrase speaks for something else ("my book club", "all parents", "myself").
 * `from` is the folded offset just after the phrase; the object must start within a few words.
 */
export function companyObjectEnd(ctx: RuleContext, from: number, official = false): number {
  const folded = ctx.folded;
  const window = folded.slice(from, from + 60);
  const company = COMPANY_OBJECT.exec(window);
  if (company) return from + company[0].length;
  const stop = window.search(/[.,:;!?\n]/);
  const end = from + (stop < 0 ? window.length : stop);
  const m = firstStartingIn(ctx.employerMentions, from, end);
  if (m && folded.slice(from, m.start).split(/\s+/).length <= 5) return m.end;
  const team = TEAM_OBJECT.exec(window);
  // "on behalf of the product team": the employer's team when the post names the employer, or when the
  // author says it officially ("officially, on behalf of the support team, we hear you").
  if (team && (official || mentionsEmployer(ctx))) {
    return from + team[0].length;
  }
  return -1;
}

/**
 * Disclosure of a relationship with a brand: #ad, #employee, "I work at", "disclosure:", "Werbung"…
 * "not sponsored" also counts: it tells readers there is no relationship.
 */
const DISCLOSURE = new Gated(
  [
    'ad',
    'ads',
    'advert',
    'advertisement',
    'sponsored',
    'sponsor',
    'spon',
    'employee',
    'partner',
    'partnership',
    'paidpartnership',
    'collab',
    'gifted',
    'affiliate',
    'werbung',
    'anzeige',
    'publi',
    'publicidad',
    'publicidade',
    'patrocinado',
    'pub',
    'sponsorise',
    'partenariat',
    'iworkhere',
    'proudemployee',
    'disclosure',
    'disclaimer',
    'work',
    'worked',
    'engineer',
    'pm',
    'developer',
    'designer',
    'manager',
    'team',
    'biased',
    'paid',
    'pagan',
    'remunere',
    'trabajo',
    'arbeite',
    'travaille',
    'trabalho',
    'parceria',
    'publipost',
    'partnerschaft',
  ],
  new RegExp(
    `(?:#(?:ad|ads|advert|advertisement|sponsored|sponsor|spon|employee|partner|partnership|paidpartnership|collab|gifted|affiliate|werbung|anzeige|publi|publicidad|publicidade|patrocinado|pub|sponsorise|partenariat|iworkhere|proudemployee)${E})|${B}(?:${[
      'disclosure',
      'full disclosure',
      'disclaimer',
      'i (?:work|worked) (?:at|for|on)',
      "(?:i'm|i am) (?:an? )?(?:employee|engineer|pm|developer|designer|manager) (?:at|of|for|on)",
      "(?:i'm|i am) on the \\w+(?: \\w+)? team",
      '(?:\\w+ )?employee here',
      "(?:i'm|i am|i'm a bit|i'm totally|i'm obviously) biased",
      'paid (?:partnership|promotion|post)',
      'sponsored (?:by|post|content)',
      'in partnership with',
      '(?:this|the) (?:post|video) is sponsored',
      'affiliate link',
      'gifted by',
      'not sponsored',
      'no (?:me pagan|es publicidad)',
      'publicidad',
      'werbung',
      'anzeige',
      'bezahlte partnerschaft',
      'partenariat remunere',
      'trabajo (?:en|para)',
      'ich arbeite (?:bei|fur)',
      'je travaille (?:chez|pour)',
      'trabalho (?:na|no|em|para)',
      'parceria paga',
      'publipost',
    ].join('|')})${E}`,
    'g',
  ),
);

export function hasDisclosure(ctx: RuleContext): boolean {
  const state = stateOf(ctx);
  // The disclaimer first: most checks know it already (the missing-disclaimer rule asks).
  state.disclosure ??= hasAnyDisclaimer(ctx) || DISCLOSURE.test(ctx);
  return state.disclosure;
}

/**
 * Disclosure of working for the employer whose product a post promotes: as `hasDisclosure`, but
 * "not sponsored" does not count (from an employee, "not sponsored, just obsessed" hides the tie).
 */
export function disclosesEmployment(ctx: RuleContext): boolean {
  if (hasAnyDisclaimer(ctx)) return true;
  return hasDisclosure(ctx) && DISCLOSURE.all(ctx).some((m) => !/^not sponsored$/.test(m.text));
}
