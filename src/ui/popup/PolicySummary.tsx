/**
 * "Policy in force": where the policy comes from, its name, version and organization, and its 16
 * categories. What the organization's managed policy sets carries a lock (issue #4).
 */
import { isLocked } from '../../shared/policy-layers';
import { t } from '../i18n';
import {
  bySeverity,
  type CategoryEntry,
  categoryReason,
  categoryTitle,
  policyName,
  SEVERITY_ORDER,
  severityLabel,
  sourceLabel,
} from '../policy-labels';
import type { PolicyView } from './hooks';
import { Lock } from './Lock';

export function PolicySummary({ policy }: { policy: PolicyView }) {
  return (
    <section class="card" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policy_heading')}</h2>
      {policy.kind === 'loading' && <p class="muted">{t('policy_loading')}</p>}
      {policy.kind === 'error' && <p class="error">{t('policy_error')}</p>}
      {policy.kind === 'ready' && (
        <>
          <p class={`source source-${policy.info.source}`} data-source={policy.info.source}>
            {policy.info.locked.length > 0 && <Lock />}
            {sourceLabel(policy.info.source)}
          </p>
          {policy.info.locked.length > 0 && <p class="muted small locked-note">{t('popup_lockedNote')}</p>}
          <p class="policy-name">{policyName(policy.info)}</p>
          <PolicyMeta version={policy.info.version} organization={policy.info.organization} />
          {policy.info.problems.length > 0 && <p class="error small">{t('policy_problems')}</p>}
          <CategoryList categories={policy.info.categories} locked={policy.info.locked} />
        </>
      )}
    </section>
  );
}

function PolicyMeta({ version, organization }: { version: string | null; organization: string | null }) {
  const parts = [version && t('policy_version', version), organization && t('policy_for', organization)];
  const text = parts.filter(Boolean).join(' · ');
  return text ? <p class="muted policy-meta">{text}</p> : null;
}

function CategoryList({ categories, locked }: { categories: CategoryEntry[]; locked: readonly string[] }) {
  const counts = SEVERITY_ORDER.map((severity) => {
    const n = categories.filter((c) => c.severity === severity).length;
    return n > 0 ? t('popup_severityCount', severityLabel(severity), n) : '';
  }).filter(Boolean);
  return (
    <details class="categories">
      <summary>
        <span class="summary-title">{t('popup_categoriesSummary')}</span>
        <span class="summary-counts muted small">{counts.join(' · ')}</span>
      </summary>
      <ul>
        {bySeverity(categories).map((entry) => (
          <li
            key={entry.category}
            class="category"
            data-category={entry.category}
            data-severity={entry.severity}
          >
            <div class="category-head">
              <span class="category-title">{categoryTitle(entry.category)}</span>
              <span class="category-setting">
                {isLocked(locked, `categories.${entry.category}`) && <Lock />}
                <span class={`severity severity-${entry.severity}`}>{severityLabel(entry.severity)}</span>
              </span>
            </div>
            <p class="why">{t('policy_why', categoryReason(entry))}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
