import { defineAdapter } from './types';

// Seen on facebook.com: the "Create post" dialog and comment boxes are Lexical
// editors: div[role="textbox"][contenteditable="true"][data-lexical-editor="true"].
// The dialog posts with div[aria-label="Post"][role="button"] only (Enter is a new
// line there); a comment box sits in a <form> and Enter sends it (Shift+Enter is a
// new line), as does its div[aria-label="Comment"][role="button"].
const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export default defineAdapter({
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  boxes: [
    {
      selector: `form ${LEXICAL}`,
      editor: 'lexical',
      purpose: 'comment',
      send: {
        container: 'form',
        controls: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]',
        shortcuts: ['Enter'],
      },
    },
    {
      selector: LEXICAL,
      editor: 'lexical',
      purpose: 'post',
      send: {
        container: '[role="dialog"]',
        controls: '[role="button"][aria-label="Post"]',
        shortcuts: [],
      },
    },
  ],
});
