import { defineAdapter } from './types';

// Seen on facebook.com: the "Create post" dialog and comment boxes are Lexical
// editors: div[role="textbox"][contenteditable="true"][data-lexical-editor="true"].
export default defineAdapter({
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  boxes: [
    {
      selector: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      editor: 'lexical',
      purpose: 'post',
    },
  ],
});
