/** The popup's data: the policy in force, what the current tab's content script reports, and the paused sites. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PolicyInfo, TabStatus } from '../../shared/messages';
import { PAUSED_SITES_KEY, type PausedSites, parsePausedSites, readPausedSites } from '../../shared/pause';
import { askTab, askWorker } from '../messaging';
import { targetTabId } from './target-tab';

/** Findings change as checks finish; the popup is open for seconds, so asking again each second is cheap. */
export const TAB_POLL_MS = 1000;

export type PolicyView = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; info: PolicyInfo };

export function usePolicyInfo(): PolicyView {
  const [view, setView] = useState<PolicyView>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void askWorker('policyInfo', {}).then((info) => {
      if (live) setView(info ? { kind: 'ready', info } : { kind: 'error' });
    });
    return () => {
      live = false;
    };
  }, []);
  return view;
}

export type TabView = { kind: 'loading' } | { kind: 'not-running' } | { kind: 'running'; status: TabStatus };

export function useTabStatus(): TabView {
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (tabId: number | null) => {
      const status = tabId === null ? null : await askTab(tabId, 'tabStatus', {});
      if (!live) return;
      setView(status ? { kind: 'running', status } : { kind: 'not-running' });
      if (tabId !== null) timer = setTimeout(() => void poll(tabId), TAB_POLL_MS);
    };
    void targetTabId().then(poll, () => live && setView({ kind: 'not-running' }));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return view;
}

/** The stored pauses, kept current: the popup's own writes come back through storage.onChanged. */
export function usePausedSites(): PausedSites {
  const [sites, setSites] = useState<PausedSites>({});
  useEffect(() => {
    let live = true;
    let changed = false;
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'local' || !(PAUSED_SITES_KEY in changes)) return;
      changed = true;
      setSites(parsePausedSites(changes[PAUSED_SITES_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    void readPausedSites().then((stored) => {
      if (live && !changed) setSites(stored);
    });
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return sites;
}
