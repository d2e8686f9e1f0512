/** Draft.js (X): the editable root is `.public-DraftEditor-content`; blocks are `[data-block]` divs. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

export const draft: EditorKindSpec = {
  kind: 'draft',
  rootSelector: '.public-DraftEditor-content[contenteditable="true"]',
  create: (root) => contentEditableDriver('draft', root),
};
