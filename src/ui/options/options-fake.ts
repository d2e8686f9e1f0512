/**
 * The component tests' browser for the options page: the shared fake (storage.local with
 * change events, the worker) plus what only this page uses — storage.local.remove, the
 * organization's storage.managed, and the worker's policyDocument answer.
 */
import { layerPolicies } from '../../shared/policy-layers';
import type { Policy } from '../../checker/policy/schema';
import { type FakeSetup, fake } from '../testing/fake-browser';

type ChangeListener = Parameters<typeof fake.browser.storage.onChanged.addListener>[0];

let managed: unknown;
const listeners = new Set<ChangeListener>();

export const optionsBrowser = {
  ...fake.browser,
  runtime: {
    ...fake.browser.runtime,
    async sendMessage(message: { type: string }) {
      if (message.type !== 'policyDocument') return fake.browser.runtime.sendMessage(message);
      const device = (fake.local().policy as Policy | undefined) ?? null;
      return layerPolicies(device, (managed as Policy | undefined) ?? null);
    },
  },
  // The Mastodon section asks which instances were added: none here.
  permissions: {
    getAll: async () => ({ origins: [] as string[] }),
  },
  storage: {
    local: {
      ...fake.browser.storage.local,
      async remove(key: string) {
        const oldValue = fake.local()[key];
        delete fake.local()[key];
        for (const listener of listeners) listener({ [key]: { oldValue } }, 'local');
      },
    },
    managed: {
      async get(key: string) {
        return managed === undefined ? {} : { [key]: structuredClone(managed) };
      },
    },
    onChanged: {
      addListener(listener: ChangeListener) {
        listeners.add(listener);
        fake.browser.storage.onChanged.addListener(listener);
      },
      removeListener(listener: ChangeListener) {
        listeners.delete(listener);
        fake.browser.storage.onChanged.removeListener(listener);
      },
    },
  },
};

/** Starts a test: storage.local as given, and the organization's managed policy (none by default). */
export function resetOptionsBrowser(setup: FakeSetup & { managed?: unknown } = {}): void {
  const { managed: managedPolicy, ...rest } = setup;
  fake.reset({ policyInfo: null, tabStatus: null, ...rest });
  managed = managedPolicy;
  listeners.clear();
}

export { fake };
