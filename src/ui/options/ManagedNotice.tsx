/** Said at the top of the page when the organization deploys a policy: some fields are theirs. */
import { t } from '../i18n';
import { usePolicyFormContext } from './policy-form';

export function ManagedNotice() {
  const { managed, locked } = usePolicyFormContext();
  if (!managed) return null;
  return (
    <div class="managed-notice" role="note" data-managed="true">
      <p>
        <strong>{t('options_managedTitle')}</strong> {t('options_managedBody', locked.length)}
      </p>
    </div>
  );
}
