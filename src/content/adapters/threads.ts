import { defineAdapter } from './types';

// Seen on threads.net / threads.com: the composer and replies are Lexical editors
// (aria-label "Empty text field. Type to compose a new post." while empty) in the
// "New thread" dialog, whose div[role="button"] "Post" publishes; Ctrl/Cmd+Enter
// publishes too (Enter is a new line). Class names are obfuscated, so the button
// is told apart by its text.
export default defineAdapter({
  hosts: ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'],
  boxes: [
    {
      selector: '[contenteditable="true"][data-lexical-editor="true"]',
      editor: 'lexical',
      purpose: 'post',
      send: {
        container: '[role="dialog"]',
        controls: 'div[role="button"]',
        controlTexts: ['Post'],
        shortcuts: ['Mod+Enter'],
      },
    },
  ],
});
