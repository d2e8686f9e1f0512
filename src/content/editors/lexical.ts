/** Lexical (Facebook, Threads, Instagram posts, Reddit's shreddit-composer): root carries `data-lexical-editor`. */
import { contentEditableDriver } from './contenteditable';
import type { EditorKindSpec } from './types';

// Lexical's history merges edits within its delay (the sites pass up to ~1 s).
const UNDO_GROUP_MS = 1000;

export const lexical: EditorKindSpec = {
  kind: 'lexical',
  rootSelector: '[data-lexical-editor="true"][contenteditable="true"]',
  create: (root) => contentEditableDriver('lexical', root, UNDO_GROUP_MS),
};
