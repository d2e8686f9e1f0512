/**
 * Postguard's content script: guards the compose boxes of the site it runs on.
 * Checking happens in the background worker; nothing leaves the browser.
 */
import { adapterFor } from './adapters/index';
import { contextAlive, onInvalidated, request } from './messaging';
import { BoxWatcher } from './watcher';

const LIVENESS_CHECK_MS = 5000;
const { id: site, adapter } = adapterFor(location.hostname);

let disclaimers: Promise<{ long: string; short: string } | null> | null = null;

const watcher = new BoxWatcher(adapter, {
  adapter,
  async check(text) {
    const answer = await request('check', { text, site });
    if (answer && answer.policyRevision !== policyRevision) {
      policyRevision = answer.policyRevision;
      disclaimers = null;
    }
    return answer?.findings ?? null;
  },
  disclaimers() {
    disclaimers ??= request('policyInfo', {}).then((info) =>
      info ? { long: info.disclaimer, short: info.disclaimerShort } : null,
    );
    return disclaimers;
  },
});
let policyRevision = -1;

// When the extension is reloaded or updated, this copy removes its UI and stops quietly.
const liveness = setInterval(() => {
  if (!contextAlive()) watcher.stop();
}, LIVENESS_CHECK_MS);
onInvalidated(() => {
  clearInterval(liveness);
  watcher.stop();
});

try {
  watcher.start();
} catch {
  // Never break the page: a site whose DOM we cannot read is simply not guarded.
  watcher.stop();
}
