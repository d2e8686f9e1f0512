/**
 * Which of the nine sites Postguard guards. A site turned off here is followed by its
 * content script like a paused one (src/content/site-pause.ts): Postguard leaves its open
 * tabs at once. Where the policy does not allow pausing, sites cannot be turned off either.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SITE_IDS, type SiteId } from '../../shared/messages';
import {
  DISABLED_SITES_KEY,
  parseDisabledSites,
  readDisabledSites,
  setSiteEnabled,
} from '../../shared/pause';
import { isLocked } from '../../shared/policy-layers';
import { SITE_NAMES } from '../components/site-names';
import { t } from '../i18n';
import { LockNote } from './fields/LockNote';
import { usePolicyFormContext } from './policy-form';

function useDisabledSites(): SiteId[] | null {
  const [disabled, setDisabled] = useState<SiteId[] | null>(null);
  useEffect(() => {
    void readDisabledSites().then(setDisabled);
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && DISABLED_SITES_KEY in changes)
        setDisabled(parseDisabledSites(changes[DISABLED_SITES_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return disabled;
}

export function SitesSection() {
  const form = usePolicyFormContext();
  const disabled = useDisabledSites();
  const pauseAllowed = form.effective.enforcement?.allowPause ?? true;
  const byOrganization = isLocked(form.locked, 'enforcement.allowPause');
  const canTurnOff = pauseAllowed && disabled !== null;

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sitesHeading')}</h2>
      <fieldset
        class="sites"
        disabled={!canTurnOff}
        aria-describedby={pauseAllowed ? 'sites-help' : 'sites-help sites-lock'}
      >
        <legend class="sr-only">{t('options_sitesLegend')}</legend>
        <p id="sites-help" class="help">
          {t('options_sitesHelp')}
        </p>
        <ul class="site-list">
          {SITE_IDS.map((site) => (
            <li key={site}>
              <input
                id={`site-${site}`}
                type="checkbox"
                checked={disabled !== null && !disabled.includes(site)}
                disabled={!canTurnOff}
                onChange={(e) => void setSiteEnabled(site, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`site-${site}`}>{t('options_siteToggle', SITE_NAMES[site])}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {!pauseAllowed &&
        (byOrganization ? (
          <LockNote id="sites-lock" />
        ) : (
          <p id="sites-lock" class="lock-note">
            {t('options_sitesNotAllowed')}
          </p>
        ))}
    </section>
  );
}
