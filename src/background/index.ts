/**
 * The background service worker: owns the policy and answers checks. It holds no
 * state that matters across restarts (MV3 stops idle workers); it makes no network
 * requests and stores no post text.
 */
import browser from 'webextension-polyfill';
import { type MessageType, parseEnvelope, type RequestOf } from '../shared/messages';
import { handlers } from './handlers';
import { watchInstanceGrants } from './mastodon-instances';
import { watchPolicyChanges } from './policy-store';

watchPolicyChanges();
watchInstanceGrants();

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own scripts and pages may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseEnvelope(message);
  if (!request) return undefined;
  const handler = handlers[request.type] as (
    payload: RequestOf<MessageType>,
    sender: browser.Runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(request.payload, sender as chrome.runtime.MessageSender);
});
