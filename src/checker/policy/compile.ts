/**
 * Compiles a validated policy once into what the rules use on every check:
 * term matchers for the organization's names, severities by rule, reasons,
 * the allow-list and the custom rules.
 */
import { type Category, DEFAULT_REASONS } from '../categories';
import { customRule } from '../kinds/custom';
import type { RuleDefinition } from '../kinds/rule';
import { isKnownWord } from '../rules/accessibility/_segment';
import { RULES } from '../rules/index.generated';
import { fold } from '../text/normalize';
import { TermMatcher } from '../text/terms';
import type { Severity, SeverityLevel } from '../types';
import { type Policy, parsePolicy } from './schema';

export interface ActiveRule {
  id: string;
  category: Category;
  severity: Severity;
  /** The policy set this rule's or category's severity, so per-hit severities do not apply. */
  overridden: boolean;
  definition: RuleDefinition;
}

/** Org names as the rules see them. Every name comes from the policy; none is built in. */
export interface OrganizationMatchers {
  /** The employer: names, handles, domains, and hashtag forms of its names. */
  employer: TermMatcher;
  products: TermMatcher;
  /** Distinctive single words of products and codenames ("Pulse" of "Northwind Pulse"); count only when capitalized. */
  bareProducts: TermMatcher;
  codenames: TermMatcher;
  bareCodenames: TermMatcher;
  competitors: TermMatcher;
  internalHosts: TermMatcher;
  disclaimers: TermMatcher;
}

export interface CompiledPolicy {
  readonly source: Policy;
  readonly org: OrganizationMatchers;
  readonly rules: readonly ActiveRule[];
  readonly allow: TermMatcher;
  reason(category: Category): string;
  /** The disclaimer texts, long first. */
  readonly disclaimers: { long: string; short: string };
  readonly enforcement: Enforcement;
  readonly audit: AuditSettings;
}

/** The policy's `enforcement` block with every default filled in. */
export interface Enforcement {
  allowPause: boolean;
  allowOverride: boolean;
  justifications: readonly string[];
  confirmWarnings: boolean;
}

/** The policy's `audit` block with every default filled in. */
export interface AuditSettings {
  enabled: boolean;
  storeExcerpt: boolean;
  maxEntries: number;
}

export const DEFAULT_JUSTIFICATIONS: readonly string[] = [
  'Approved by the communications team',
  'Already public information',
  'False alarm: nothing here breaks the policy',
];
export const DEFAULT_AUDIT_MAX_ENTRIES = 1000;

const DEFAULT_DISCLAIMER = 'Opinions are my own and do not represent my employer.';
const DEFAULT_SHORT_DISCLAIMER = 'Views my own.';
const NAME_PREFIXES = new Set(['project', 'operation', 'codename', 'code', 'the']);

/** Distinctive trailing words of multi-word names whose first word is the org's name or "Project". */
function bareWords(names: readonly string[], orgWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    const first = words[0];
    if (words.length > 1 && first && (orgWords.has(fold(first)) || NAME_PREFIXES.has(fold(first)))) {
      out.push(words.slice(1).join(' '));
    }
  }
  return out;
}

/**
 * Competitors are also called by a first word no dictionary has: "Corvant" for "Corvant Energy",
 * written any way ("corvant's app"). A first word that is an English word ("Summit Bank") is not.
 */
function distinctiveFirstWords(names: readonly string[], orgWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    const first = fold(words[0] ?? '');
    if (words.length > 1 && /^[a-z]{5,}$/.test(first) && !orgWords.has(first) && !isKnownWord(first)) out.push(first);
  }
  return out;
}

/** "Northwind Analytics" also appears as #NorthwindAnalytics and NorthwindAnalytics. */
function joinedForms(names: readonly string[]): string[] {
  return names.filter((n) => /\s/.test(n.trim())).map((n) => n.replace(/\s+/g, ''));
}

function compileOrganization(policy: Policy): OrganizationMatchers {
  const names = policy.organization?.names ?? [];
  const handles = policy.organization?.handles ?? [];
  const domains = policy.organization?.domains ?? [];
  const products = policy.products ?? [];
  const codenames = policy.codenames ?? [];
  const orgWords = new Set(names.flatMap((n) => n.split(/\s+/)).map(fold));
  const disclaimerTexts = [policy.disclaimer, policy.disclaimerShort].filter((d): d is string => Boolean(d));
  return {
    employer: new TermMatcher([...names, ...joinedForms(names), ...handles, ...domains]),
    products: new TermMatcher([...products, ...joinedForms(products)]),
    bareProducts: new TermMatcher(bareWords(products, orgWords)),
    codenames: new TermMatcher(codenames),
    bareCodenames: new TermMatcher(bareWords(codenames, orgWords)),
    competitors: new TermMatcher([
      ...(policy.competitors ?? []),
      ...joinedForms(policy.competitors ?? []),
      ...distinctiveFirstWords(policy.competitors ?? [], orgWords),
    ]),
    internalHosts: new TermMatcher(policy.organization?.internalHosts ?? []),
    disclaimers: new TermMatcher([
      ...disclaimerTexts.map((d) => d.replace(/[.!]+$/, '')),
      ...(policy.acceptedDisclaimers ?? []),
    ]),
  };
}

function resolveSeverity(policy: Policy, id: string, category: Category, fallback: Severity): SeverityLevel {
  return policy.rules?.[id] ?? policy.categories?.[category]?.severity ?? fallback;
}

function compileRules(policy: Policy): ActiveRule[] {
  const all: Array<readonly [string, RuleDefinition]> = [
    ...RULES,
    ...(policy.customRules ?? []).map((r) => [`${r.category}/custom-${r.id}`, customRule(r)] as const),
  ];
  const active: ActiveRule[] = [];
  for (const [id, definition] of all) {
    const category = id.slice(0, id.indexOf('/')) as Category;
    const severity = resolveSeverity(policy, id, category, definition.severity);
    const overridden = severity !== definition.severity || id in (policy.rules ?? {});
    if (severity !== 'off') active.push({ id, category, severity, overridden, definition });
  }
  return active;
}

export function compilePolicy(policy: Policy): CompiledPolicy {
  const reasons = policy.categories ?? {};
  return {
    source: policy,
    org: compileOrganization(policy),
    rules: compileRules(policy),
    allow: new TermMatcher(policy.allow ?? []),
    reason: (category) => reasons[category]?.reason ?? DEFAULT_REASONS[category],
    disclaimers: {
      long: policy.disclaimer ?? DEFAULT_DISCLAIMER,
      short: policy.disclaimerShort ?? policy.disclaimer ?? DEFAULT_SHORT_DISCLAIMER,
    },
    enforcement: {
      allowPause: policy.enforcement?.allowPause ?? true,
      allowOverride: policy.enforcement?.allowOverride ?? true,
      justifications: policy.enforcement?.justifications ?? DEFAULT_JUSTIFICATIONS,
      confirmWarnings: policy.enforcement?.confirmWarnings ?? false,
    },
    audit: {
      enabled: policy.audit?.enabled ?? true,
      storeExcerpt: policy.audit?.storeExcerpt ?? false,
      maxEntries: policy.audit?.maxEntries ?? DEFAULT_AUDIT_MAX_ENTRIES,
    },
  };
}

const cache = new WeakMap<object, CompiledPolicy>();

/** Compiles (once per policy object) a policy given as validated data or raw JSON. */
export function compiled(policy: Policy | CompiledPolicy | unknown): CompiledPolicy {
  if (policy && typeof policy === 'object' && 'rules' in policy && 'org' in policy && 'source' in policy) {
    return policy as CompiledPolicy;
  }
  const key = (policy ?? EMPTY) as object;
  let result = cache.get(key);
  if (!result) {
    result = compilePolicy(parsePolicy(policy ?? {}));
    cache.set(key, result);
  }
  return result;
}

const EMPTY = {};
