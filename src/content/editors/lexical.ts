/** Lexical (Facebook, Threads, Instagram posts, Reddit's shreddit-composer): root carries `data-lexical-editor`. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

export const lexical: EditorKindSpec = {
  kind: 'lexical',
  rootSelector: '[data-lexical-editor="true"][contenteditable="true"]',
  create: (root) => contentEditableDriver('lexical', root),
};
