/**
 * A rule: metadata plus `detect`. Rules are mostly data over the few kinds in
 * this folder (phrases, pattern, terms); `defineRule` is the escape hatch for code.
 * A rule's id is `category/name`, taken from its folder and file name.
 */
import type { RuleContext } from '../context';
import type { Severity, Suggestion } from '../types';

/** One match of a rule, in original-text offsets. */
export interface Hit {
  start: number;
  end: number;
  /** Key into the rule's `messages`; `default` when absent. */
  messageId?: string;
  /** Values for the message's `{placeholders}`. */
  data?: Record<string, string>;
  suggestions?: Suggestion[];
  /** Overrides the rule's severity for this hit (e.g. a threat within harassment). */
  severity?: Severity;
}

export interface RuleDefinition {
  /** One sentence: what the rule catches. */
  description: string;
  /** Default severity; policies may override it per rule or per category. */
  severity: Severity;
  /** Message templates with `{named}` placeholders; `default` is required. */
  messages: { default: string } & Record<string, string>;
  detect(ctx: RuleContext): Hit[];
}

export function defineRule(definition: RuleDefinition): RuleDefinition {
  return definition;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A message template split at its placeholders: text, key, text, key, …, text. */
const splitTemplates = new WeakMap<RuleDefinition, Map<string, readonly string[]>>();

function partsOf(rule: RuleDefinition, id: string): readonly string[] {
  let byId = splitTemplates.get(rule);
  if (!byId) {
    byId = new Map();
    splitTemplates.set(rule, byId);
  }
  let parts = byId.get(id);
  if (!parts) {
    const template = rule.messages[id];
    if (template === undefined) throw new Error(`unknown message id "${id}"`);
    // split() with a capture group keeps the keys at the odd indexes.
    parts = template.split(PLACEHOLDER);
    byId.set(id, parts);
  }
  return parts;
}

/** Fills `{placeholders}`; throws on an unknown message id or a missing value (caught by rule tests). */
export function formatMessage(
  rule: RuleDefinition,
  id: string | undefined,
  data?: Record<string, string>,
): string {
  const messageId = id ?? 'default';
  const parts = partsOf(rule, messageId);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = data?.[key];
    if (value === undefined) throw new Error(`message "${messageId}" has no value for {${key}}`);
    out += value + (parts[i + 1] as string);
  }
  return out;
}
