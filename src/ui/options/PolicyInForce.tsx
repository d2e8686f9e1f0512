/**
 * "Policy in force" (#policy): the policy Postguard checks against, read-only — where it comes
 * from, each category's severity and reason, and the policy document itself as JSON.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Policy } from '../../checker/policy/schema';
import type { PolicyInfo } from '../../shared/messages';
import { ProblemList } from '../components/ProblemList';
import { t } from '../i18n';
import { askWorker } from '../messaging';
import {
  bySeverity,
  categoryReason,
  categoryTitle,
  policyName,
  severityLabel,
  sourceLabel,
} from '../policy-labels';
import { DEVICE_POLICY_KEY } from './policy-storage';

export const POLICY_SECTION_ID = 'policy';

interface Loaded {
  info: PolicyInfo;
  policy: Policy;
}

export function PolicyInForce() {
  const [loaded, setLoaded] = useState<Loaded | null | 'error'>(null);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    let latest = 0;
    const load = () => {
      const run = ++latest;
      void Promise.all([askWorker('policyInfo', {}), askWorker('policyDocument', {})]).then(([info, doc]) => {
        if (run === latest) setLoaded(info && doc ? { info, policy: doc.policy } : 'error');
      });
    };
    load();
    // Saved, imported or reset on this page (or elsewhere): the worker reloads it, and so does this section.
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'managed' || (area === 'local' && DEVICE_POLICY_KEY in changes)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  // The browser scrolls to #policy before this section exists; do it once it has its content.
  useEffect(() => {
    if (loaded && location.hash === `#${POLICY_SECTION_ID}`) {
      section.current?.scrollIntoView();
      section.current?.focus({ preventScroll: true });
    }
  }, [loaded]);

  return (
    <section id={POLICY_SECTION_ID} ref={section} tabIndex={-1} aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policy_heading')}</h2>
      <p class="help">{t('policyPage_help')}</p>
      {loaded === null && <p>{t('policy_loading')}</p>}
      {loaded === 'error' && <p class="status error">{t('policy_error')}</p>}
      {loaded && loaded !== 'error' && <PolicyDetails {...loaded} />}
    </section>
  );
}

function PolicyDetails({ info, policy }: Loaded) {
  const meta = [
    info.version && t('policy_version', info.version),
    info.organization && t('policy_for', info.organization),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <p>
        <span class={`source source-${info.source}`} data-source={info.source}>
          {sourceLabel(info.source)}
        </span>{' '}
        <strong>{policyName(info)}</strong>
        {meta && <span class="help"> · {meta}</span>}
      </p>
      {info.problems.length > 0 && (
        <>
          <h3>{t('policyPage_problemsHeading')}</h3>
          <ProblemList problems={info.problems} />
        </>
      )}
      <table class="categories">
        <caption>{t('policyPage_categoriesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policyPage_categoryColumn')}</th>
            <th scope="col">{t('policyPage_severityColumn')}</th>
            <th scope="col">{t('policyPage_reasonColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {bySeverity(info.categories).map((entry) => (
            <tr key={entry.category} data-category={entry.category} data-severity={entry.severity}>
              <th scope="row">{categoryTitle(entry.category)}</th>
              <td>
                <span class={`severity severity-${entry.severity}`}>{severityLabel(entry.severity)}</span>
              </td>
              <td>{categoryReason(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('policyPage_documentHeading')}</h3>
      {/* tabIndex: a long document must be scrollable with the keyboard too. */}
      <pre class="policy-json" tabIndex={0} aria-label={t('policyPage_documentHeading')}>
        {JSON.stringify(policy, null, 2)}
      </pre>
    </>
  );
}
