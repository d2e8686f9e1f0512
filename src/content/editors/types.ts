import type { TextMap } from './dom-text';

export const EDITOR_KINDS = ['textarea', 'plain', 'draft', 'lexical', 'quill', 'prosemirror'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/** The text of a compose box at one moment, with its map to DOM positions (contenteditable only). */
export interface Snapshot {
  text: string;
  map: TextMap | null;
}

export interface EditorDriver {
  readonly kind: EditorKind;
  /** The editable element: a <textarea> or the contenteditable root. */
  readonly element: HTMLElement;
  /**
   * How long after a keystroke the editor still merges new edits into the same undo step
   * (Quill: 1 s, ProseMirror: 0.5 s). A fix waits this long after typing so that one undo
   * takes out the fix and nothing the person typed.
   */
  readonly undoGroupMs: number;
  read(): Snapshot;
  /** A DOM range for a span of a snapshot (contenteditable only; textareas are drawn by a mirror). */
  range(snapshot: Snapshot, start: number, end: number): Range | null;
  /** Replaces `[start, end)` through the editor, so its own model and undo history see the change. */
  replace(start: number, end: number, replacement: string): Promise<boolean>;
  /** Inserts text at the end of the post through the editor. */
  append(text: string): Promise<boolean>;
  /** Focuses the box and selects `[start, end)` of its current text (the send guard's "Fix"). */
  select(start: number, end: number): void;
  /**
   * Remembers the box's selection now; the returned function focuses the box and puts the
   * selection back exactly (the send guard's "Cancel" and "Post anyway").
   */
  saveSelection(): () => void;
}

/** What each editor kind file exports: how to find the editable root from a matched element. */
export interface EditorKindSpec {
  kind: EditorKind;
  /** The editable root inside (or at) the element an adapter matched. */
  rootSelector: string;
  create(root: HTMLElement): EditorDriver;
}
