/**
 * Layers the organization's managed policy over the one set on this device,
 * field by field: every field the organization sets wins and is locked; the
 * fields it leaves out stay the person's to edit. Object fields such as
 * `organization` or `categories` are layered one level deeper, so an
 * organization can fix the severity of one category and leave the others.
 */
import type { Policy } from '../checker/policy/schema';

/** Fields whose own keys are layered (and locked) one by one. */
const NESTED_FIELDS = new Set<keyof Policy>(['organization', 'categories', 'rules', 'enforcement', 'audit']);

export interface LayeredPolicy {
  policy: Policy;
  /** Dotted paths of the fields the organization set: "disclaimer", "categories.secrets", "organization.names". */
  locked: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function layerPolicies(device: Policy | null, managed: Policy | null): LayeredPolicy {
  if (!managed) return { policy: device ?? {}, locked: [] };
  const merged: Record<string, unknown> = { ...(device ?? {}) };
  const locked: string[] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (value === undefined || key === '$schema') continue;
    const below = merged[key];
    if (NESTED_FIELDS.has(key as keyof Policy) && isRecord(value)) {
      merged[key] = { ...(isRecord(below) ? below : {}), ...value };
      for (const inner of Object.keys(value)) locked.push(`${key}.${inner}`);
    } else {
      merged[key] = value;
      locked.push(key);
    }
  }
  return { policy: merged as Policy, locked };
}

/** True when the organization set `path` or a field that contains it ("categories" locks "categories.secrets"). */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`));
}
