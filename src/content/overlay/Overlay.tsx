/**
 * The overlay of one compose box: the badge with the count, the panel of all
 * findings, the card of the finding under the pointer, and a polite live region.
 * Hooks used by tests are in ../../shared/spec/dom-contract.md.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding, Severity, Suggestion } from '../../checker/types';
import { type MessageKey, t } from '../../ui/i18n';
import { categoryTitle } from '../../ui/policy-labels';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OverlayState {
  anchor: Box;
  text: string;
  findings: Finding[];
  panelOpen: boolean;
  card: { finding: Finding; rect: Box } | null;
  /** Underline boxes drawn by the overlay where the highlight API cannot draw. */
  underlines: Array<{ rect: Box; severity: Severity }>;
  /** A sentence shown in the panel after an action (e.g. the disclaimer does not fit). */
  status: string;
  /** Text for the live region; changes only when something worth announcing happens. */
  announcement: string;
}

export interface OverlayActions {
  togglePanel(): void;
  closePanel(): void;
  apply(finding: Finding, suggestion: Suggestion): void;
  dismiss(finding: Finding): void;
  insertDisclaimer(): void;
  keepCard(keep: boolean): void;
}

const ORDER: Record<Severity, number> = { block: 0, warn: 1, suggestion: 2 };
const SEVERITY_WORDS: Record<Severity, MessageKey> = {
  block: 'guard_severityBlock',
  warn: 'guard_severityWarn',
  suggestion: 'guard_severitySuggestion',
};
const DISCLAIMER_CATEGORY = 'affiliation-disclaimer';

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || ORDER[f.severity] < ORDER[worst]) worst = f.severity;
  return worst;
}

export function badgeLabel(count: number): string {
  return count === 1 ? t('guard_badgeOne') : t('guard_badgeMany', count);
}

/** The words for a finding's severity ("Blocks posting"). */
const severityWords = (severity: Severity): string => t(SEVERITY_WORDS[severity]);

/** Fixes as buttons; the disclaimer insert (an end-of-post suggestion) has its own button. */
function fixesOf(finding: Finding): Suggestion[] {
  return finding.category === DISCLAIMER_CATEGORY ? [] : (finding.suggestions ?? []);
}

export function quote(text: string, f: Finding): string {
  const covered = text.slice(f.start, f.end).replace(/\s+/g, ' ');
  return covered.length > 60 ? `${covered.slice(0, 57)}…` : covered;
}

/** A finding in a list, with the hooks of the DOM contract (data-postguard-finding, …). */
export function FindingItem({ finding, children }: { finding: Finding; children: ComponentChildren }) {
  return (
    <li
      class="finding"
      data-postguard-finding=""
      data-category={finding.category}
      data-severity={finding.severity}
      data-rule={finding.rule}
    >
      {children}
    </li>
  );
}

/** "Blocks posting · Credentials and secrets": a finding's severity and category. */
export function FindingTitle({ finding }: { finding: Finding }) {
  return (
    <div class="title">
      <span class="sev" data-severity={finding.severity}>
        {severityWords(finding.severity)}
      </span>
      <span>{categoryTitle(finding.category)}</span>
    </div>
  );
}

function FindingBody({
  finding,
  text,
  actions,
}: {
  finding: Finding;
  text: string;
  actions: OverlayActions;
}) {
  const what = finding.message.endsWith(finding.reason)
    ? finding.message.slice(0, finding.message.length - finding.reason.length).trim()
    : finding.message;
  return (
    <>
      <FindingTitle finding={finding} />
      <div class="quote">“{quote(text, finding)}”</div>
      <p class="what">{what}</p>
      <p class="why">{t('guard_why', finding.reason)}</p>
      <div class="actions">
        {fixesOf(finding).map((s) => (
          <button
            type="button"
            class="primary"
            key={`${s.start}-${s.replacement}`}
            onClick={() => actions.apply(finding, s)}
          >
            {s.label.startsWith('Apply') ? s.label : t('guard_apply', s.label)}
          </button>
        ))}
        {finding.category === DISCLAIMER_CATEGORY && (
          <button type="button" class="primary" onClick={() => actions.insertDisclaimer()}>
            {t('guard_insertDisclaimer')}
          </button>
        )}
        {/* A blocking finding is fixed or posted anyway with a justification, never waved away. */}
        {finding.severity !== 'block' && (
          <button type="button" onClick={() => actions.dismiss(finding)}>
            {t('guard_dismiss')}
          </button>
        )}
      </div>
    </>
  );
}

function placeBelow(anchor: Box, width: number, gap = 6): { left: string; top: string } {
  const left = Math.max(8, Math.min(anchor.left + anchor.width - width, window.innerWidth - width - 8));
  const below = anchor.top + anchor.height + gap;
  const top = below + 200 > window.innerHeight && anchor.top > 260 ? Math.max(8, anchor.top - 300) : below;
  return { left: `${left}px`, top: `${top}px` };
}

function Panel({ state, actions, id }: { state: OverlayState; actions: OverlayActions; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Before paint, so that keys pressed right after opening already reach the panel.
  useLayoutEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  const findings = [...state.findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.start - b.start,
  );
  const badge = badgeBox(state.anchor);
  return (
    <div
      class="panel"
      id={id}
      role="dialog"
      aria-label={t('guard_panelLabel')}
      tabIndex={-1}
      ref={ref}
      style={placeBelow(badge, 380)}
    >
      <header>
        <h2>Postguard</h2>
        <button type="button" class="close" aria-label={t('guard_close')} onClick={() => actions.closePanel()}>
          ✕
        </button>
      </header>
      {state.status && (
        <p class="status" role="status">
          {state.status}
        </p>
      )}
      {findings.length === 0 ? (
        <p class="empty">{t('guard_noFindings')}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f}>
              <FindingBody finding={f} text={state.text} actions={actions} />
            </FindingItem>
          ))}
        </ul>
      )}
    </div>
  );
}

export function badgeBox(anchor: Box): Box {
  const size = 24;
  return {
    left: anchor.left + anchor.width - size - 8,
    top: anchor.top + anchor.height - size - 6,
    width: size,
    height: size,
  };
}

const Shield = () => (
  <svg class="shield" viewBox="0 0 16 16" aria-hidden="true">
    <path
      fill="currentColor"
      d="M8 1 2 3.5v4C2 11 4.6 14 8 15c3.4-1 6-4 6-7.5v-4L8 1zm0 1.6 4.5 1.9v3c0 2.7-1.9 5.1-4.5 6-2.6-.9-4.5-3.3-4.5-6v-3L8 2.6z"
    />
  </svg>
);

export function Overlay({
  state,
  actions,
  uid,
}: {
  state: OverlayState;
  actions: OverlayActions;
  uid: string;
}) {
  const count = state.findings.length;
  const worst = worstSeverity(state.findings);
  const badge = badgeBox(state.anchor);
  const panelId = `postguard-panel-${uid}`;
  return (
    <div
      class="pg"
      // Escape closes the panel wherever the focus is in Postguard's UI (the badge or the panel).
      onKeyDown={(e) => {
        if (e.key === 'Escape' && state.panelOpen) {
          e.stopPropagation();
          actions.closePanel();
        }
      }}
    >
      {state.underlines.map((u, i) => (
        <div
          // Index keys: positional boxes with no identity
          key={i}
          class="underline"
          data-severity={u.severity}
          style={{
            left: `${u.rect.left}px`,
            top: `${u.rect.top + u.rect.height - 1}px`,
            width: `${u.rect.width}px`,
          }}
        />
      ))}
      <button
        type="button"
        class="badge"
        data-postguard-badge=""
        data-count={String(count)}
        data-worst={worst ?? 'none'}
        aria-label={badgeLabel(count)}
        aria-expanded={state.panelOpen}
        aria-controls={state.panelOpen ? panelId : undefined}
        title={badgeLabel(count)}
        style={{ left: `${badge.left}px`, top: `${badge.top}px` }}
        onClick={() => actions.togglePanel()}
      >
        <Shield />
        {count > 0 && <span aria-hidden="true">{count}</span>}
      </button>
      {state.panelOpen && <Panel state={state} actions={actions} id={panelId} />}
      {state.card && !state.panelOpen && (
        <div
          class="card"
          role="tooltip"
          data-postguard-card=""
          style={placeBelow(state.card.rect, 340, 4)}
          onMouseEnter={() => actions.keepCard(true)}
          onMouseLeave={() => actions.keepCard(false)}
        >
          <FindingBody finding={state.card.finding} text={state.text} actions={actions} />
        </div>
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {state.announcement}
      </div>
    </div>
  );
}
