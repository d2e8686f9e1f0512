/**
 * Guards one compose box: reads its text after each change (coalesced per
 * frame), keeps findings attached to their words, asks the worker for a fresh
 * check after a pause in typing (one request in flight, stale answers dropped),
 * draws underlines and the overlay, and applies fixes through the editor.
 * It never writes to the editor except when the person clicks a fix.
 */
import { render } from 'preact';
import type { Finding, Severity, Suggestion } from '../checker/types';
import { t } from '../ui/i18n';
import type { SiteAdapter } from './adapters/types';
import { planDisclaimer } from './disclaimer';
import { offsetAt } from './editors/dom-text';
import type { EditorDriver, Snapshot } from './editors/types';
import { clearHighlights, highlightsSupported, setHighlights } from './highlights';
import { TextareaMirror } from './overlay/mirror';
import { type Box, Overlay, type OverlayActions, type OverlayState } from './overlay/Overlay';
import { OVERLAY_CSS } from './overlay/styles';
import type { BoxCheck } from './send/decision';
import { shiftFindings } from './spans';

/** The pause in typing after which a box is checked. */
export const DEBOUNCE_MS = 250;
/** A send re-checks when the person edits while it waits; this many times at most. */
const SEND_CHECK_ATTEMPTS = 3;
const ANNOUNCE_EVERY_MS = 5000;
const CARD_HIDE_MS = 300;
const NAV_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export interface GuardEnvironment {
  adapter: SiteAdapter;
  check(text: string): Promise<Finding[] | null>;
  disclaimers(): Promise<{ long: string; short: string } | null>;
}

let guardCount = 0;

const toBox = (r: DOMRect | DOMRectReadOnly): Box => ({
  left: r.left,
  top: r.top,
  width: r.width,
  height: r.height,
});
const findingKey = (text: string, f: Finding): string => `${f.rule}\u0000${text.slice(f.start, f.end)}`;

export class Guard {
  private readonly host: HTMLElement;
  private readonly mount: HTMLDivElement;
  private readonly mirror: TextareaMirror | null;
  private readonly abort = new AbortController();
  private readonly observers: Array<{ disconnect(): void }> = [];
  private readonly uid = String(++guardCount);
  private snapshot: Snapshot;
  private findings: Finding[] = [];
  /** The worker's last answer and the text it is for: the findings are current while the text is the same. */
  private checked: BoxCheck | null = null;
  private readonly dismissed = new Set<string>();
  private state: OverlayState;
  private frame = 0;
  private textChanged = false;
  /** Something may have moved the box (scroll, resize): read its rect again on the next draw. */
  private geometryChanged = true;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private recheck = false;
  private visible = true;
  private checkWhenVisible = false;
  private cardTimer: ReturnType<typeof setTimeout> | undefined;
  private cardHeld = false;
  private lastAnnounced = 0;
  private announcedKeys = new Set<string>();
  private busy = false;
  private lastInputAt = 0;
  private destroyed = false;

  constructor(
    readonly driver: EditorDriver,
    private readonly env: GuardEnvironment,
  ) {
    this.host = document.createElement('postguard-box');
    this.host.setAttribute('data-postguard-host', '');
    this.host.style.cssText =
      'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mount = document.createElement('div');
    shadow.append(style, this.mount);
    this.mirror =
      driver.kind === 'textarea' ? new TextareaMirror(driver.element as HTMLTextAreaElement, shadow) : null;
    (document.body ?? document.documentElement).append(this.host);

    this.snapshot = driver.read();
    this.state = {
      anchor: toBox(driver.element.getBoundingClientRect()),
      text: this.snapshot.text,
      findings: [],
      panelOpen: false,
      card: null,
      underlines: [],
      status: '',
      announcement: '',
    };
    this.listen();
    this.draw();
    this.scheduleCheck(0);
  }

  get element(): HTMLElement {
    return this.driver.element;
  }

  /** The findings this box shows now, and how many of them block posting (for the popup's "This tab"). */
  get findingCounts(): { total: number; blocking: number } {
    return {
      total: this.findings.length,
      blocking: this.findings.filter((f) => f.severity === 'block').length,
    };
  }

  private listen(): void {
    const { signal } = this.abort;
    const el = this.driver.element;
    const passive = { signal, passive: true } as const;
    el.addEventListener(
      'input',
      () => {
        this.lastInputAt = performance.now();
        // The pause is measured from the keystroke itself, not from the frame that reads it.
        this.scheduleCheck(DEBOUNCE_MS);
        this.schedule(true);
      },
      passive,
    );
    if (this.mirror) el.addEventListener('scroll', () => this.mirror?.syncScroll(), passive);
    el.addEventListener('mousemove', (e) => this.hover(e.clientX, e.clientY), passive);
    el.addEventListener('mouseleave', () => this.hideCardSoon(), passive);
    el.addEventListener('keyup', (e) => NAV_KEYS.has(e.key) && this.showCardAtCaret(), passive);
    window.addEventListener('scroll', () => this.schedule(false), { ...passive, capture: true });
    window.addEventListener('resize', () => this.schedule(false), passive);
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.closeCard(), passive);

    // Editors re-render outside input events (React commits, undo): follow the DOM too.
    if (this.driver.kind !== 'textarea') {
      const mutations = new MutationObserver(() => this.schedule(true));
      mutations.observe(el, { childList: true, subtree: true, characterData: true });
      this.observers.push(mutations);
    }
    const resize = new ResizeObserver(() => {
      this.mirror?.invalidateStyles();
      this.schedule(false);
    });
    // An auto-growing box changes size as the person types: the observer reports it without forcing layout.
    resize.observe(el);
    this.observers.push(resize);
    const visibility = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      if (this.visible && this.checkWhenVisible) this.scheduleCheck(0);
    });
    visibility.observe(el);
    this.observers.push(visibility);
  }

  /** Coalesces work into one frame; `text` says the text may have changed. */
  private schedule(text: boolean): void {
    if (this.destroyed) return;
    this.textChanged ||= text;
    // Typing rarely moves the box; anything else (scroll, resize, a re-render) may.
    if (!text) this.geometryChanged = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.textChanged) {
        this.textChanged = false;
        this.readText();
      }
      this.draw();
    });
  }

  private readText(): void {
    const next = this.driver.read();
    if (next.text === this.snapshot.text) {
      this.snapshot = next; // same text, maybe new nodes after a re-render: keep the fresh map
      return;
    }
    this.findings = shiftFindings(this.findings, this.snapshot.text, next.text);
    this.snapshot = next;
    this.state.status = '';
    // Changes without an input event (undo, the site's own edits) start the pause here.
    if (performance.now() - this.lastInputAt > 50) this.scheduleCheck(DEBOUNCE_MS);
  }

  private scheduleCheck(delay: number): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.runCheck(), delay);
  }

  private async runCheck(): Promise<void> {
    if (this.destroyed) return;
    if (!this.visible) {
      this.checkWhenVisible = true;
      return;
    }
    this.checkWhenVisible = false;
    if (this.inFlight) {
      this.recheck = true;
      return;
    }
    const text = this.driver.read().text;
    if (!text.trim()) {
      this.checked = { text, findings: [] };
      this.findings = [];
      this.draw();
      return;
    }
    this.inFlight = true;
    const findings = await this.env.check(text);
    this.inFlight = false;
    if (this.destroyed || findings === null) return;
    if (this.driver.read().text !== text) {
      // Stale: the person typed meanwhile. Their edit already scheduled a check.
      if (this.recheck) this.scheduleCheck(DEBOUNCE_MS);
      this.recheck = false;
      return;
    }
    this.recheck = false;
    this.accept(text, findings);
  }

  /** Shows the worker's answer for `text`, the box's current text. */
  private accept(text: string, findings: Finding[]): void {
    this.findings = findings.filter((f) => !this.dismissed.has(findingKey(text, f)));
    this.checked = { text, findings: this.findings };
    this.snapshot = this.driver.read();
    this.announce();
    this.draw();
  }

  /** The findings for the box's text right now, or null when the last answer is for other text. */
  freshCheck(): BoxCheck | null {
    const text = this.driver.read().text;
    if (!text.trim()) return { text, findings: [] };
    return this.checked?.text === text ? this.checked : null;
  }

  /**
   * The findings for the text being sent: the current ones, or a fresh check when the text
   * changed since the last answer. Null when the worker cannot answer.
   */
  async checkForSend(): Promise<BoxCheck | null> {
    for (let attempt = 0; attempt < SEND_CHECK_ATTEMPTS && !this.destroyed; attempt++) {
      const fresh = this.freshCheck();
      if (fresh) return fresh;
      const text = this.driver.read().text;
      const findings = await this.env.check(text);
      if (findings === null) return null;
      if (!this.destroyed && this.driver.read().text === text) this.accept(text, findings);
    }
    return this.freshCheck();
  }

  /** The send guard's "Fix": selects the finding in the editor and opens its card. */
  jumpTo(finding: Finding): void {
    this.driver.select(finding.start, finding.end);
    this.readText();
    const shown = this.state.findings.find(
      (f) => f.rule === finding.rule && f.start === finding.start && f.end === finding.end,
    );
    const rect = shown && this.rectsOf(shown)[0];
    if (shown && rect) this.openCard(shown, rect);
  }

  /** Announces new warnings once, politely, and not more often than every few seconds. */
  private announce(): void {
    const text = this.snapshot.text;
    const serious = this.findings.filter((f) => f.severity !== 'suggestion');
    const keys = new Set(serious.map((f) => findingKey(text, f)));
    const fresh = [...keys].some((k) => !this.announcedKeys.has(k));
    this.announcedKeys = keys;
    const now = Date.now();
    if (!fresh || now - this.lastAnnounced < ANNOUNCE_EVERY_MS) return;
    this.lastAnnounced = now;
    const n = this.findings.length;
    this.state.announcement = n === 1 ? t('guard_announceOne') : t('guard_announceMany', n);
  }

  /** What the last draw showed; a frame with the same inputs draws nothing. */
  private drawn: {
    snapshot: Snapshot;
    findings: Finding[];
    anchor: Box;
    card: OverlayState['card'];
    panelOpen: boolean;
    status: string;
    announcement: string;
    /** How many findings the overlay shows (the badge count). */
    shown: number;
  } | null = null;

  private draw(): void {
    if (this.destroyed) return;
    const el = this.driver.element;
    if (!el.isConnected) return;
    const anchor = this.geometryChanged || !this.drawn ? toBox(el.getBoundingClientRect()) : this.drawn.anchor;
    this.geometryChanged = false;
    const { snapshot, findings: all, state } = this;
    const last = this.drawn;
    const contentChanged =
      !last || last.snapshot !== snapshot || last.findings !== all || last.card !== state.card;
    const moved =
      !last ||
      last.anchor.left !== anchor.left ||
      last.anchor.top !== anchor.top ||
      last.anchor.width !== anchor.width ||
      last.anchor.height !== anchor.height;
    if (
      !contentChanged &&
      !moved &&
      last.panelOpen === state.panelOpen &&
      last.status === state.status &&
      last.announcement === state.announcement
    ) {
      return;
    }
    const text = snapshot.text;
    const findings = contentChanged ? all.filter((f) => f.end <= text.length) : state.findings;
    let underlines = state.underlines;
    if (this.mirror) {
      this.mirror.update(text, findings, anchor);
    } else if (contentChanged || (moved && !highlightsSupported)) {
      underlines = [];
      const bySeverity = new Map<Severity | 'active', Range[]>([
        ['block', []],
        ['warn', []],
        ['suggestion', []],
        ['active', []],
      ]);
      for (const f of findings) {
        const range = this.driver.range(snapshot, f.start, f.end);
        if (!range) continue;
        bySeverity.get(f.severity)!.push(range);
        if (state.card?.finding === f) bySeverity.get('active')!.push(range);
        if (!highlightsSupported) {
          for (const r of range.getClientRects()) underlines.push({ rect: toBox(r), severity: f.severity });
        }
      }
      if (contentChanged) setHighlights(this, bySeverity);
    }
    this.state = { ...state, anchor, text, findings, underlines };
    // With the panel and card closed, typing changes nothing the overlay shows but the count.
    const overlayVisible =
      !last ||
      moved ||
      state.panelOpen ||
      state.card !== null ||
      last.panelOpen !== state.panelOpen ||
      last.card !== state.card ||
      last.status !== state.status ||
      last.announcement !== state.announcement ||
      last.shown !== findings.length ||
      underlines.length > 0 ||
      state.underlines.length > 0;
    this.drawn = {
      snapshot,
      findings: all,
      anchor,
      card: state.card,
      panelOpen: state.panelOpen,
      status: state.status,
      announcement: state.announcement,
      shown: findings.length,
    };
    if (overlayVisible) render(<Overlay state={this.state} actions={this.actions} uid={this.uid} />, this.mount);
  }

  /** Client rects of a finding, for hit-testing and placing its card. */
  private rectsOf(f: Finding): DOMRect[] {
    if (this.mirror) return this.mirror.rects(this.state.findings.indexOf(f));
    const range = this.driver.range(this.snapshot, f.start, f.end);
    return range ? [...range.getClientRects()] : [];
  }

  private hover(x: number, y: number): void {
    for (const f of this.state.findings) {
      const hit = this.rectsOf(f).find(
        (r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2,
      );
      if (hit) {
        clearTimeout(this.cardTimer);
        if (this.state.card?.finding !== f) this.openCard(f, hit);
        return;
      }
    }
    this.hideCardSoon();
  }

  private showCardAtCaret(): void {
    const el = this.driver.element;
    let caret: number | null = null;
    if (el instanceof HTMLTextAreaElement)
      caret = el.selectionStart === el.selectionEnd ? el.selectionStart : null;
    else {
      const sel = window.getSelection();
      if (sel?.isCollapsed && sel.focusNode && this.snapshot.map)
        caret = offsetAt(this.snapshot.map, sel.focusNode, sel.focusOffset);
    }
    const f =
      caret === null ? undefined : this.state.findings.find((x) => caret >= x.start && caret <= x.end);
    const rect = f && this.rectsOf(f)[0];
    if (f && rect) this.openCard(f, rect);
    else this.closeCard();
  }

  private openCard(finding: Finding, rect: DOMRect): void {
    this.state = { ...this.state, card: { finding, rect: toBox(rect) } };
    this.draw();
  }

  private hideCardSoon(): void {
    if (!this.state.card) return;
    clearTimeout(this.cardTimer);
    this.cardTimer = setTimeout(() => !this.cardHeld && this.closeCard(), CARD_HIDE_MS);
  }

  private closeCard(): void {
    if (!this.state.card) return;
    this.state = { ...this.state, card: null };
    this.draw();
  }

  private readonly actions: OverlayActions = {
    togglePanel: () => {
      this.state = { ...this.state, panelOpen: !this.state.panelOpen, card: null };
      this.draw();
      if (!this.state.panelOpen) this.focusBadge();
    },
    closePanel: () => {
      this.state = { ...this.state, panelOpen: false };
      this.draw();
      this.focusBadge();
    },
    apply: (finding, suggestion) => void this.applyFix(finding, suggestion),
    dismiss: (finding) => {
      const key = findingKey(this.snapshot.text, finding);
      this.dismissed.add(key);
      this.findings = this.findings.filter((f) => f !== finding);
      if (this.checked) {
        const { text, findings } = this.checked;
        this.checked = { text, findings: findings.filter((f) => findingKey(text, f) !== key) };
      }
      this.state = { ...this.state, card: null };
      this.draw();
    },
    insertDisclaimer: () => void this.insertDisclaimer(),
    keepCard: (keep) => {
      this.cardHeld = keep;
      if (keep) clearTimeout(this.cardTimer);
      else this.hideCardSoon();
    },
  };

  private focusBadge(): void {
    const badge = this.host.shadowRoot?.querySelector<HTMLElement>('[data-postguard-badge]');
    badge?.focus({ preventScroll: true });
  }

  /** Waits until the editor no longer merges new edits into the person's last typing. */
  private async outsideUndoGroup(): Promise<void> {
    const wait = this.lastInputAt + this.driver.undoGroupMs + 50 - performance.now();
    if (this.driver.undoGroupMs > 0 && wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  private async applyFix(finding: Finding, suggestion: Suggestion): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.outsideUndoGroup();
      this.state = { ...this.state, card: null };
      const ok = await this.driver.replace(suggestion.start, suggestion.end, suggestion.replacement);
      this.findings = this.findings.filter((f) => f !== finding);
      this.state.status = ok ? '' : t('guard_fixFailed');
      this.readText();
      this.draw();
      this.scheduleCheck(0);
    } finally {
      this.busy = false;
    }
  }

  private async insertDisclaimer(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const disclaimers = await this.env.disclaimers();
      if (!disclaimers) return;
      await this.outsideUndoGroup();
      const text = this.driver.read().text;
      const plan = planDisclaimer(text, disclaimers, this.env.adapter.maxLength);
      let note = plan.note;
      if (plan.insert) {
        const ok = await this.driver.append(plan.insert);
        if (!ok) note = t('guard_disclaimerFailed');
      }
      this.state = { ...this.state, card: null, status: note };
      this.readText();
      this.draw();
      this.scheduleCheck(0);
    } finally {
      this.busy = false;
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    for (const o of this.observers) o.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.debounce);
    clearTimeout(this.cardTimer);
    clearHighlights(this);
    render(null, this.mount);
    this.mirror?.remove();
    this.host.remove();
  }
}
