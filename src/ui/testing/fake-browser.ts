/**
 * A stand-in for webextension-polyfill in component tests: storage.local that fires
 * storage.onChanged like the browser, a worker answering runtime.sendMessage, and one
 * active tab whose content script answers (or does not exist).
 */
import type { PolicyInfo, TabStatus } from '../../shared/messages';

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface FakeSetup {
  policyInfo?: PolicyInfo | null;
  /** What the active tab's content script reports; null: the tab has no content script. */
  tabStatus?: TabStatus | null;
  local?: Record<string, unknown>;
  activeTabId?: number;
}

export const ACTIVE_TAB_ID = 7;

function createFake() {
  let setup: FakeSetup = {};
  let local: Record<string, unknown> = {};
  const listeners = new Set<ChangeListener>();
  const calls = {
    tabMessages: [] as Array<{ tabId: number; message: unknown }>,
    created: [] as string[],
    optionsOpened: 0,
  };

  const browser = {
    runtime: {
      id: 'postguard-test',
      getManifest: () => ({ options_ui: { page: 'src/ui/options/index.html' } }),
      getURL: (path: string) => `chrome-extension://postguard-test/${path}`,
      async sendMessage(message: { type: string }) {
        if (message.type === 'policyInfo') return setup.policyInfo ?? undefined;
        return undefined;
      },
      async openOptionsPage() {
        calls.optionsOpened++;
      },
    },
    tabs: {
      async query() {
        return [{ id: setup.activeTabId ?? ACTIVE_TAB_ID, active: true }];
      },
      async sendMessage(tabId: number, message: unknown) {
        calls.tabMessages.push({ tabId, message });
        if (!setup.tabStatus) throw new Error('Could not establish connection. Receiving end does not exist.');
        return setup.tabStatus;
      },
      async create({ url }: { url: string }) {
        calls.created.push(url);
      },
    },
    storage: {
      local: {
        async get(key: string) {
          return key in local ? { [key]: structuredClone(local[key]) } : {};
        },
        async set(items: Record<string, unknown>) {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: local[key], newValue: structuredClone(value) };
            local[key] = structuredClone(value);
          }
          for (const listener of listeners) listener(changes, 'local');
        },
      },
      onChanged: {
        addListener: (l: ChangeListener) => listeners.add(l),
        removeListener: (l: ChangeListener) => listeners.delete(l),
      },
    },
  };

  return {
    browser,
    calls,
    local: () => local,
    reset(next: FakeSetup) {
      setup = next;
      local = structuredClone(next.local ?? {});
      listeners.clear();
      calls.tabMessages.length = 0;
      calls.created.length = 0;
      calls.optionsOpened = 0;
    },
  };
}

export const fake = createFake();
