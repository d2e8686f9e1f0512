import { defineAdapter } from './types';

// Seen on bsky.app: the composer (div[data-testid="composePostView"]) is a TipTap /
// ProseMirror editor: div.ProseMirror[contenteditable="true"]. It publishes with
// button[data-testid="composerPublishBtn"] or Ctrl/Cmd+Enter (Enter is a new line).
export default defineAdapter({
  hosts: ['bsky.app'],
  boxes: [
    {
      selector: '.ProseMirror[contenteditable="true"]',
      editor: 'prosemirror',
      purpose: 'post',
      send: {
        container: '[data-testid="composePostView"], [role="dialog"]',
        controls: 'button[data-testid="composerPublishBtn"]',
        shortcuts: ['Mod+Enter'],
      },
    },
  ],
  maxLength: 300,
});
