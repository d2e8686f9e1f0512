/**
 * Postguard's content script: guards the compose boxes of the site it runs on.
 * Checking happens in the background worker; nothing leaves the browser.
 */
import { adapterFor } from './adapters/index';
import type { PolicyInfo } from '../shared/messages';
import { contextAlive, onInvalidated, request } from './messaging';
import { type PolicySettings, SendGuard } from './send/send-guard';
import { followSitePause } from './site-pause';
import { answerTabRequests } from './tab-requests';
import { BoxWatcher } from './watcher';

const LIVENESS_CHECK_MS = 5000;
const host = location.hostname;
const { id: site, adapter } = adapterFor(host);

interface PolicyInfoEntry {
  loading: Promise<PolicyInfo | null>;
  /** The answer once it has come: a send must decide from the settings at once. */
  value: PolicyInfo | null;
}
/** The policy summary for the policy revision of the last check: disclaimers and send-guard settings. */
let policyInfo: PolicyInfoEntry | null = null;

function loadPolicyInfo(): Promise<PolicyInfo | null> {
  if (policyInfo) return policyInfo.loading;
  const entry: PolicyInfoEntry = {
    value: null,
    loading: request('policyInfo', {}).then((info) => {
      entry.value = info;
      // An answer-less worker is asked again next time.
      if (!info && policyInfo === entry) policyInfo = null;
      return info;
    }),
  };
  policyInfo = entry;
  return entry.loading;
}

const settingsOf = (info: PolicyInfo | null): PolicySettings | null =>
  info && { enforcement: info.enforcement, audit: info.audit };

const watcher = new BoxWatcher(adapter, {
  adapter,
  async check(text) {
    const answer = await request('check', { text, site });
    if (answer && answer.policyRevision !== policyRevision) {
      policyRevision = answer.policyRevision;
      policyInfo = null;
      void loadPolicyInfo();
    }
    return answer?.findings ?? null;
  },
  async disclaimers() {
    const info = await loadPolicyInfo();
    return info ? { long: info.disclaimer, short: info.disclaimerShort } : null;
  },
});
let policyRevision = -1;
let paused = false;
let invalidated = false;

// Registered at document_start, before the page's own scripts run, so the send guard's capture
// listeners come before any the site adds to the window.
const sendGuard = new SendGuard({
  site,
  boxes: () => watcher.sendableBoxes(),
  settings: () => settingsOf(policyInfo?.value ?? null),
  loadSettings: () => loadPolicyInfo().then(settingsOf),
  record(record) {
    void request('recordDecision', record);
  },
});

function startWatching(): void {
  // The script runs at document_start so the send guard's listeners come before the site's;
  // compose boxes are looked for once the document has been parsed.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => !paused && !invalidated && startWatching(), {
      once: true,
    });
    return;
  }
  try {
    watcher.start();
  } catch {
    // Never break the page: a site whose DOM we cannot read is simply not guarded.
    watcher.stop();
  }
}

// The watcher starts once we know the site is not paused, so a paused site never shows our UI.
const stopFollowingPause = followSitePause({
  host,
  async pauseAllowed() {
    // Asked only when a pause is stored; if the worker cannot answer, the person's pause stands.
    return (await request('policyInfo', {}))?.allowPause ?? true;
  },
  onChange(nowPaused) {
    paused = nowPaused;
    if (invalidated) return;
    // Pausing removes all our UI, exactly as when the extension is reloaded; resuming starts afresh.
    if (nowPaused) watcher.stop();
    else startWatching();
  },
});

const stopAnswering = answerTabRequests({
  tabStatus() {
    const { total, blocking } = watcher.findingCounts();
    return { host, site, paused, boxes: watcher.count, findings: total, blocking };
  },
});

// When the extension is reloaded or updated, this copy removes its UI and stops quietly.
function shutDown(): void {
  if (invalidated) return;
  invalidated = true;
  clearInterval(liveness);
  sendGuard.stop();
  watcher.stop();
  try {
    stopFollowingPause();
    stopAnswering();
  } catch {
    // The extension APIs of a dead context may throw; there is nothing left to unregister from.
  }
}
const liveness = setInterval(() => {
  if (!contextAlive()) shutDown();
}, LIVENESS_CHECK_MS);
onInvalidated(shutDown);
