/**
 * Answers requests sent to this tab by the extension's own pages (the popup),
 * through browser.tabs.sendMessage. Every request is validated before use.
 */
import browser from 'webextension-polyfill';
import {
  type ContentHandlers,
  type ContentMessageType,
  type ContentRequestOf,
  parseContentEnvelope,
} from '../shared/messages';

/** Starts answering; returns a function that stops. */
export function answerTabRequests(handlers: ContentHandlers): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only this extension's pages may ask; a web page cannot reach this listener, but be explicit.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentEnvelope(message);
    if (!request) return undefined;
    const handler = handlers[request.type] as (payload: ContentRequestOf<ContentMessageType>) => unknown;
    return Promise.resolve(handler(request.payload));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
