/**
 * The options page's one piece of form state: the device policy being edited (the draft),
 * validated with parsePolicy on every edit, and what follows from it — the problems by
 * field, the fields the organization locks, and the effective policy (the organization's
 * managed policy layered over the last valid draft) that the live test checks against.
 */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_POLICY } from '../../background/policy-store';
import { type Policy, PolicyError, parsePolicy } from '../../checker/policy/schema';
import { isLocked, layerPolicies } from '../../shared/policy-layers';
import {
  type Draft,
  type FieldProblem,
  fieldId,
  getAt,
  problemsAt,
  setAt,
  toFieldProblems,
} from './policy-paths';
import {
  DEVICE_POLICY_KEY,
  readDevicePolicy,
  readManagedPolicy,
  removeDevicePolicy,
  saveDevicePolicy,
  storedPolicyValue,
} from './policy-storage';

interface Loaded {
  /** The device policy as stored (null: none), and the organization's (null: none). */
  stored: unknown;
  managed: Policy | null;
  draft: Draft;
  dirty: boolean;
}

export interface PolicyForm {
  draft: Draft;
  /** True when the draft differs from what is stored. */
  dirty: boolean;
  /** A device policy is stored (otherwise the built-in default applies under any managed one). */
  hasDevicePolicy: boolean;
  /** The stored device policy, when it validates (the one to export). */
  devicePolicy: Policy | null;
  managed: Policy | null;
  /** Dotted paths the managed policy sets. */
  locked: readonly string[];
  /** Problems parsePolicy finds in the draft; empty when it is valid. */
  problems: readonly FieldProblem[];
  /** What the worker will check against once the draft is saved (or now, when it is not dirty). */
  effective: Policy;
  /** Sets (or with undefined, removes) one field of the draft. */
  update(path: string, value: unknown): void;
  /** Saves the draft; resolves false (nothing written) when it does not validate. */
  save(): Promise<boolean>;
  discard(): void;
  /** Validates and stores `policy` in place of the device policy; throws PolicyError (nothing written). */
  replace(policy: unknown): Promise<Policy>;
  /** Removes the device policy: the built-in default applies (under the organization's, if any). */
  reset(): Promise<void>;
}

const asDraft = (value: unknown): Draft =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : {};

/** With nothing stored the form starts from the built-in default, which is what is in force. */
const draftOf = (stored: unknown): Draft => (stored === null ? { ...DEFAULT_POLICY } : asDraft(stored));

function validate(
  draft: Draft,
): { policy: Policy; problems: FieldProblem[] } | { policy: null; problems: FieldProblem[] } {
  try {
    return { policy: parsePolicy(draft), problems: [] };
  } catch (error) {
    if (error instanceof PolicyError) return { policy: null, problems: toFieldProblems(error.problems) };
    throw error;
  }
}

/** Loads the policies and keeps the form state; null until both policies are read. */
export function usePolicyForm(): PolicyForm | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const lastValid = useRef<Policy | null>(null);

  useEffect(() => {
    void Promise.all([readDevicePolicy(), readManagedPolicy()]).then(([stored, managed]) =>
      setLoaded({ stored, managed, draft: draftOf(stored), dirty: false }),
    );
    // A policy saved elsewhere (another options tab, an import) shows here unless this tab has edits.
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'managed') {
        void readManagedPolicy().then((managed) => setLoaded((state) => state && { ...state, managed }));
        return;
      }
      if (area !== 'local' || !(DEVICE_POLICY_KEY in changes)) return;
      const stored = storedPolicyValue(changes[DEVICE_POLICY_KEY]?.newValue);
      setLoaded(
        (state) =>
          state && (state.dirty ? { ...state, stored } : { ...state, stored, draft: draftOf(stored) }),
      );
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const validation = useMemo(() => (loaded ? validate(loaded.draft) : null), [loaded?.draft]);
  const devicePolicy = useMemo(
    () => (loaded && loaded.stored !== null ? validate(asDraft(loaded.stored)).policy : null),
    [loaded?.stored],
  );
  if (validation?.policy) lastValid.current = validation.policy;

  const update = useCallback((path: string, value: unknown) => {
    setLoaded((state) => state && { ...state, draft: setAt(state.draft, path, value), dirty: true });
  }, []);

  const replace = useCallback(async (policy: unknown) => {
    const saved = await saveDevicePolicy(policy);
    setLoaded((state) => state && { ...state, stored: saved, draft: saved, dirty: false });
    return saved;
  }, []);

  const effective = useMemo(() => {
    if (!loaded) return DEFAULT_POLICY;
    const device = loaded.stored === null && !loaded.dirty ? null : lastValid.current;
    if (!device && !loaded.managed) return DEFAULT_POLICY;
    return layerPolicies(device, loaded.managed).policy;
  }, [loaded, validation]);

  if (!loaded || !validation) return null;
  const locked = layerPolicies(null, loaded.managed).locked;
  return {
    draft: loaded.draft,
    dirty: loaded.dirty,
    hasDevicePolicy: loaded.stored !== null,
    devicePolicy,
    managed: loaded.managed,
    locked,
    problems: validation.problems,
    effective,
    update,
    async save() {
      if (!validation.policy) return false;
      await replace(validation.policy);
      return true;
    },
    discard: () => setLoaded((state) => state && { ...state, draft: draftOf(state.stored), dirty: false }),
    replace,
    async reset() {
      await removeDevicePolicy();
      setLoaded((state) => state && { ...state, stored: null, draft: draftOf(null), dirty: false });
    },
  };
}

export const PolicyFormContext = createContext<PolicyForm | null>(null);

/** The id of one lock note shown for a whole locked group (the custom rules), so its fields need none each. */
export const GroupLockNote = createContext<string | null>(null);

export function usePolicyFormContext(): PolicyForm {
  const form = useContext(PolicyFormContext);
  if (!form) throw new Error('usePolicyFormContext outside <PolicyFormContext.Provider>');
  return form;
}

/** One field of the form: its value (the organization's when it locks it), problems, and ids for ARIA. */
export interface Field<T> {
  id: string;
  value: T | undefined;
  locked: boolean;
  problems: FieldProblem[];
  /** Ids of the field's problem list and lock note, for aria-describedby (undefined when neither shows). */
  describedBy: string | undefined;
  errorId: string;
  lockId: string;
  /** Whether the field shows its own lock note (not when its locked group shows one for all). */
  ownLockNote: boolean;
  set(value: T | undefined): void;
}

export function useField<T>(path: string): Field<T> {
  const form = usePolicyFormContext();
  const locked = isLocked(form.locked, path);
  const id = fieldId(path);
  const problems = locked ? [] : problemsAt(form.problems, path);
  const errorId = `${id}-error`;
  const groupLockNote = useContext(GroupLockNote);
  const lockId = groupLockNote ?? `${id}-lock`;
  const describedBy =
    [problems.length > 0 && errorId, locked && lockId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    value: getAt(locked ? form.effective : form.draft, path) as T | undefined,
    locked,
    problems,
    describedBy,
    errorId,
    lockId,
    ownLockNote: locked && groupLockNote === null,
    set: (value) => form.update(path, value),
  };
}
