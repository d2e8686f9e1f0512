/**
 * The policy file format, validated with valibot. Everything is optional: a
 * policy with no organization still catches secrets, personal data,
 * harassment, regulated claims and accessibility problems.
 * `policy.schema.json` is generated from this file (npm run gen:schema).
 */
import safeRegex from 'safe-regex2';
import * as v from 'valibot';
import { CATEGORIES } from '../categories';

const Term = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200));
const TermList = v.pipe(v.array(Term), v.maxLength(1000));

export const SeverityLevelSchema = v.picklist(
  ['off', 'suggestion', 'warn', 'block'],
  'must be one of "off", "suggestion", "warn", "block"',
);

const CategorySchema = v.picklist(CATEGORIES, `must be one of the categories: ${CATEGORIES.join(', ')}`);

const RULE_ID = /^[a-z-]+\/[a-z0-9-]+$/;

function isSafePattern(source: string): boolean {
  try {
    new RegExp(source, 'u');
  } catch {
    return false;
  }
  return safeRegex(source);
}

const CustomRuleSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, e.g. "project-names"'),
    ),
    category: CategorySchema,
    severity: v.optional(SeverityLevelSchema),
    message: v.pipe(v.string(), v.minLength(1, 'must say what was found and why')),
    terms: v.optional(TermList),
    pattern: v.optional(
      v.pipe(
        v.string(),
        v.minLength(1),
        v.check(
          isSafePattern,
          'must be a valid regular expression that cannot backtrack catastrophically (no nested quantifiers such as (a+)+)',
        ),
      ),
    ),
    caseSensitive: v.optional(v.boolean()),
  }),
  v.check((r) => Boolean(r.terms?.length || r.pattern), 'needs "terms" or "pattern"'),
);

export const PolicySchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: v.optional(v.pipe(v.string(), v.maxLength(200), v.description('The policy’s name, shown in the popup.'))),
  version: v.optional(v.pipe(v.string(), v.maxLength(50), v.description('The policy’s version, e.g. "2026.1".'))),
  description: v.optional(v.string()),
  organization: v.optional(
    v.strictObject({
      names: v.optional(TermList),
      handles: v.optional(TermList),
      domains: v.optional(TermList),
      internalHosts: v.optional(TermList),
    }),
  ),
  codenames: v.optional(v.pipe(TermList, v.description('Internal project codenames; posting them is a confidential finding.'))),
  products: v.optional(v.pipe(TermList, v.description('The organization’s products; promoting them undisclosed is an endorsement finding.'))),
  competitors: v.optional(v.pipe(TermList, v.description('Competitors; disparaging them is a competitor finding.'))),
  /** The disclaimer the one-click fix inserts. */
  disclaimer: v.optional(
    v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500), v.description('The disclaimer the one-click fix inserts.')),
  ),
  /** A short disclaimer for sites with a small character limit (X: 280). */
  disclaimerShort: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(120),
      v.description('A short disclaimer for sites with a small character limit (X: 280).'),
    ),
  ),
  /** More phrases that count as a disclaimer when a post already has one. */
  acceptedDisclaimers: v.optional(
    v.pipe(TermList, v.description('More phrases that count as a disclaimer when a post already has one.')),
  ),
  /** Per-category severity and reason. */
  categories: v.optional(
    v.record(
      CategorySchema,
      v.strictObject({
        severity: v.optional(SeverityLevelSchema),
        reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
      }),
    ),
  ),
  /** Per-rule severity, by rule id ("personal-info/phone-number"). */
  rules: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(RULE_ID, 'must be a rule id such as "personal-info/phone-number"')),
      SeverityLevelSchema,
    ),
  ),
  /** Terms never flagged, whatever rule would flag them. */
  allow: v.optional(v.pipe(TermList, v.description('Terms that are never flagged, whatever rule would flag them.'))),
  customRules: v.optional(v.pipe(v.array(CustomRuleSchema), v.maxLength(500))),
  /** What people may do about findings: pause, post anyway, confirm warnings. */
  enforcement: v.optional(
    v.strictObject({
      allowPause: v.optional(
        v.pipe(v.boolean(), v.description('Whether people may pause Postguard on a site (default true).')),
      ),
      allowOverride: v.optional(
        v.pipe(
          v.boolean(),
          v.description('Whether people may post anyway, with a justification, despite a blocking finding (default true).'),
        ),
      ),
      justifications: v.optional(
        v.pipe(
          v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200))),
          v.maxLength(20),
          v.description('The reasons offered when someone posts anyway; free text is always possible too.'),
        ),
      ),
      confirmWarnings: v.optional(
        v.pipe(v.boolean(), v.description('Ask for confirmation before posting with open "warn" findings (default false).')),
      ),
    }),
  ),
  /** The local audit log of stopped and overridden posts. */
  audit: v.optional(
    v.strictObject({
      enabled: v.optional(v.pipe(v.boolean(), v.description('Keep a local log of stops and overrides (default true).'))),
      storeExcerpt: v.optional(
        v.pipe(
          v.boolean(),
          v.description('Store a redacted excerpt of the post with each entry (default false: never any post text).'),
        ),
      ),
      maxEntries: v.optional(
        v.pipe(
          v.number(),
          v.integer('must be a whole number'),
          v.minValue(10),
          v.maxValue(10_000),
          v.description('How many entries to keep; the oldest are dropped first (default 1000).'),
        ),
      ),
    }),
  ),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
export type CustomRule = NonNullable<Policy['customRules']>[number];

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid policy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

/** Validates unknown JSON as a policy; throws PolicyError naming each bad field. */
export function parsePolicy(input: unknown): Policy {
  const result = v.safeParse(PolicySchema, input);
  if (result.success) return result.output;
  throw new PolicyError(
    result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      const where = path ? `"${path}"` : 'the policy';
      if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
        const key = issue.path?.at(-1)?.key;
        return `${where}: unknown field${key === undefined ? '' : ` "${String(key)}"`}`;
      }
      return `${where}: ${issue.message}`;
    }),
  );
}
