/** ProseMirror and TipTap (Bluesky): the editable root is `.ProseMirror`. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

export const prosemirror: EditorKindSpec = {
  kind: 'prosemirror',
  rootSelector: '.ProseMirror[contenteditable="true"]',
  create: (root) => contentEditableDriver('prosemirror', root),
};
