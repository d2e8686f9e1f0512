/**
 * Where the options page reads and writes policies: the device policy in storage.local
 * ("policy", which the worker reloads on change) and the organization's managed policy,
 * read-only, from storage.managed. Only validated policies are ever written.
 */
import browser from 'webextension-polyfill';
import { type Policy, parsePolicy } from '../../checker/policy/schema';

export const DEVICE_POLICY_KEY = 'policy';

/** A stored policy as data: the worker also accepts one stored as JSON text. Null when none. */
export function storedPolicyValue(raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw; // shown as it is, with its problems
  }
}

/** The device policy as stored, unvalidated (an invalid one is shown with its problems), or null. */
export async function readDevicePolicy(): Promise<unknown> {
  return storedPolicyValue((await browser.storage.local.get(DEVICE_POLICY_KEY))[DEVICE_POLICY_KEY]);
}

/** The organization's policy, or null when there is none or it does not validate (the worker ignores it too). */
export async function readManagedPolicy(): Promise<Policy | null> {
  try {
    const raw = storedPolicyValue((await browser.storage.managed.get(DEVICE_POLICY_KEY))[DEVICE_POLICY_KEY]);
    return raw === null ? null : parsePolicy(raw);
  } catch {
    return null; // no managed storage in this browser, or nothing valid deployed
  }
}

/** Validates `policy` and stores it as the device policy; throws PolicyError (nothing written) when invalid. */
export async function saveDevicePolicy(policy: unknown): Promise<Policy> {
  const valid = parsePolicy(policy);
  await browser.storage.local.set({ [DEVICE_POLICY_KEY]: valid });
  return valid;
}

export async function removeDevicePolicy(): Promise<void> {
  await browser.storage.local.remove(DEVICE_POLICY_KEY);
}
