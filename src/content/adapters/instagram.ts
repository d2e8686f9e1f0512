import { defineAdapter } from './types';

// Seen on instagram.com: comments are a React-controlled
// <textarea aria-label="Add a comment…">; the caption of a new post is a Lexical editor.
export default defineAdapter({
  hosts: ['www.instagram.com', 'instagram.com'],
  boxes: [
    { selector: 'form textarea[aria-label^="Add a comment"]', editor: 'textarea', purpose: 'comment' },
    { selector: '[contenteditable="true"][data-lexical-editor="true"]', editor: 'lexical', purpose: 'post' },
  ],
});
