/**
 * "Audit log" (#audit, issue #5): the send guard's stops recorded on this device, newest
 * first, with CSV and JSON export and a confirmed "Clear log". The worker answers these
 * requests only for extension pages; it updates live when a tab records a decision.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { AUDIT_LOG_KEY } from '../../background/audit-log';
import { auditCsv, auditJson, exportFileName } from '../../shared/audit-export';
import type { AuditDecision, AuditEntry, AuditSeverity } from '../../shared/messages';
import { SITE_NAMES } from '../components/site-names';
import { offerDownload } from '../download';
import { type MessageKey, t, uiLanguage } from '../i18n';
import { askWorker } from '../messaging';
import { categoryTitle } from '../policy-labels';
import './audit-log.css';

/** Rows shown at first and added by "Show more": a full log (up to 10,000 entries) is too long to draw at once. */
export const AUDIT_PAGE_SIZE = 100;

const DECISION_KEYS: Record<AuditDecision, MessageKey> = {
  fix: 'audit_decision_fix',
  cancel: 'audit_decision_cancel',
  'post-anyway': 'audit_decision_postAnyway',
};

const SEVERITY_KEYS: Record<AuditSeverity, MessageKey> = {
  block: 'audit_severity_block',
  warn: 'audit_severity_warn',
};

/** Excel reads a CSV without a byte-order mark in the system's legacy code page, garbling "█" and accents. */
const UTF8_BOM = '\uFEFF';

interface Log {
  entries: AuditEntry[];
  enabled: boolean;
}

type Status = { text: string; error: boolean };

export function AuditLog() {
  const [log, setLog] = useState<Log | null | 'error'>(null);
  const [shown, setShown] = useState(AUDIT_PAGE_SIZE);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const load = () => void askWorker('auditLog', {}).then((answer) => setLog(answer ?? 'error'));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && AUDIT_LOG_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  // Focus follows the confirmation: the safe choice when it opens, back to "Clear log" when kept,
  // and the result once cleared (the buttons are then disabled).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current && !status) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  useEffect(() => {
    if (status) statusLine.current?.focus();
  }, [status]);

  const entries = log && log !== 'error' ? log.entries : [];

  const exportAs = (format: 'csv' | 'json') => {
    const now = new Date();
    if (format === 'csv') {
      offerDownload(UTF8_BOM + auditCsv(entries), 'text/csv;charset=utf-8', exportFileName('csv', now));
    } else {
      offerDownload(auditJson(entries, now), 'application/json', exportFileName('json', now));
    }
  };

  const clear = async () => {
    const answer = await askWorker('clearAuditLog', {});
    setConfirming(false);
    if (answer) {
      setLog((current) => (current && current !== 'error' ? { ...current, entries: [] } : current));
      setStatus({ text: t('audit_cleared', answer.cleared), error: false });
    } else {
      setStatus({ text: t('audit_clearFailed'), error: true });
    }
  };

  return (
    <section id="audit" aria-labelledby="audit-heading" class="audit-log">
      <h2 id="audit-heading">{t('audit_heading')}</h2>
      <p class="help">{t('audit_help')}</p>
      {log === null && <p>{t('audit_loading')}</p>}
      {log === 'error' && <p class="status error">{t('audit_error')}</p>}
      {log && log !== 'error' && (
        <>
          {!log.enabled && (
            <p class="audit-disabled" role="note">
              {t('audit_disabled')}
            </p>
          )}
          {entries.length === 0 ? (
            <p class="audit-empty">{t('audit_empty')}</p>
          ) : (
            <AuditTable entries={entries.slice(0, shown)} total={entries.length} />
          )}
          {entries.length > shown && (
            <p class="audit-more">
              <span>{t('audit_showing', shown, entries.length)}</span>{' '}
              <button type="button" onClick={() => setShown((n) => n + AUDIT_PAGE_SIZE)}>
                {t('audit_showMore')}
              </button>
            </p>
          )}
          {confirming ? (
            <div class="audit-confirm" role="group" aria-labelledby="audit-clear-question">
              <p id="audit-clear-question">{t('audit_clearQuestion')}</p>
              <button type="button" class="danger" onClick={() => void clear()}>
                {t('audit_clearConfirm')}
              </button>
              <button type="button" ref={keepButton} onClick={() => setConfirming(false)}>
                {t('audit_clearCancel')}
              </button>
            </div>
          ) : (
            <div class="audit-actions">
              <button type="button" disabled={!entries.length} onClick={() => exportAs('csv')}>
                {t('audit_exportCsv')}
              </button>
              <button type="button" disabled={!entries.length} onClick={() => exportAs('json')}>
                {t('audit_exportJson')}
              </button>
              <button
                type="button"
                ref={clearButton}
                disabled={!entries.length}
                onClick={() => {
                  setStatus(null);
                  setConfirming(true);
                }}
              >
                {t('audit_clear')}
              </button>
            </div>
          )}
        </>
      )}
      {/* Always present, so screen readers already watch it when a result appears. */}
      <p ref={statusLine} tabIndex={-1} class={`status${status?.error ? ' error' : ''}`} role="status">
        {status?.text}
      </p>
    </section>
  );
}

function AuditTable({ entries, total }: { entries: AuditEntry[]; total: number }) {
  const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const withExcerpt = entries.some((e) => e.excerpt);
  return (
    // tabIndex: a wide table must scroll sideways with the keyboard too.
    <div class="audit-scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
      <table class="audit-table">
        <caption id="audit-caption">
          {t('audit_caption')} · <span class="audit-count">{t('audit_count', total)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit_timeColumn')}</th>
            <th scope="col">{t('audit_siteColumn')}</th>
            <th scope="col">{t('audit_decisionColumn')}</th>
            <th scope="col">{t('audit_severityColumn')}</th>
            <th scope="col">{t('audit_categoriesColumn')}</th>
            <th scope="col">{t('audit_rulesColumn')}</th>
            <th scope="col">{t('audit_reasonColumn')}</th>
            {withExcerpt && <th scope="col">{t('audit_excerptColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-decision={entry.decision}>
              <th scope="row">
                <time dateTime={entry.time}>{time.format(new Date(entry.time))}</time>
              </th>
              <td>{SITE_NAMES[entry.site]}</td>
              <td>
                <span class={`audit-decision audit-decision-${entry.decision}`}>
                  {t(DECISION_KEYS[entry.decision])}
                </span>
              </td>
              <td>
                <span class={`severity severity-${entry.severity}`}>{t(SEVERITY_KEYS[entry.severity])}</span>
              </td>
              <td>{entry.categories.map(categoryTitle).join(', ')}</td>
              <td>
                <ul class="audit-rules">
                  {entry.rules.map((rule) => (
                    <li key={rule}>
                      <RuleId rule={rule} />
                    </li>
                  ))}
                </ul>
              </td>
              <td class="audit-reason">
                {entry.justification && <div>{entry.justification}</div>}
                {entry.note && <div class="audit-note">{t('audit_note', entry.note)}</div>}
              </td>
              {withExcerpt && <td class="audit-excerpt">{entry.excerpt}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "category/name", breakable after the slash so a narrow column need not split a word. */
function RuleId({ rule }: { rule: string }) {
  const slash = rule.indexOf('/') + 1;
  return (
    <code>
      {rule.slice(0, slash)}
      <wbr />
      {rule.slice(slash)}
    </code>
  );
}
