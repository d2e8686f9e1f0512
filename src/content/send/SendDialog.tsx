/**
 * The send guard's dialog: why the post was stopped, and "Fix", "Cancel" and —
 * where the policy allows — "Post anyway" (with a justification for blocking
 * findings). Modal, with the focus kept inside; Escape is Cancel. Rendered by
 * Preact, so page text only ever lands in text nodes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checker/types';
import { t } from '../../ui/i18n';
import { FindingItem, FindingTitle } from '../overlay/Overlay';
import { type Choice, NOTE_MAX_LENGTH, overrideReady, type Stop } from './decision';

export interface SendDialogProps {
  stop: Stop;
  /** The flagged words of a finding, as the person wrote them (shortened). */
  quoteOf(finding: Finding): string;
  justifications: readonly string[];
  /** What the audit log keeps of this decision; null when the log is off. */
  auditNotice: string | null;
  onClose(choice: Choice): void;
}

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Tab and Shift+Tab cycle through the dialog's controls and never leave it. */
function trapTab(e: KeyboardEvent, dialog: HTMLElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!focusable.length) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const at = focusable.indexOf(active as HTMLElement);
  const next = e.shiftKey
    ? at <= 0
      ? focusable.length - 1
      : at - 1
    : at === focusable.length - 1 || at === -1
      ? 0
      : at + 1;
  e.preventDefault();
  focusable[next]!.focus();
}

export function SendDialog({ stop, quoteOf, justifications, auditNotice, onClose }: SendDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLSelectElement & HTMLTextAreaElement>(null);
  const [justifying, setJustifying] = useState(false);
  const [justification, setJustification] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  // Before paint, so that a key pressed right away already reaches the dialog.
  useLayoutEffect(() => firstButton.current?.focus({ preventScroll: true }), []);
  useLayoutEffect(() => {
    if (justifying) firstField.current?.focus();
  }, [justifying]);

  const postAnyway = () => {
    if (stop.override === 'justify' && !justifying) {
      setJustifying(true);
      return;
    }
    const given = { justification, note };
    if (!overrideReady(stop, given)) {
      setMissing(true);
      firstField.current?.focus();
      return;
    }
    onClose({ decision: 'post-anyway', ...given });
  };

  const block = stop.severity === 'block';
  const fieldIds = `pg-send-note-count${missing ? ' pg-send-missing' : ''}`;
  return (
    <div class="backdrop">
      <div
        class="send-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pg-send-title"
        aria-describedby="pg-send-lead"
        data-postguard-send-dialog=""
        data-severity={stop.severity}
        ref={dialog}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose({ decision: 'cancel' });
          } else if (e.key === 'Tab' && dialog.current) trapTab(e, dialog.current);
        }}
      >
        <h2 id="pg-send-title">{t(block ? 'guard_dialogTitleBlock' : 'guard_dialogTitleWarn')}</h2>
        <p id="pg-send-lead">{t(block ? 'guard_dialogLeadBlock' : 'guard_dialogLeadWarn')}</p>
        <ul aria-label={t('guard_dialogFindings')}>
          {stop.findings.map((f) => (
            <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f}>
              <FindingTitle finding={f} />
              <div class="quote">“{quoteOf(f)}”</div>
              <p class="what">{f.message}</p>
            </FindingItem>
          ))}
        </ul>
        {stop.override === 'none' && <p class="send-note">{t('guard_overrideNotAllowed')}</p>}
        {justifying && (
          <div class="justify" role="group" aria-labelledby="pg-send-justify">
            <p id="pg-send-justify" class="justify-heading">
              {t('guard_justifyHeading')}
            </p>
            {justifications.length > 0 && (
              <label>
                <span>{t('guard_reasonLabel')}</span>
                <select
                  ref={firstField}
                  value={justification}
                  aria-invalid={missing}
                  aria-describedby={missing ? 'pg-send-missing' : undefined}
                  onChange={(e) => {
                    setJustification(e.currentTarget.value);
                    setMissing(false);
                  }}
                >
                  <option value="">{t('guard_reasonNone')}</option>
                  {justifications.map((j) => (
                    <option key={j} value={j}>
                      {j}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              <span>{t(justifications.length ? 'guard_noteLabelOptional' : 'guard_noteLabel')}</span>
              <textarea
                ref={justifications.length ? undefined : firstField}
                rows={3}
                maxLength={NOTE_MAX_LENGTH}
                value={note}
                aria-invalid={missing}
                aria-describedby={fieldIds}
                onInput={(e) => {
                  setNote(e.currentTarget.value);
                  setMissing(false);
                }}
              />
            </label>
            <p id="pg-send-note-count" class="counter">
              {t('guard_noteCounter', note.length, NOTE_MAX_LENGTH)}
            </p>
            {missing && (
              <p id="pg-send-missing" class="error" role="alert">
                {t(justifications.length ? 'guard_justificationMissing' : 'guard_noteMissing')}
              </p>
            )}
          </div>
        )}
        {auditNotice && <p class="send-note">{auditNotice}</p>}
        <div class="actions">
          <button
            type="button"
            class="primary"
            ref={firstButton}
            onClick={() => onClose({ decision: 'fix' })}
          >
            {t('guard_fix')}
          </button>
          <button type="button" onClick={() => onClose({ decision: 'cancel' })}>
            {t('guard_cancel')}
          </button>
          {stop.override !== 'none' && (
            <button type="button" class="danger" onClick={postAnyway}>
              {t('guard_postAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
