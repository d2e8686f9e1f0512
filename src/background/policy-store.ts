/**
 * The policy in force: the organization's managed policy (chrome.storage.managed
 * key "policy", declared by public/managed-schema.json; see docs/deploying.md)
 * wins, field by field, over one set on this device (storage.local); with
 * neither, the built-in default applies. Compiled once per change; the worker
 * may be stopped at any time, so nothing here lives only in memory.
 */
import browser from 'webextension-polyfill';
import { type CompiledPolicy, compilePolicy } from '../checker/policy/compile';
import { type Policy, parsePolicy } from '../checker/policy/schema';
import { layerPolicies } from '../shared/policy-layers';

export type PolicySource = 'managed' | 'device' | 'default';

export interface LoadedPolicy {
  source: PolicySource;
  policy: Policy;
  compiled: CompiledPolicy;
  /** Dotted paths of the fields the organization's managed policy sets; the UI shows them locked. */
  locked: string[];
  /** Problems with a stored policy that was skipped (shown on the options page). */
  problems: string[];
}

export const DEFAULT_POLICY: Policy = {
  name: 'Postguard default policy',
  disclaimer: 'Opinions are my own and do not represent my employer.',
  disclaimerShort: 'Views my own.',
};

const DEVICE_KEY = 'policy';

async function readManaged(): Promise<unknown> {
  try {
    const managed = await browser.storage.managed.get('policy');
    return managed.policy;
  } catch {
    return undefined; // no managed storage (no schema, or not deployed): nothing managed
  }
}

function tryParse(raw: unknown, label: string, problems: string[]): Policy | null {
  if (raw === undefined || raw === null) return null;
  try {
    return parsePolicy(typeof raw === 'string' ? JSON.parse(raw) : raw);
  } catch (e) {
    problems.push(`${label} policy ignored: ${(e as Error).message}`);
    return null;
  }
}

let current: Promise<LoadedPolicy> | null = null;
let revision = 0;

async function load(): Promise<LoadedPolicy> {
  const problems: string[] = [];
  const managed = tryParse(await readManaged(), 'managed', problems);
  const stored = await browser.storage.local.get(DEVICE_KEY);
  const device = tryParse(stored[DEVICE_KEY], 'device', problems);
  if (!managed && !device) {
    return { source: 'default', policy: DEFAULT_POLICY, compiled: compilePolicy(DEFAULT_POLICY), locked: [], problems };
  }
  const { policy, locked } = layerPolicies(device, managed);
  return { source: managed ? 'managed' : 'device', policy, compiled: compilePolicy(policy), locked, problems };
}

export function policyInForce(): Promise<LoadedPolicy> {
  current ??= load();
  return current;
}

/** Increases whenever the policy in force may have changed. */
export function policyRevision(): number {
  return revision;
}

export function watchPolicyChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'managed' || area === 'local') && ('policy' in changes || area === 'managed')) {
      current = null;
      revision++;
    }
  });
}
