/** Draft.js (X): the editable root is `.public-DraftEditor-content`; blocks are `[data-block]` divs. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

// The browser's own undo stack (or the editor's) makes each fix its own step.
const UNDO_GROUP_MS = 0;

export const draft: EditorKindSpec = {
  kind: 'draft',
  rootSelector: '.public-DraftEditor-content[contenteditable="true"]',
  create: (root) => contentEditableDriver('draft', root, UNDO_GROUP_MS),
};
