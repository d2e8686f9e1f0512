import type { EditorKind } from '../editors/types';

/** A key combination that sends a post from inside its box. 'Mod' is Ctrl, or Cmd on macOS. */
export type SendShortcut = 'Enter' | 'Mod+Enter';

/** How a post written in a box is sent, for the send guard (issue #5). */
export interface SendSpec {
  /**
   * The box's nearest ancestor that also holds its send controls (`closest()` from the box):
   * its form, dialog or composer. Every guarded box inside it is sent by its controls.
   */
  container: string;
  /** The Post / Reply / Send controls, matched inside the container. */
  controls: string;
  /**
   * When `controls` is too broad (obfuscated class names, several `div[role=button]`s), the
   * control's visible text must be one of these. The sites' English UI; other languages are
   * caught through the shortcuts only.
   */
  controlTexts?: readonly string[];
  /** Keys that send from inside the box; Enter alone never counts while an IME is composing. */
  shortcuts: readonly SendShortcut[];
}

export interface BoxSpec {
  /** Selector of the editable element (a textarea or a contenteditable root). */
  selector: string;
  editor: EditorKind;
  /** What the box is for, shown nowhere but useful to tests and to the send guard. */
  purpose: 'post' | 'reply' | 'comment' | 'message';
  send: SendSpec;
}

export interface SiteAdapter {
  /** Host names the adapter serves; a leading "." matches any subdomain. */
  hosts: readonly string[];
  /** Compose boxes, most specific first. */
  boxes: readonly BoxSpec[];
  /** The site's length limit for a post, when it has a small one (X: 280). */
  maxLength?: number;
  /** Custom elements whose open shadow roots may hold compose boxes. */
  shadowHosts?: readonly string[];
}

export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
