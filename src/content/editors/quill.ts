/** Quill (LinkedIn): the editable root is `.ql-editor`; its placeholder is a CSS ::before, not text. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

export const quill: EditorKindSpec = {
  kind: 'quill',
  rootSelector: '.ql-editor[contenteditable="true"]',
  create: (root) => contentEditableDriver('quill', root),
};
