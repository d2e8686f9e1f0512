import { defineAdapter } from './types';

// Seen on instagram.com: comments are a React-controlled
// <textarea aria-label="Add a comment…"> in a <form> whose div[role="button"] "Post"
// sends, and so does Enter (Shift+Enter is a new line). The caption of a new post is
// a Lexical editor in the "Create new post" dialog, shared with its "Share" button.
export default defineAdapter({
  hosts: ['www.instagram.com', 'instagram.com'],
  boxes: [
    {
      selector: 'form textarea[aria-label^="Add a comment"]',
      editor: 'textarea',
      purpose: 'comment',
      send: {
        container: 'form',
        // The form has other div[role=button]s (the emoji picker): the text tells "Post" apart.
        controls: 'div[role="button"], button[type="submit"]',
        controlTexts: ['Post'],
        shortcuts: ['Enter'],
      },
    },
    {
      selector: '[contenteditable="true"][data-lexical-editor="true"]',
      editor: 'lexical',
      purpose: 'post',
      send: {
        container: '[role="dialog"]',
        controls: 'div[role="button"], button',
        controlTexts: ['Share'],
        shortcuts: [],
      },
    },
  ],
});
