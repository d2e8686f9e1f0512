/**
 * The background service worker: owns the policy and answers checks. It holds no
 * state that matters across restarts (MV3 stops idle workers); it makes no network
 * requests and stores no post text (the audit log keeps a redacted excerpt only when
 * the policy asks for one).
 */
import browser from 'webextension-polyfill';
import { type MessageType, PAGE_ONLY_MESSAGES, parseEnvelope, type RequestOf } from '../shared/messages';
import { handlers } from './handlers';
import { watchInstanceGrants } from './mastodon-instances';
import { watchPolicyChanges } from './policy-store';
import { isExtensionPage } from './sender';

watchPolicyChanges();
watchInstanceGrants();

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own scripts and pages may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseEnvelope(message);
  if (!request) return undefined;
  // The audit log is for the options page; a content script runs beside the site's own code.
  if (PAGE_ONLY_MESSAGES.has(request.type) && !isExtensionPage(sender, browser.runtime.getURL('/'))) return undefined;
  const handler = handlers[request.type] as (
    payload: RequestOf<MessageType>,
    sender: browser.Runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(request.payload, sender as chrome.runtime.MessageSender);
});
