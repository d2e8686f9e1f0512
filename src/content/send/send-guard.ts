/**
 * The send guard (issue #5): catches the sites' sends — a click or keyboard
 * activation of a Post/Reply/Send control, a form submission, a send shortcut
 * typed in a box — before the site's own handlers, with capture listeners on the
 * window. A clean post goes through untouched. A post with blocking findings (or
 * warnings, when the policy asks to confirm them) is stopped and the dialog asks
 * what to do; "Post anyway" sends the original event again, once. When the
 * findings are not current, the event is held while the box is checked afresh,
 * then sent as it was if the post is clean.
 */
import type { DecisionRecord, PolicyInfo, SiteId } from '../../shared/messages';
import type { Guard } from '../guard';
import { quote } from '../overlay/Overlay';
import { t } from '../../ui/i18n';
import { type BoxCheck, type Choice, decideSend, decisionRecord, sendExcerpt, type Stop } from './decision';
import { type OpenDialog, openSendDialog } from './dialog-host';
import {
  boxAt,
  boxesSentByControl,
  firesClickOnKeys,
  isActivationKey,
  isSendShortcut,
  type SendableBox,
  unattributedControl,
} from './match';
import { copyClick, copyKey } from './replay';

export type PolicySettings = Pick<PolicyInfo, 'enforcement' | 'audit'>;
export type GuardedBox = SendableBox<Guard>;

export interface SendGuardEnvironment {
  site: SiteId;
  /** The boxes guarded right now, with their send specs. */
  boxes(): readonly GuardedBox[];
  /** The policy's enforcement and audit settings when already known (a send must decide at once). */
  settings(): PolicySettings | null;
  loadSettings(): Promise<PolicySettings | null>;
  record(record: DecisionRecord): void;
}

/** How long a held send waits for a fresh check before it is let through unchecked. */
const HELD_SEND_TIMEOUT_MS = 5000;
/** After "Post anyway", the same boxes with the same text pass this long (a site that submits a moment later). */
const OVERRIDE_PASS_MS = 1000;

function stopEvent(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function timeout(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

export class SendGuard {
  private readonly abort = new AbortController();
  /** True while a held send is being checked or the dialog is open: further sends wait for it. */
  private busy = false;
  /** Set while the guard sends an event again itself, so that it passes untouched. */
  private replaying = false;
  private pass: { texts: Map<Guard, string>; until: number } | null = null;
  private dialog: OpenDialog | null = null;
  private warnedUnattributed = false;

  constructor(private readonly env: SendGuardEnvironment) {
    const options = { capture: true, signal: this.abort.signal };
    window.addEventListener('click', (e) => this.onClick(e), options);
    window.addEventListener('keydown', (e) => this.onKeyDown(e), options);
    window.addEventListener('submit', (e) => this.onSubmit(e), options);
  }

  stop(): void {
    this.abort.abort();
    // The draft stays as it is; nothing is sent.
    this.dialog?.close();
    this.dialog = null;
  }

  private onClick(e: MouseEvent): void {
    if (this.replaying) return;
    const path = e.composedPath();
    const boxes = this.env.boxes();
    const hit = boxesSentByControl(path, boxes);
    if (hit) this.intercept(e, hit.boxes, () => hit.control.dispatchEvent(copyClick(e)));
    else if (!this.warnedUnattributed && unattributedControl(path, boxes)) {
      // Not sure which box this sends: warn, and leave the site alone rather than guess.
      this.warnedUnattributed = true;
      console.warn(
        'Postguard: a send control outside any known compose box was used; the post was not checked.',
      );
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    // Only Enter and Space can send; every other keystroke leaves at once, so typing stays cheap.
    if (this.replaying || (e.key !== 'Enter' && e.key !== ' ')) return;
    const path = e.composedPath();
    const target = path[0]!;
    const boxes = this.env.boxes();
    // Typing in a compose box: only its send shortcut can send (a space is just a space, and no
    // control sits inside the box). Checked first, as it is most keystrokes.
    const box = boxAt(target, boxes);
    if (box) {
      if (isSendShortcut(e, box.send.shortcuts)) {
        this.intercept(e, [box], () => target.dispatchEvent(copyKey(e)));
      }
      return;
    }
    // Enter or Space on a focused control that is not a native button (those fire a click).
    if (isActivationKey(e)) {
      const hit = boxesSentByControl(path, boxes);
      if (hit && !firesClickOnKeys(hit.control)) {
        this.intercept(e, hit.boxes, () => target.dispatchEvent(copyKey(e)));
      }
    }
  }

  /** A form submitted some other way (a site's own Enter handling, requestSubmit from a script). */
  private onSubmit(e: SubmitEvent): void {
    if (this.replaying || !(e.target instanceof HTMLFormElement)) return;
    const form = e.target;
    const boxes = this.env.boxes().filter((b) => form.contains(b.element));
    if (!boxes.length) return;
    const submitter = e.submitter && form.contains(e.submitter) ? e.submitter : undefined;
    this.intercept(e, boxes, () => form.requestSubmit(submitter));
  }

  private passes(boxes: readonly GuardedBox[]): boolean {
    const pass = this.pass;
    if (!pass || performance.now() > pass.until) return false;
    return boxes.every((b) => pass.texts.get(b.box) === b.box.driver.read().text);
  }

  /** Decides at once when it can; otherwise holds the event while the boxes are checked. */
  private intercept(e: Event, boxes: readonly GuardedBox[], replay: () => void): void {
    if (this.busy) {
      stopEvent(e); // one decision at a time: a second click must not post behind the dialog
      return;
    }
    if (this.passes(boxes)) return;
    const settings = this.env.settings();
    const checks = boxes.map((b) => b.box.freshCheck());
    if (settings && checks.every((c): c is BoxCheck => c !== null)) {
      const stop = decideSend(checks, settings.enforcement);
      if (!stop) return; // clean and current: the site's own event goes on untouched
      stopEvent(e);
      this.ask(boxes, checks, stop, settings, replay);
      return;
    }
    stopEvent(e);
    void this.decideHeld(boxes, replay);
  }

  private async decideHeld(boxes: readonly GuardedBox[], replay: () => void): Promise<void> {
    this.busy = true;
    const answers = await Promise.race([
      Promise.all([this.env.loadSettings(), Promise.all(boxes.map((b) => b.box.checkForSend()))]),
      timeout(HELD_SEND_TIMEOUT_MS),
    ]);
    this.busy = false;
    if (this.abort.signal.aborted) return;
    const [settings, checks] = answers ?? [null, []];
    if (!settings || !answers || checks.some((c) => c === null)) {
      // Never break the site: without an answer the post goes out as the person sent it.
      console.warn('Postguard could not check this post in time; it was sent without a check.');
      this.replay(replay);
      return;
    }
    const current = checks as BoxCheck[];
    const stop = decideSend(current, settings.enforcement);
    if (stop) this.ask(boxes, current, stop, settings, replay);
    else this.replay(replay);
  }

  private replay(replay: () => void): void {
    this.replaying = true;
    try {
      replay();
    } finally {
      this.replaying = false;
    }
  }

  /** Shows the dialog; acts on the person's choice and records it when the dialog closes. */
  private ask(
    boxes: readonly GuardedBox[],
    checks: readonly BoxCheck[],
    stop: Stop,
    settings: PolicySettings,
    replay: () => void,
  ): void {
    this.busy = true;
    const focused = deepActiveElement();
    const focusedBox = boxes.find((b) => focused && (b.element === focused || b.element.contains(focused)));
    // Focus goes back where it was: the box with its caret exactly, or the control that was clicked.
    const restoreFocus = focusedBox
      ? focusedBox.box.driver.saveSelection()
      : () => (focused as HTMLElement | null)?.focus?.({ preventScroll: true });
    const textOf = new Map(stop.findings.map((f) => [f, checks.find((c) => c.findings.includes(f))!.text]));
    const { audit } = settings;
    this.dialog = openSendDialog({
      stop,
      quoteOf: (f) => quote(textOf.get(f) ?? '', f),
      justifications: settings.enforcement.justifications,
      auditNotice: audit.enabled
        ? t(audit.storeExcerpt ? 'guard_auditNoticeExcerpt' : 'guard_auditNotice')
        : null,
      onClose: (choice: Choice) => {
        this.dialog?.close();
        this.dialog = null;
        this.busy = false;
        if (choice.decision === 'fix') {
          const first = stop.findings[0]!;
          boxes[checks.findIndex((c) => c.findings.includes(first))]?.box.jumpTo(first);
        } else {
          restoreFocus();
        }
        if (choice.decision === 'post-anyway') {
          this.pass = {
            texts: new Map(boxes.map((b, i) => [b.box, checks[i]!.text])),
            until: performance.now() + OVERRIDE_PASS_MS,
          };
          this.replay(replay);
        }
        const excerpt = audit.storeExcerpt ? sendExcerpt(checks) : undefined;
        this.env.record(decisionRecord(this.env.site, stop, choice, excerpt));
      },
    });
  }
}
