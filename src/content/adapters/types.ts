import type { EditorKind } from '../editors/types';

export interface BoxSpec {
  /** Selector of the editable element (a textarea or a contenteditable root). */
  selector: string;
  editor: EditorKind;
  /** What the box is for, shown nowhere but useful to tests and to the send guard. */
  purpose: 'post' | 'reply' | 'comment' | 'message';
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
