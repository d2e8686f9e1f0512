/**
 * Finds the compose boxes of the current site — at start, when the page changes
 * (dialogs, SPA navigation, boxes that appear after a click) and when an
 * editable element gets focus — and keeps one guard per box.
 */
import type { BoxSpec, SiteAdapter } from './adapters/types';
import { EDITORS } from './editors/index';
import { Guard, type GuardEnvironment } from './guard';
import type { GuardedBox } from './send/send-guard';

const SCAN_THROTTLE_MS = 300;

export class BoxWatcher {
  private readonly guards = new Map<HTMLElement, Guard>();
  private readonly specs = new Map<Guard, BoxSpec>();
  private readonly selector: string;
  private observer: MutationObserver | null = null;
  /** One per run: the watcher is stopped while the site is paused and started again on resume. */
  private abort: AbortController | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private lastScan = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly env: GuardEnvironment,
  ) {
    this.selector = adapter.boxes.map((b) => b.selector).join(', ');
  }

  get running(): boolean {
    return this.abort !== null;
  }

  start(): void {
    if (this.abort) return;
    this.abort = new AbortController();
    this.scan();
    this.observer = new MutationObserver(() => this.scanSoon());
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    // A box that gets focus is guarded at once, without waiting for the throttled scan.
    document.addEventListener(
      'focusin',
      (e) => {
        const target = e.composedPath()[0];
        if (target instanceof HTMLElement && !this.guards.has(target) && target.matches(this.selector))
          this.scan();
      },
      { capture: true, passive: true, signal: this.abort.signal },
    );
  }

  get count(): number {
    return this.guards.size;
  }

  /** The guarded boxes and how each is sent, for the send guard. */
  sendableBoxes(): GuardedBox[] {
    return [...this.specs].map(([guard, spec]) => ({ element: guard.element, send: spec.send, box: guard }));
  }

  /** Findings shown across all guarded boxes, and how many of them block posting. */
  findingCounts(): { total: number; blocking: number } {
    let total = 0;
    let blocking = 0;
    for (const guard of this.guards.values()) {
      const counts = guard.findingCounts;
      total += counts.total;
      blocking += counts.blocking;
    }
    return { total, blocking };
  }

  private scanSoon(): void {
    if (this.scanTimer) return;
    const wait = Math.max(0, SCAN_THROTTLE_MS - (Date.now() - this.lastScan));
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, wait);
  }

  private roots(): ParentNode[] {
    const roots: ParentNode[] = [document];
    for (const tag of this.adapter.shadowHosts ?? []) {
      for (const host of document.querySelectorAll(tag)) if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    return roots;
  }

  private specFor(el: HTMLElement): BoxSpec | undefined {
    return this.adapter.boxes.find((b) => el.matches(b.selector));
  }

  scan(): void {
    if (!this.running) return;
    this.lastScan = Date.now();
    for (const [el, guard] of this.guards) {
      if (!el.isConnected) {
        guard.destroy();
        this.guards.delete(el);
        this.specs.delete(guard);
      }
    }
    for (const root of this.roots()) {
      for (const el of root.querySelectorAll<HTMLElement>(this.selector)) {
        if (this.guards.has(el) || el.closest('[data-postguard-host]')) continue;
        // An editor nested in an already guarded box (e.g. a wrapper matched too) is not guarded twice.
        if ([...this.guards.keys()].some((g) => g.contains(el) || el.contains(g))) continue;
        const spec = this.specFor(el);
        if (!spec) continue;
        const guard = new Guard(EDITORS[spec.editor].create(el), this.env);
        this.guards.set(el, guard);
        this.specs.set(guard, spec);
      }
    }
  }

  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    for (const guard of this.guards.values()) guard.destroy();
    this.guards.clear();
    this.specs.clear();
  }
}
