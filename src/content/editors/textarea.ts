/**
 * Plain and React-controlled <textarea> boxes (Mastodon, Instagram comments).
 * `execCommand('insertText')` on a focused textarea fires a real `input` event,
 * so React's state and the browser's undo stack both see the change.
 */
import { insertThroughEditor } from './insert';
import type { EditorDriver, EditorKindSpec } from './types';

function textareaDriver(el: HTMLTextAreaElement): EditorDriver {
  const read = () => ({ text: el.value, map: null });
  return {
    kind: 'textarea',
    element: el,
    // The browser's undo stack records each execCommand as its own step.
    undoGroupMs: 0,
    read,
    range: () => null,
    replace(start, end, replacement) {
      return insertThroughEditor(
        el,
        () => el.setSelectionRange(start, end),
        replacement,
        () => el.value,
      );
    },
    select(start, end) {
      el.focus();
      el.setSelectionRange(start, end);
    },
    saveSelection() {
      const { selectionStart, selectionEnd, selectionDirection } = el;
      return () => {
        el.focus({ preventScroll: true });
        el.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
      };
    },
    append(text) {
      const end = el.value.length;
      return insertThroughEditor(
        el,
        () => el.setSelectionRange(end, end),
        text,
        () => el.value,
      );
    },
  };
}

export const textarea: EditorKindSpec = {
  kind: 'textarea',
  rootSelector: 'textarea',
  create: (root) => textareaDriver(root as HTMLTextAreaElement),
};
