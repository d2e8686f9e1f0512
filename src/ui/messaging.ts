/**
 * Typed requests from extension pages: to the background worker, and to the
 * content script of one tab. Both resolve to null when nobody answers.
 */
import browser from 'webextension-polyfill';
import {
  type ContentMessageType,
  type ContentRequestOf,
  type ContentResponseOf,
  contentEnvelope,
  envelope,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from '../shared/messages';

export async function askWorker<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K> | null> {
  try {
    return ((await browser.runtime.sendMessage(envelope(type, payload))) as ResponseOf<K> | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Null when the tab has no Postguard content script (a page it does not run on, or opened before install). */
export async function askTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: ContentRequestOf<K>,
): Promise<ContentResponseOf<K> | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, contentEnvelope(type, payload))) as
      | ContentResponseOf<K>
      | undefined;
    return answer ?? null;
  } catch {
    return null; // "Receiving end does not exist"
  }
}
