/**
 * Typed requests from the content script to the worker. When the extension is
 * reloaded or updated, this script's context is invalidated: requests then
 * resolve to `null` and `onInvalidated` listeners run once, so the page never
 * sees an exception from us.
 */
import browser from 'webextension-polyfill';
import { envelope, type MessageType, type RequestOf, type ResponseOf } from '../shared/messages';

const invalidatedListeners = new Set<() => void>();
let invalidated = false;

export function contextAlive(): boolean {
  try {
    return !invalidated && Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function markInvalidated(): void {
  if (invalidated) return;
  invalidated = true;
  for (const listener of invalidatedListeners) listener();
  invalidatedListeners.clear();
}

export function onInvalidated(listener: () => void): void {
  if (invalidated) listener();
  else invalidatedListeners.add(listener);
}

export async function request<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K> | null> {
  if (!contextAlive()) {
    markInvalidated();
    return null;
  }
  try {
    return (await browser.runtime.sendMessage(envelope(type, payload))) as ResponseOf<K>;
  } catch (error) {
    if (!contextAlive() || /context invalidated/i.test(String(error))) markInvalidated();
    return null;
  }
}
