/** A plain contenteditable with no editor library (YouTube's `#contenteditable-root`). */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

// The browser's own undo stack (or the editor's) makes each fix its own step.
const UNDO_GROUP_MS = 0;

export const plain: EditorKindSpec = {
  kind: 'plain',
  rootSelector: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  create: (root) => contentEditableDriver('plain', root, UNDO_GROUP_MS),
};
