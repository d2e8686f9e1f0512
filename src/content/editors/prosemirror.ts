/** ProseMirror and TipTap (Bluesky): the editable root is `.ProseMirror`. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

// prosemirror-history merges steps within `newGroupDelay` (500 ms by default).
const UNDO_GROUP_MS = 500;

export const prosemirror: EditorKindSpec = {
  kind: 'prosemirror',
  rootSelector: '.ProseMirror[contenteditable="true"]',
  create: (root) => contentEditableDriver('prosemirror', root, UNDO_GROUP_MS),
};
