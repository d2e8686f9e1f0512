/** A plain contenteditable with no editor library (YouTube's `#contenteditable-root`). */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

export const plain: EditorKindSpec = {
  kind: 'plain',
  rootSelector: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  create: (root) => contentEditableDriver('plain', root),
};
