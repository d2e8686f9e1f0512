import { t } from '../i18n';
import { MastodonInstances } from './MastodonInstances';
import { PolicyInForce } from './PolicyInForce';

export function Options() {
  return (
    <main>
      <h1>{t('options_heading')}</h1>
      <p class="lede">{t('options_lede')}</p>
      <PolicyInForce />
      <MastodonInstances />
    </main>
  );
}
