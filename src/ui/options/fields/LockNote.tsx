/** Why a field cannot be edited: the organization's managed policy sets it. */
import { t } from '../../i18n';

export function LockNote({ id }: { id: string }) {
  return (
    <p id={id} class="lock-note">
      <span aria-hidden="true">🔒 </span>
      {t('options_lockedNote')}
    </p>
  );
}
