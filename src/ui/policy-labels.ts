/** The policy's words in the person's language: where it comes from, severities, category titles and reasons. */
import type { Category, SeverityLevel } from '../checker/types';
import type { PolicyInfo } from '../shared/messages';
import { type MessageKey, t } from './i18n';

export type CategoryEntry = PolicyInfo['categories'][number];

const SOURCE_KEYS: Record<PolicyInfo['source'], MessageKey> = {
  managed: 'source_managed',
  device: 'source_device',
  default: 'source_default',
};

const SEVERITY_KEYS: Record<SeverityLevel, MessageKey> = {
  block: 'severity_block',
  warn: 'severity_warn',
  suggestion: 'severity_suggestion',
  off: 'severity_off',
};

/** Most serious first: the order in which the UI lists categories. */
export const SEVERITY_ORDER: readonly SeverityLevel[] = ['block', 'warn', 'suggestion', 'off'];

export const CATEGORY_KEYS: Record<Category, { title: MessageKey; reason: MessageKey }> = {
  confidential: { title: 'category_confidential_title', reason: 'category_confidential_reason' },
  credentials: { title: 'category_credentials_title', reason: 'category_credentials_reason' },
  'personal-info': { title: 'category_personal_info_title', reason: 'category_personal_info_reason' },
  'customer-data': { title: 'category_customer_data_title', reason: 'category_customer_data_reason' },
  'affiliation-disclaimer': {
    title: 'category_affiliation_disclaimer_title',
    reason: 'category_affiliation_disclaimer_reason',
  },
  spokesperson: { title: 'category_spokesperson_title', reason: 'category_spokesperson_reason' },
  'customer-complaint': {
    title: 'category_customer_complaint_title',
    reason: 'category_customer_complaint_reason',
  },
  endorsement: { title: 'category_endorsement_title', reason: 'category_endorsement_reason' },
  harassment: { title: 'category_harassment_title', reason: 'category_harassment_reason' },
  speculation: { title: 'category_speculation_title', reason: 'category_speculation_reason' },
  competitor: { title: 'category_competitor_title', reason: 'category_competitor_reason' },
  'regulated-claims': { title: 'category_regulated_claims_title', reason: 'category_regulated_claims_reason' },
  legal: { title: 'category_legal_title', reason: 'category_legal_reason' },
  'inclusive-language': {
    title: 'category_inclusive_language_title',
    reason: 'category_inclusive_language_reason',
  },
  accessibility: { title: 'category_accessibility_title', reason: 'category_accessibility_reason' },
  location: { title: 'category_location_title', reason: 'category_location_reason' },
};

export const sourceLabel = (source: PolicyInfo['source']): string => t(SOURCE_KEYS[source]);
export const severityLabel = (severity: SeverityLevel): string => t(SEVERITY_KEYS[severity]);
export const categoryTitle = (category: Category): string => t(CATEGORY_KEYS[category].title);
export const policyName = (info: Pick<PolicyInfo, 'name'>): string => info.name ?? t('policy_untitled');

/** A reason the policy wrote is shown as written; the built-in ones are translated. */
export function categoryReason(entry: CategoryEntry): string {
  return entry.customReason ? entry.reason : t(CATEGORY_KEYS[entry.category].reason);
}

/** The categories, most serious first, in the policy's order within a severity. */
export function bySeverity(categories: readonly CategoryEntry[]): CategoryEntry[] {
  return [...categories].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}
