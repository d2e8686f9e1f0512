import { defineAdapter } from './types';

// Seen on threads.net / threads.com: the composer and replies are Lexical editors
// (aria-label "Empty text field. Type to compose a new post." while empty).
export default defineAdapter({
  hosts: ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'],
  boxes: [
    { selector: '[contenteditable="true"][data-lexical-editor="true"]', editor: 'lexical', purpose: 'post' },
  ],
});
