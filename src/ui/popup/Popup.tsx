/** The toolbar popup: this tab's state with pausing, the policy in force, and links to the options page. */
import browser from 'webextension-polyfill';
import { isLocked } from '../../shared/policy-layers';
import { t } from '../i18n';
import { usePausedSites, usePolicyInfo, useTabStatus } from './hooks';
import { PolicySummary } from './PolicySummary';
import { ThisTab } from './ThisTab';

function optionsPageUrl(hash = ''): string {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/ui/options/index.html';
  return browser.runtime.getURL(page + hash);
}

export function Popup() {
  const policy = usePolicyInfo();
  const tab = useTabStatus();
  const pausedSites = usePausedSites();

  const openOptions = (event: Event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };
  const openFullPolicy = (event: Event) => {
    event.preventDefault();
    void browser.tabs.create({ url: optionsPageUrl('#policy') });
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      <main>
        <ThisTab
          tab={tab}
          pausedSites={pausedSites}
          allowPause={policy.kind === 'ready' ? policy.info.allowPause : null}
          pauseLocked={policy.kind === 'ready' && isLocked(policy.info.locked, 'enforcement.allowPause')}
        />
        <PolicySummary policy={policy} />
      </main>
      <footer class="popup-footer">
        <a href={optionsPageUrl()} onClick={openOptions}>
          {t('popup_options')}
        </a>
        <a href={optionsPageUrl('#policy')} onClick={openFullPolicy}>
          {t('popup_fullPolicy')}
        </a>
      </footer>
    </div>
  );
}
