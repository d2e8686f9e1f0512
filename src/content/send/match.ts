/**
 * Which compose boxes an event sends, from the adapters' send specs: a click (or
 * keyboard activation) of a send control inside a box's container, or a send
 * shortcut typed in a box. Reads the DOM only.
 */
import type { SendShortcut, SendSpec } from '../adapters/types';

export interface SendableBox<B = unknown> {
  element: HTMLElement;
  send: SendSpec;
  box: B;
}

/** `closest()` that continues from a shadow root to its host. */
function composedClosest(el: Element, selector: string): Element | null {
  const found = el.closest(selector);
  if (found) return found;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? composedClosest(root.host, selector) : null;
}

function matchesControl(el: Element, send: SendSpec): boolean {
  if (!el.matches(send.controls)) return false;
  if (!send.controlTexts) return true;
  const texts = [el.textContent?.trim(), el.getAttribute('aria-label')?.trim()];
  return texts.some((text) => text !== undefined && send.controlTexts!.includes(text));
}

/** A disabled control does nothing on the site, so it is not a send. */
function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/** A native control that the browser activates with a click event (Enter/Space included). */
export function firesClickOnKeys(el: Element): boolean {
  return (
    el instanceof HTMLButtonElement || (el instanceof HTMLInputElement && /^(submit|button)$/.test(el.type))
  );
}

/**
 * The send control on an event's composed path and the guarded boxes it sends: every box
 * whose container is the control's own nearest container (a thread's boxes go out together;
 * a dialog's button does not send the composer behind the dialog). Null when the event did
 * not hit an enabled send control of a guarded box.
 */
export function boxesSentByControl<B>(
  path: readonly EventTarget[],
  boxes: readonly SendableBox<B>[],
): { control: HTMLElement; boxes: SendableBox<B>[] } | null {
  const elements = path.filter((t): t is HTMLElement => t instanceof HTMLElement);
  for (const el of elements) {
    const sent = boxes.filter((b) => {
      if (!matchesControl(el, b.send)) return false;
      const container = composedClosest(b.element, b.send.container);
      return container !== null && composedClosest(el, b.send.container) === container;
    });
    if (sent.length) return isDisabled(el) ? null : { control: el, boxes: sent };
  }
  return null;
}

/**
 * A send control on the path that matches a guarded box's spec but lies in no box's
 * container: the site's DOM no longer looks as the adapter expects, and the guard cannot
 * tell which box the control sends.
 */
export function unattributedControl<B>(
  path: readonly EventTarget[],
  boxes: readonly SendableBox<B>[],
): HTMLElement | null {
  for (const el of path) {
    if (el instanceof HTMLElement && boxes.some((b) => matchesControl(el, b.send) && !isDisabled(el)))
      return el;
  }
  return null;
}

/** The guarded box an event happened in (its target is the box or inside it). */
export function boxAt<B>(
  target: EventTarget | undefined,
  boxes: readonly SendableBox<B>[],
): SendableBox<B> | null {
  if (!(target instanceof Node)) return null;
  return boxes.find((b) => b.element === target || b.element.contains(target)) ?? null;
}

/** Whether a keydown is one of the box's send shortcuts (never while an IME composes). */
export function isSendShortcut(e: KeyboardEvent, shortcuts: readonly SendShortcut[]): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey) return false;
  return shortcuts.includes(e.ctrlKey || e.metaKey ? 'Mod+Enter' : 'Enter');
}

/** Enter or Space with no modifier: the keys that activate a focused button. */
export function isActivationKey(e: KeyboardEvent): boolean {
  return (e.key === 'Enter' || e.key === ' ') && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
}
