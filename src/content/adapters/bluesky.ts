import { defineAdapter } from './types';

// Seen on bsky.app: the composer (div[data-testid="composePostView"]) is a TipTap /
// ProseMirror editor: div.ProseMirror[contenteditable="true"].
export default defineAdapter({
  hosts: ['bsky.app'],
  boxes: [{ selector: '.ProseMirror[contenteditable="true"]', editor: 'prosemirror', purpose: 'post' }],
  maxLength: 300,
});
