/** Quill (LinkedIn): the editable root is `.ql-editor`; its placeholder is a CSS ::before, not text. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

// Quill's history module merges changes made within `delay` (1000 ms by default).
const UNDO_GROUP_MS = 1000;

export const quill: EditorKindSpec = {
  kind: 'quill',
  rootSelector: '.ql-editor[contenteditable="true"]',
  create: (root) => contentEditableDriver('quill', root, UNDO_GROUP_MS),
};
