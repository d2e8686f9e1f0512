/** "This tab": whether Postguard guards the current page, its open findings, and pausing it on this site. */
import { useEffect, useRef } from 'preact/hooks';
import type { TabStatus } from '../../shared/messages';
import { activePause, ONE_HOUR_MS, type PausedSites, type SitePause, setSiteEnabled, setSitePause } from '../../shared/pause';
import { SITE_NAMES } from '../components/site-names';
import { t, uiLanguage } from '../i18n';
import type { TabView } from './hooks';
import { Lock } from './Lock';

export function ThisTab({
  tab,
  pausedSites,
  allowPause,
  pauseLocked = false,
}: {
  tab: TabView;
  pausedSites: PausedSites;
  /** null while the policy is loading: no pause controls until we know they are allowed. */
  allowPause: boolean | null;
  /** True when the organization's managed policy decides whether pausing is allowed. */
  pauseLocked?: boolean;
}) {
  return (
    <section class="card" aria-labelledby="tab-heading">
      <h2 id="tab-heading">{t('popup_tabHeading')}</h2>
      {tab.kind === 'loading' && <p class="muted">{t('popup_tabLoading')}</p>}
      {tab.kind === 'not-running' && (
        <>
          <p class="state state-off">
            <span class="dot" aria-hidden="true" />
            {t('popup_tabNotRunning')}
          </p>
          <p class="muted small">{t('popup_tabNotRunningHint')}</p>
        </>
      )}
      {tab.kind === 'running' && (
        <RunningTab
          status={tab.status}
          allowPause={allowPause}
          pauseLocked={pauseLocked}
          // While the policy loads, a stored pause is shown (the site's content script already follows it).
          pause={allowPause === false ? null : activePause(pausedSites, tab.status.host, Date.now())}
        />
      )}
    </section>
  );
}

function RunningTab({
  status,
  pause,
  allowPause,
  pauseLocked,
}: {
  status: TabStatus;
  pause: SitePause | null;
  allowPause: boolean | null;
  pauseLocked: boolean;
}) {
  const { host } = status;
  // Paused with no pause stored: the person turned the whole site off on the options page.
  if (status.paused && pause === null && allowPause !== false) return <SiteTurnedOff status={status} />;
  return (
    <>
      {pause === null ? (
        <>
          <p class="state state-on" aria-live="polite">
            <span class="dot" aria-hidden="true" />
            {t('popup_tabGuarded', host)}
          </p>
          <p class="findings">{findingsText(status)}</p>
        </>
      ) : (
        <p class="state state-paused" aria-live="polite">
          <span class="dot" aria-hidden="true" />
          {pause === 'manual' ? t('popup_pausedManual', host) : t('popup_pausedUntil', host, timeOfDay(pause))}
        </p>
      )}
      {allowPause === false && (
        <p class="muted small pause-not-allowed">
          {pauseLocked && <Lock />}
          {t('popup_pauseNotAllowed')}
        </p>
      )}
      {allowPause === true && <PauseControls host={host} paused={pause !== null} />}
    </>
  );
}

function SiteTurnedOff({ status }: { status: TabStatus }) {
  return (
    <>
      <p class="state state-paused" aria-live="polite">
        <span class="dot" aria-hidden="true" />
        {t('popup_siteTurnedOff', SITE_NAMES[status.site])}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void setSiteEnabled(status.site, true)}>
          {t('popup_turnSiteOn')}
        </button>
      </div>
    </>
  );
}

function findingsText({ boxes, findings, blocking }: TabStatus): string {
  if (boxes === 0) return t('popup_tabNoBoxes');
  const open =
    findings === 0
      ? t('popup_findingsNone')
      : findings === 1
        ? t('popup_findingsOne')
        : t('popup_findingsMany', findings);
  if (blocking === 0) return open;
  return `${open} ${blocking === 1 ? t('popup_blockingOne') : t('popup_blockingMany', blocking)}`;
}

function timeOfDay(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

function PauseControls({ host, paused }: { host: string; paused: boolean }) {
  const resumeButton = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  // The button that was pressed disappears; keyboard focus moves to the one that undoes it.
  const focusNext = useRef<'resume' | 'pause' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'resume' ? resumeButton.current : pauseButton.current;
    if (focusNext.current && target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const pauseUntil = (until: SitePause | null) => {
    focusNext.current = until === null ? 'pause' : 'resume';
    void setSitePause(host, until);
  };

  if (paused) {
    return (
      <div class="actions">
        <button type="button" class="primary" ref={resumeButton} onClick={() => pauseUntil(null)}>
          {t('popup_resume')}
        </button>
      </div>
    );
  }
  return (
    <div class="actions">
      <button type="button" ref={pauseButton} onClick={() => pauseUntil(Date.now() + ONE_HOUR_MS)}>
        {t('popup_pauseHour')}
      </button>
      <button type="button" onClick={() => pauseUntil('manual')}>
        {t('popup_pauseManual')}
      </button>
    </div>
  );
}
