/**
 * The whole message protocol between content scripts, extension pages and the
 * background worker, in one typed map: each request type is bound to its
 * response type, and every request is validated before use.
 */
import * as v from 'valibot';
import type { Category, Finding } from '../checker/types';

export const SITE_IDS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'reddit',
  'mastodon',
  'bluesky',
  'threads',
  'youtube',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Longest text a content script may send for one check (a post never gets near it). */
export const MAX_CHECK_TEXT = 1_000_000;

export interface PolicyInfo {
  name: string;
  version: string | null;
  organization: string | null;
  source: 'managed' | 'device' | 'default';
  disclaimer: string;
  disclaimerShort: string;
  categories: Array<{
    category: Category;
    severity: 'off' | 'suggestion' | 'warn' | 'block';
    reason: string;
  }>;
}

export interface ProtocolMap {
  /** Check a compose box's text with the policy in force. */
  check: {
    request: { text: string; site: SiteId };
    response: { findings: Finding[]; policyRevision: number };
  };
  /** The policy in force, summarized for the UI (disclaimers, reasons, where it comes from). */
  policyInfo: {
    request: Record<string, never>;
    response: PolicyInfo;
  };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  postguard: 1;
  type: K;
  payload: RequestOf<K>;
}

const RequestSchemas: { [K in MessageType]: v.GenericSchema<RequestOf<K>> } = {
  check: v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_CHECK_TEXT)),
    site: v.picklist(SITE_IDS),
  }),
  policyInfo: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
};

/** Validates an incoming message; returns null for anything that is not a well-formed Postguard request. */
export function parseEnvelope(message: unknown): Envelope | null {
  if (!message || typeof message !== 'object') return null;
  const { postguard, type, payload } = message as Partial<Envelope>;
  if (postguard !== 1 || typeof type !== 'string' || !Object.hasOwn(RequestSchemas, type)) return null;
  const result = v.safeParse(RequestSchemas[type as MessageType], payload);
  return result.success ? { postguard: 1, type: type as MessageType, payload: result.output } : null;
}

export function envelope<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { postguard: 1, type, payload };
}

/** The worker's side: one handler per message type, checked against the map. */
export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: chrome.runtime.MessageSender) => Promise<ResponseOf<K>>;
};
