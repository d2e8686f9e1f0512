/**
 * Context signals shared by the confidential, speculation, competitor, legal and
 * regulated-claims rules: does a post talk about work (a product, a launch, the
 * company) or about the author's organization ("we", "our floor", the employer's
 * name)? These keep phrase rules from firing on personal news ("not announced yet
 * to the family group chat… we're getting a puppy") or on rumors about the weather.
 * Word lists are stems for the word index of ./biz-words.ts (folded, no spaces).
 */
import type { RuleContext } from '../../context';
import { type PhraseMatch, phraseRule } from '../../kinds/phrases';
import type { Hit, RuleDefinition } from '../../kinds/rule';
import type { CompiledPolicy } from '../../policy/compile';
import { fold } from '../../text/normalize';
import { type TermMatch, TermMatcher } from '../../text/terms';
import type { Severity } from '../../types';
import { hasWord, keyedMatches, keyedRegex, wordGroup } from './biz-words';
import { employerMentions } from './org-voice';

/** Words that place a post at work: products, launches, customers, the company (5 languages). */
const WORK = wordGroup([
  'launch',
  'product',
  'release',
  'feature',
  'pricing',
  'price',
  'prices$',
  'customer',
  'client',
  'company',
  'companies',
  'employer',
  'team',
  'teams',
  'office',
  'keynote',
  'press',
  'partnership',
  'deal',
  'deals',
  'contract',
  'roadmap',
  'beta',
  'version',
  'hire',
  'hires',
  'hired',
  'hiring',
  'engineers',
  'revenue',
  'acqui',
  'reorg',
  'ceo',
  'cfo',
  'cto',
  'exec',
  'execs',
  'board$',
  'quarter',
  'q1',
  'q2',
  'q3',
  'q4',
  'earnings',
  'app',
  'platform',
  'ship',
  'ships',
  'shipping',
  'shipped',
  'market',
  'comms',
  'sales',
  'marketing',
  'rollout',
  'tier',
  'tiers',
  'subscription',
  'seat',
  'seats',
  'dashboard',
  'module',
  'enterprise',
  'startup',
  'clinic',
  'clinics',
  'hospital',
  'hospitals',
  'store',
  'stores',
  'branch',
  'facility',
  'campus',
  'plant',
  'factory',
  'warehouse',
  'lab',
  'department',
  'headquarters',
  'hq',
  'patients',
  'staff',
  'employees',
  'colleagues',
  'coworkers',
  'leadership',
  'management',
  'merger',
  'layoffs',
  'funding',
  'investor',
  'oficina',
  'empresa',
  'lanzamiento',
  'lanza',
  'lanzamos',
  'producto',
  'precio',
  'cliente',
  'buro',
  'firma',
  'produkt',
  'preise',
  'kunden',
  'vertrieb',
  'bureau',
  'entreprise',
  'produit',
  'lancement',
  'lance',
  'lancons',
  'prix',
  'escritorio',
  'produto',
  'lancamento',
  'preco',
]);

/** First-person plural and other ways of putting the author's organization in a sentence. */
const ORG = wordGroup([
  'we',
  'us',
  'our',
  'ours',
  'ceo',
  'cfo',
  'cto',
  'coo',
  'company',
  'execs',
  'exec',
  'executives',
  'leadership',
  'founders',
  'facilities',
  'hr',
  'manager',
  'boss',
  'coworkers',
  'colleagues',
  'nosotros',
  'nuestr',
  'wir',
  'uns',
  'unser',
  'nous',
  'notre',
  'nos',
  'nossa',
  'nosso',
]);

/**
 * Words of the share market, folded, five languages (regex source): a "buy" near them is investing,
 * not a purchase or a takeover ("buy Acme before earnings", "compren acciones"). French "actions"
 * is left to rules that read it in French context: in English it is an everyday word.
 */
export const SHARE_WORDS =
  '(?:shares?|stocks?|acciones|acoes|aktien|earnings|dividends?|guidance|price target|ticker)';

export const hasWorkContext = (ctx: RuleContext): boolean =>
  ctx.cached('biz:work', () => hasWord(ctx, WORK) || ctx.mentionsEmployer || ctx.codenameMentions.length > 0);

/** Does folded `[start, end)` put the organization in play ("we", "our", the employer, a codename)? */
export function involvesOrg(ctx: RuleContext, start: number, end: number): boolean {
  const s = Math.max(0, start);
  const e = Math.min(ctx.folded.length, end);
  if (hasWord(ctx, ORG, s, e)) return true;
  return (
    overlaps(employerMentions(ctx), s, e) ||
    overlaps(ctx.ownEmployerReferences, s, e) ||
    overlaps(ctx.codenameMentions, s, e)
  );
}

/**
 * The index of the first span of a list sorted by start (with ends in the same order, as for
 * mentions that do not overlap) that ends after `s`. Binary search: long posts have many mentions.
 */
export function firstEndingAfter(list: ReadonlyArray<{ start: number; end: number }>, s: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does any span of a list sorted by start overlap `[s, e)`? */
export function overlaps(list: ReadonlyArray<{ start: number; end: number }>, s: number, e: number): boolean {
  const m = list[firstEndingAfter(list, s)];
  return m !== undefined && m.start < e;
}

/** First words of multi-word competitor names ("Northgate" of "Northgate Medical"), per policy. */
const bareCompetitors = new WeakMap<CompiledPolicy, TermMatcher>();
/** Folded competitor names and first words, without spaces, that a handle may start with, per policy. */
const handleStems = new WeakMap<CompiledPolicy, string[]>();
/** A handle shorter than this stem is too likely to start with it by chance. */
const MIN_HANDLE_STEM = 5;

/**
 * Handles that start with a competitor's name or its first word ("@initrode_support" for Initrode,
 * "@umbrellalabs_help"): a reply to a rival's account talks about the rival.
 */
function competitorHandles(ctx: RuleContext, taken: readonly TermMatch[]): TermMatch[] {
  let stems = handleStems.get(ctx.policy);
  if (!stems) {
    const names = (ctx.policy.source.competitors ?? []).map((c) => fold(c.trim()));
    stems = [...new Set(names.flatMap((n) => [n.replace(/[\s-]+/g, ''), n.split(/[\s-]+/)[0] ?? '']))].filter(
      (w) => w.length >= MIN_HANDLE_STEM && /^[a-z0-9]+$/.test(w),
    );
    handleStems.set(ctx.policy, stems);
  }
  const out: TermMatch[] = [];
  if (stems.length === 0) return out;
  const folded = ctx.folded;
  for (let at = folded.indexOf('@'); at >= 0 && out.length < 100; at = folded.indexOf('@', at + 1)) {
    if (at > 0 && /[a-z0-9_.]/.test(folded.charAt(at - 1))) continue;
    let end = at + 1;
    while (end < folded.length && /[a-z0-9_]/.test(folded.charAt(end))) end++;
    const handle = folded.slice(at + 1, end);
    const stem = stems.find((w) => handle.startsWith(w));
    if (stem === undefined || overlaps(taken, at, end)) continue;
    out.push({ start: at, end, term: stem });
  }
  return out;
}

/**
 * The policy's competitors, also by the first word of a multi-word name when it is capitalized
 * ("Initrode's robots" for "Initrode Systems"): people rarely write a rival's full name.
 */
export function competitorMentions(ctx: RuleContext): TermMatch[] {
  return ctx.cached('biz:competitors', () => {
    const full = ctx.competitorMentions;
    let bare = bareCompetitors.get(ctx.policy);
    if (!bare) {
      const words = (ctx.policy.source.competitors ?? [])
        .map((c) => c.trim().split(/\s+/))
        .filter((w) => w.length > 1 && fold(w[0]!).length >= 4)
        .map((w) => w[0]!);
      bare = new TermMatcher(words);
      bareCompetitors.set(ctx.policy, bare);
    }
    const handles = competitorHandles(ctx, full);
    if (bare.empty) return handles.length ? [...full, ...handles].sort((a, b) => a.start - b.start) : full;
    // Both lists are sorted and non-overlapping: one sweep finds the full mention covering each bare
    // one (a `some()` per bare word was quadratic on a pasted megabyte of names).
    const extra: TermMatch[] = [];
    let j = 0;
    for (const m of bare.find(ctx.folded, ctx.keywords)) {
      while (j + 1 < full.length && full[j + 1]!.start <= m.start) j++;
      const f = full[j];
      const covered = f !== undefined && f.start <= m.start && f.end >= m.end;
      if (!covered && ctx.isCapitalizedAt(m.start)) extra.push(m);
    }
    for (const h of handles) if (!extra.some((e) => e.start < h.end && h.start < e.end)) extra.push(h);
    return extra.length ? [...full, ...extra].sort((a, b) => a.start - b.start) : full;
  });
}

/** Fiction and media: a lawsuit in a TV show or a book is not the company's. */
const MEDIA = wordGroup([
  'show',
  'shows',
  'series',
  'movie',
  'film',
  'documentary',
  'documentaries',
  'docuseries',
  'watched',
  'watching',
  'episode',
  'podcast',
  'novel',
  'book',
  'season',
  'netflix',
  'tv',
  'drama',
  'dramas',
  'chapter',
  'fiction',
  'screenplay',
  'sitcom',
  'films',
  'movies',
  'trailer',
  'cinema',
  // Spanish, German, French, Portuguese
  'peli',
  'pelicula',
  'cine',
  'serie',
  'novela',
  'documental',
  'kino',
  'filme',
  'documentaire',
  'studying',
  'exam',
  'exams',
  'textbook',
  'lecture',
  'homework',
  'semester',
  'professor',
  'bar',
]);
export const mentionsMedia = (ctx: RuleContext, start: number, end: number): boolean =>
  hasWord(ctx, MEDIA, start, end);

/** A future date or period, in five languages: "Monday", "next week", "in June", "ab Juli", "en mayo". */
export const FUTURE_TIME_SOURCE =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next (?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday)|this (?:week|month|quarter|fall|spring|summer|autumn|winter)|(?:in|on|by|from|starting|ab|im|en|em|a partir de|des|desde|a partir du|au|le) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|january|february|march|april|june|july|august|september|october|november|december|q[1-4]|on the \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}/\\d{1,2}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|marz|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|segunda|terca|quarta|quinta|sexta)';

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || Number.isNaN(c);
const isStopCode = (c: number): boolean => c === 46 || c === 33 || c === 63;
const MAX_SENTENCE_REACH = 400;

/**
 * The sentence around folded offset `i`, found by looking outwards for `.`, `!` or `?` before
 * white space, or a line break (as ctx.sentences does), without splitting the whole post;
 * at most MAX_SENTENCE_REACH characters each way.
 */
export function sentenceBounds(folded: string, i: number): [number, number] {
  let s = i;
  const sMin = Math.max(0, i - MAX_SENTENCE_REACH);
  while (s > sMin) {
    const c = folded.charCodeAt(s - 1);
    if (c === 10 || (isStopCode(c) && isSpaceCode(folded.charCodeAt(s)))) break;
    s--;
  }
  let e = i;
  const eMax = Math.min(folded.length, i + MAX_SENTENCE_REACH);
  while (e < eMax) {
    const c = folded.charCodeAt(e);
    e++;
    if (c === 10 || (isStopCode(c) && isSpaceCode(folded.charCodeAt(e)))) break;
  }
  return [s, e];
}

export interface GatedPhrasesOptions {
  description: string;
  severity: Severity;
  message: string;
  messages?: Record<string, string>;
  /** Phrases as in the phrases kind (folded, a space matches any white space). */
  phrases: readonly string[];
  /** Stems of ./biz-words.ts, one of which every phrase contains. */
  stems: readonly string[];
  /** How far before and after a stem a phrase may start and end. */
  before?: number;
  after?: number;
  when?: (ctx: RuleContext, match: PhraseMatch) => boolean | Hit | undefined;
}

/** The phrases kind over the word index: each phrase runs only near its key words. */
export function gatedPhrases(options: GatedPhrasesOptions): RuleDefinition {
  const keyed = keyedRegex(options.phrases, options.stems);
  const before = options.before ?? 60;
  const after = options.after ?? 60;
  return phraseRule(options, (ctx) =>
    keyedMatches(ctx, keyed, before, after).map((g) => ({ start: g.start, end: g.end, text: g.m[0] })),
  );
}
