import { t } from '../i18n';
import { AuditLog } from './AuditLog';
import { PolicyEditor } from './editor/PolicyEditor';
import { ImportExport } from './ImportExport';
import { LiveTest } from './live-test/LiveTest';
import { ManagedNotice } from './ManagedNotice';
import { MastodonInstances } from './MastodonInstances';
import { PolicyFormContext, usePolicyForm } from './policy-form';
import { PolicyInForce } from './PolicyInForce';
import { SitesSection } from './SitesSection';

export function Options() {
  const form = usePolicyForm();
  return (
    <main>
      <h1>{t('options_heading')}</h1>
      <p class="lede">{t('options_lede')}</p>
      {form ? (
        <PolicyFormContext.Provider value={form}>
          <ManagedNotice />
          <ImportExport />
          <LiveTest />
          <PolicyEditor />
          <SitesSection />
          <PolicyInForce />
        </PolicyFormContext.Provider>
      ) : (
        <p role="status">{t('policy_loading')}</p>
      )}
      <MastodonInstances />
      <AuditLog />
    </main>
  );
}
