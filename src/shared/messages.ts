/**
 * The whole message protocol, in two typed maps: requests to the background
 * worker (from content scripts and extension pages) and requests to a tab's
 * content script (from the popup). Each request type is bound to its response
 * type, and every request is validated on receipt before use.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../checker/categories';
import type { Policy } from '../checker/policy/schema';
import type { Category, Finding, SeverityLevel } from '../checker/types';

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
  /** The policy's own name; null when it has none (the UI says "Untitled policy" in its language). */
  name: string | null;
  version: string | null;
  organization: string | null;
  source: 'managed' | 'device' | 'default';
  disclaimer: string;
  disclaimerShort: string;
  /** Whether the person may pause Postguard on a site (same as enforcement.allowPause). */
  allowPause: boolean;
  /** What the send guard allows, with the policy's defaults filled in. */
  enforcement: {
    allowPause: boolean;
    allowOverride: boolean;
    justifications: string[];
    confirmWarnings: boolean;
  };
  /** The local audit log's settings, with defaults filled in. */
  audit: { enabled: boolean; storeExcerpt: boolean; maxEntries: number };
  /** Dotted paths of the fields the organization's managed policy sets ("disclaimer", "categories.secrets"). */
  locked: string[];
  /** Stored policies that were skipped because they did not validate, with the reason. */
  problems: string[];
  categories: Array<{
    category: Category;
    severity: SeverityLevel;
    reason: string;
    /** True when the policy wrote its own reason (the UI may translate only the built-in ones). */
    customReason: boolean;
  }>;
}

export const AUDIT_DECISIONS = ['fix', 'cancel', 'post-anyway'] as const;
/** 'fix' = jumped to the first finding; 'cancel'; 'post-anyway' = override, the post went out. */
export type AuditDecision = (typeof AUDIT_DECISIONS)[number];
export const AUDIT_SEVERITIES = ['block', 'warn'] as const;
/** 'block' when blocking findings stopped the post; 'warn' when the policy asks to confirm warnings. */
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number];

/** Limits of one audit record (issue #5); the excerpt limit is in UTF-16 code units, like `String.length`. */
export const AUDIT_LIMITS = {
  rules: 100,
  ruleId: 100,
  justification: 200,
  note: 256,
  excerpt: 280,
} as const;

/** One send-guard stop as the content script reports it. Never carries the post's text. */
export interface DecisionRecord {
  site: SiteId;
  decision: AuditDecision;
  severity: AuditSeverity;
  /** Unique, 1..16. */
  categories: Category[];
  /** Unique rule ids (`category/name`), at most 100. */
  rules: string[];
  /** The entry chosen from policy.enforcement.justifications, ≤ 200 chars; post-anyway only. */
  justification?: string;
  /** The person's free text, ≤ 256 chars; post-anyway only. */
  note?: string;
  /** ≤ 280 chars, already redacted (src/shared/redact.ts); sent only when policyInfo.audit.storeExcerpt. */
  excerpt?: string;
}

/** One entry of the local audit log: a decision record with the worker's id and time. */
export interface AuditEntry extends DecisionRecord {
  /** Unique. */
  id: string;
  /** ISO 8601, set by the worker. */
  time: string;
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
  /** The policy in force as the document it was read from (after validation), for the options page. */
  policyDocument: {
    request: Record<string, never>;
    response: { policy: Policy; locked: string[] };
  };
  /** Record one send-guard stop and what the person chose; `recorded` is false when the policy disables the log. */
  recordDecision: {
    request: DecisionRecord;
    response: { recorded: boolean };
  };
  /** The audit log, newest first. Extension pages only (see PAGE_ONLY_MESSAGES). */
  auditLog: {
    request: Record<string, never>;
    response: { entries: AuditEntry[]; enabled: boolean };
  };
  /** Empties the audit log. Extension pages only. */
  clearAuditLog: {
    request: Record<string, never>;
    response: { cleared: number };
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

/** Requests the worker answers only for the extension's own pages, never for a content script in a site's tab. */
export const PAGE_ONLY_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['auditLog', 'clearAuditLog']);

const RULE_ID = /^[a-z-]+\/[a-z0-9-]+$/;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const DecisionRecordFields = {
  site: v.picklist(SITE_IDS),
  decision: v.picklist(AUDIT_DECISIONS),
  severity: v.picklist(AUDIT_SEVERITIES),
  categories: v.pipe(
    v.array(v.picklist(CATEGORIES)),
    v.minLength(1),
    v.maxLength(CATEGORIES.length),
    v.check(unique, 'categories must not repeat'),
  ),
  rules: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(AUDIT_LIMITS.ruleId), v.regex(RULE_ID))),
    v.maxLength(AUDIT_LIMITS.rules),
    v.check(unique, 'rules must not repeat'),
  ),
  justification: v.optional(v.pipe(v.string(), v.maxLength(AUDIT_LIMITS.justification))),
  note: v.optional(v.pipe(v.string(), v.maxLength(AUDIT_LIMITS.note))),
  excerpt: v.optional(v.pipe(v.string(), v.maxLength(AUDIT_LIMITS.excerpt))),
};

const onlyOverridesExplain = (r: Pick<DecisionRecord, 'decision' | 'justification' | 'note'>) =>
  r.decision === 'post-anyway' || (r.justification === undefined && r.note === undefined);
const ONLY_OVERRIDES_EXPLAIN = 'only a post-anyway decision carries a justification or note';

const DecisionRecordSchema = v.pipe(
  v.strictObject(DecisionRecordFields),
  v.check((r) => onlyOverridesExplain(r), ONLY_OVERRIDES_EXPLAIN),
);

/** One stored audit entry; the worker re-validates its log with it when reading storage. */
export const AuditEntrySchema: v.GenericSchema<AuditEntry> = v.pipe(
  v.strictObject({
    ...DecisionRecordFields,
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    time: v.pipe(v.string(), v.isoTimestamp()),
  }),
  v.check((r) => onlyOverridesExplain(r), ONLY_OVERRIDES_EXPLAIN),
);

const RequestSchemas: { [K in MessageType]: v.GenericSchema<RequestOf<K>> } = {
  check: v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_CHECK_TEXT)),
    site: v.picklist(SITE_IDS),
  }),
  policyInfo: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
  policyDocument: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
  recordDecision: DecisionRecordSchema,
  auditLog: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
  clearAuditLog: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
};

/** Validates `message` against one map's schemas; null for anything that is not a well-formed request. */
function parseWith<T extends string>(
  schemas: Record<T, v.GenericSchema<unknown>>,
  message: unknown,
): { postguard: 1; type: T; payload: unknown } | null {
  if (!message || typeof message !== 'object') return null;
  const { postguard, type, payload } = message as { postguard?: unknown; type?: unknown; payload?: unknown };
  if (postguard !== 1 || typeof type !== 'string' || !Object.hasOwn(schemas, type)) return null;
  const result = v.safeParse(schemas[type as T], payload);
  return result.success ? { postguard: 1, type: type as T, payload: result.output } : null;
}

/** Validates an incoming message; returns null for anything that is not a well-formed Postguard request. */
export function parseEnvelope(message: unknown): Envelope | null {
  return parseWith(RequestSchemas, message) as Envelope | null;
}

export function envelope<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { postguard: 1, type, payload };
}

/** The worker's side: one handler per message type, checked against the map. */
export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: chrome.runtime.MessageSender) => Promise<ResponseOf<K>>;
};

// ---- Requests to a tab's content script (browser.tabs.sendMessage) ----

/** What the content script in a tab reports about its page, for the popup's "This tab". */
export interface TabStatus {
  /** `location.hostname` of the page: the key under which the site is paused. */
  host: string;
  site: SiteId;
  /** True while the person has paused Postguard on this site (the watcher is stopped). */
  paused: boolean;
  /** Compose boxes guarded right now. */
  boxes: number;
  /** Findings currently shown in those boxes, and how many of them block posting. */
  findings: number;
  blocking: number;
}

export interface ContentProtocolMap {
  /** How this tab is guarded right now. */
  tabStatus: {
    request: Record<string, never>;
    response: TabStatus;
  };
}

export type ContentMessageType = keyof ContentProtocolMap;
export type ContentRequestOf<K extends ContentMessageType> = ContentProtocolMap[K]['request'];
export type ContentResponseOf<K extends ContentMessageType> = ContentProtocolMap[K]['response'];

export interface ContentEnvelope<K extends ContentMessageType = ContentMessageType> {
  postguard: 1;
  type: K;
  payload: ContentRequestOf<K>;
}

const ContentRequestSchemas: { [K in ContentMessageType]: v.GenericSchema<ContentRequestOf<K>> } = {
  tabStatus: v.strictObject({}) as v.GenericSchema<Record<string, never>>,
};

/** The content script's side of `parseEnvelope`: null for anything that is not a well-formed request to it. */
export function parseContentEnvelope(message: unknown): ContentEnvelope | null {
  return parseWith(ContentRequestSchemas, message) as ContentEnvelope | null;
}

export function contentEnvelope<K extends ContentMessageType>(
  type: K,
  payload: ContentRequestOf<K>,
): ContentEnvelope<K> {
  return { postguard: 1, type, payload };
}

/** The content script's answers, one per request type. */
export type ContentHandlers = {
  [K in ContentMessageType]: (
    payload: ContentRequestOf<K>,
  ) => ContentResponseOf<K> | Promise<ContentResponseOf<K>>;
};
