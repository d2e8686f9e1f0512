/**
 * What a rule sees of one check: the text as typed, its folded form, the
 * compiled policy, and facts computed at most once per check and only when a
 * rule asks (who the post mentions, whether it has a disclaimer, its sentences).
 */
import { compilePhrases, type PhraseMatch } from './kinds/phrases';
import type { CompiledPolicy } from './policy/compile';
import { defaultDisclaimers, ownOpinions } from './policy/disclaimers';
import { KeywordGate } from './text/gated';
import { KeywordIndex } from './text/keywords';
import { type NormalizedText, normalize } from './text/normalize';
import type { TermMatch } from './text/terms';

/** Generic references to one's own employer, in the five supported languages (folded). */
const OWN_EMPLOYER_PHRASES = [
  'my (employer|company|firm|workplace|org|organization|organisation|team at work)(?! (car|phone|laptop|card|email|account))',
  'our (company|employer|org|organization|organisation)(?! (car|phone|laptop|card))',
  'the company i work (for|at)',
  'company i work (for|at)',
  'where i work',
  "at work (we|we're|we are|we've|they|our)",
  'i work (at|for) (a|an)? ?(company|startup|firm) that',
  'we work (at|for) (a|an)? ?(company|startup|firm) that',
  'mi (empresa|compania)',
  'nuestra (empresa|compania)',
  'en mi (empresa|trabajo|curro)',
  'meine[mnrs]? (firma|arbeitgeber|unternehmen)',
  'unsere[mnrs]? (firma|arbeitgeber|unternehmen)',
  'mein (arbeitgeber|unternehmen)',
  'unser (arbeitgeber|unternehmen)',
  'bei uns in der firma',
  'mon (entreprise|employeur|boulot)',
  'notre (entreprise|employeur|boulot)',
  'ma boite',
  'minha (empresa|firma)',
  'nossa (empresa|firma)',
  'na minha empresa',
];
/** Run only around the words every one of these phrases holds: no scan of the whole post. */
const ownEmployer = new KeywordGate(
  [
    'employer',
    'company',
    'firm',
    'workplace',
    'org',
    'organization',
    'organisation',
    'team',
    'work',
    'empresa',
    'compania',
    'trabajo',
    'curro',
    'firma',
    'arbeitgeber',
    'unternehmen',
    'entreprise',
    'employeur',
    'boulot',
    'boite',
  ],
  compilePhrases(OWN_EMPLOYER_PHRASES),
  { before: 48, after: 64 },
);

export type Span = readonly [start: number, end: number];

export { isWordCode } from './text/words';

export class RuleContext {
  readonly norm: NormalizedText;
  readonly folded: string;
  private memo = new Map<string, unknown>();
  /**
   * Per-check state of the shared rule helpers, each under a key object of its own: read and
   * written without a closure (unlike `cached`), and gone with the context, without a WeakMap
   * entry per check for the garbage collector to clear.
   */
  readonly slots = new Map<object, unknown>();
  private keywordIndex: KeywordIndex | undefined;
  /** The facts below, computed on first use (fields: read by many rules, cheaper than the memo). */
  private employerFound: TermMatch[] | undefined;
  private codenamesFound: TermMatch[] | undefined;
  private competitorsFound: TermMatch[] | undefined;
  private internalHostsFound: TermMatch[] | undefined;
  private ownEmployerFound: PhraseMatch[] | undefined;
  private disclaimerFound: boolean | undefined;
  private sentenceSpans: Span[] | undefined;

  constructor(
    readonly text: string,
    readonly policy: CompiledPolicy,
  ) {
    this.norm = normalize(text);
    this.folded = this.norm.text;
  }

  /** True when folded offsets are original offsets (no character was dropped or expanded). */
  get sameOffsets(): boolean {
    return this.norm.identity;
  }

  /** Folded span → original span. */
  span(start: number, end: number): [number, number] {
    return this.norm.span(start, end);
  }

  /** Computes a fact once per check. */
  cached<T>(key: string, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** True when the original character at folded offset `i` is an upper-case letter. */
  isCapitalizedAt(i: number): boolean {
    const ch = this.text[this.norm.toOriginal(i)];
    return ch !== undefined && ch !== ch.toLowerCase();
  }

  /** Mentions of the employer by name, handle, domain, hashtag, or of its products. */
  get employerMentions(): TermMatch[] {
    this.employerFound ??= this.findEmployerMentions();
    return this.employerFound;
  }

  private findEmployerMentions(): TermMatch[] {
    const org = this.policy.org;
    const { folded, keywords } = this;
    const bare = org.bareProducts.find(folded, keywords).filter((m) => this.isCapitalizedAt(m.start));
    return [...org.employer.find(folded, keywords), ...org.products.find(folded, keywords), ...bare, ...this.workEmails()].sort(
      (a, b) => a.start - b.start,
    );
  }

  /** The employer's domains in email addresses ("jo@acme.example"): the address says where its owner works. */
  private workEmails(): TermMatch[] {
    const out: TermMatch[] = [];
    if (!this.folded.includes('@')) return out;
    for (const raw of this.policy.source.organization?.domains ?? []) {
      const domain = raw.trim().toLowerCase();
      if (domain.length === 0) continue;
      for (let at = this.folded.indexOf(`@${domain}`); at >= 0; at = this.folded.indexOf(`@${domain}`, at + 1)) {
        const end = at + 1 + domain.length;
        // A name before the "@", and the domain itself after it ("acme.example", not "acme.example.org").
        if (at > 0 && /[a-z0-9._%+-]/.test(this.folded.charAt(at - 1)) && !/^(?:[a-z0-9-]|\.[a-z0-9])/.test(this.folded.slice(end, end + 2)))
          out.push({ start: at + 1, end, term: domain });
      }
    }
    return out;
  }

  /** Mentions of configured codenames; a codename's bare word ("Heron") counts only capitalized. */
  get codenameMentions(): TermMatch[] {
    this.codenamesFound ??= this.findCodenameMentions();
    return this.codenamesFound;
  }

  private findCodenameMentions(): TermMatch[] {
    const org = this.policy.org;
    const { folded, keywords } = this;
    const bare = org.bareCodenames.find(folded, keywords).filter((m) => this.isCapitalizedAt(m.start));
    const full = org.codenames.find(folded, keywords).filter((m) => {
      // A single-word codename that is also a common word ("Bluebird") counts only as a proper noun.
      return m.term.includes(' ') || this.isCapitalizedAt(m.start);
    });
    return [...full, ...bare].sort((a, b) => a.start - b.start);
  }

  get competitorMentions(): TermMatch[] {
    this.competitorsFound ??= this.policy.org.competitors.find(this.folded, this.keywords);
    return this.competitorsFound;
  }

  get internalHostMentions(): TermMatch[] {
    this.internalHostsFound ??= this.policy.org.internalHosts.find(this.folded, this.keywords);
    return this.internalHostsFound;
  }

  /** "my employer", "at work we…", "mi empresa"… — the employer without its name. */
  get ownEmployerReferences(): PhraseMatch[] {
    this.ownEmployerFound ??= ownEmployer
      .all(this)
      .map((m): PhraseMatch => ({ start: m.start, end: m.end, text: m.text }));
    return this.ownEmployerFound;
  }

  /** Does the post talk about the author's employer at all? */
  get mentionsEmployer(): boolean {
    return this.employerMentions.length > 0 || this.ownEmployerReferences.length > 0;
  }

  /** The post already says the author speaks for themselves. */
  get hasDisclaimer(): boolean {
    this.disclaimerFound ??=
      this.policy.org.disclaimers.test(this.folded, this.keywords) ||
      defaultDisclaimers.test(this.folded, this.keywords) ||
      ownOpinions.test(this);
    return this.disclaimerFound;
  }

  /**
   * Where the registered keywords of every rule are in the folded text (text/keywords.ts): one
   * pass per check, instead of each rule walking the characters again.
   */
  get keywords(): KeywordIndex {
    this.keywordIndex ??= new KeywordIndex(this.folded);
    return this.keywordIndex;
  }

  /** Ends the check: the keyword index's memory goes back for the next check to reuse. */
  release(): void {
    this.keywordIndex?.release();
    this.keywordIndex = undefined;
  }

  /**
   * Sentence spans of the folded text: a sentence ends after a run of `.`, `!` or `?` followed by
   * white space or the end, and at every line break.
   */
  get sentences(): Span[] {
    this.sentenceSpans ??= this.findSentences();
    return this.sentenceSpans;
  }

  private findSentences(): Span[] {
    const t = this.folded;
    const out: Span[] = [];
    let start = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) {
        out.push([start, i + 1]);
        start = i + 1;
      } else if (c === 46 || c === 33 || c === 63) {
        let j = i + 1;
        while (j < t.length && (t.charCodeAt(j) === 46 || t.charCodeAt(j) === 33 || t.charCodeAt(j) === 63))
          j++;
        const next = t.charCodeAt(j);
        if (j === t.length || next === 32 || next === 10 || next === 9 || next === 13) {
          out.push([start, j]);
          start = j;
        }
        i = j - 1;
      }
    }
    if (start < t.length) out.push([start, t.length]);
    return out;
  }

  /** The sentence containing folded offset `i` (binary search). */
  sentenceAt(i: number): Span {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = s[mid]!;
      if (i < span[0]) hi = mid - 1;
      else if (i >= span[1]) lo = mid + 1;
      else return span;
    }
    return s.length ? s[s.length - 1]! : [0, this.folded.length];
  }

  /** Folded text of `radius` characters either side of a folded span. */
  around(start: number, end: number, radius: number): string {
    return this.folded.slice(Math.max(0, start - radius), Math.min(this.folded.length, end + radius));
  }
}
