/** The shared driver for contenteditable editors; the kind files add only what differs. */
import { rangeFor, readDomText, type TextMap } from './dom-text';
import { insertThroughEditor } from './insert';
import type { EditorDriver, EditorKind, Snapshot } from './types';

function selectRange(range: Range): void {
  const selection = window.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A collapsed range at the end of the post's last text (inside its last paragraph, before any placeholder <br>). */
function endRange(root: HTMLElement, map: TextMap): Range {
  const range = document.createRange();
  const last = [...map.segments].reverse().find((s) => s.kind !== 'break');
  if (last?.kind === 'text') range.setStart(last.node, (last.node as Text).data.length);
  else if (last) range.setStartAfter(last.node);
  else {
    // Empty editor: the first (empty) paragraph, or the root itself.
    let node: Node = root;
    while (
      node.firstChild &&
      node.firstChild.nodeType === Node.ELEMENT_NODE &&
      node.firstChild.nodeName !== 'BR'
    ) {
      node = node.firstChild;
    }
    range.setStart(node, 0);
  }
  range.collapse(true);
  return range;
}

/** A caret at text offset `offset`, or null when the offset is not inside a text node. */
function collapsedRange(map: TextMap, offset: number): Range | null {
  const range = offset > 0 ? rangeFor(map, offset - 1, offset) : rangeFor(map, 0, 1);
  range?.collapse(offset === 0);
  return range;
}

export function contentEditableDriver(
  kind: EditorKind,
  root: HTMLElement,
  undoGroupMs: number,
): EditorDriver {
  const read = (): Snapshot => {
    const map = readDomText(root);
    return { text: map.text, map };
  };
  return {
    kind,
    element: root,
    undoGroupMs,
    read,
    range(snapshot, start, end) {
      return snapshot.map ? rangeFor(snapshot.map, start, end) : null;
    },
    async replace(start, end, replacement) {
      const snapshot = read();
      const range = snapshot.map && rangeFor(snapshot.map, start, end);
      if (!range) return false;
      return insertThroughEditor(
        root,
        () => selectRange(range),
        replacement,
        () => read().text,
      );
    },
    select(start, end) {
      root.focus();
      const { map } = read();
      const range = map && (start === end ? collapsedRange(map, start) : rangeFor(map, start, end));
      if (range) selectRange(range);
    },
    saveSelection() {
      const selection = window.getSelection();
      const saved = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      const inside = saved && root.contains(saved.startContainer) && root.contains(saved.endContainer);
      return () => {
        root.focus({ preventScroll: true });
        if (inside) selectRange(saved);
      };
    },
    async append(text) {
      const { map } = read();
      return insertThroughEditor(
        root,
        () => selectRange(endRange(root, map!)),
        text,
        () => read().text,
      );
    },
  };
}
