import { defineAdapter } from './types';

// Seen on reddit.com: comment and post composers are <shreddit-composer> custom
// elements hosting a Lexical editor (slotted, in the light DOM) and its
// button[slot="submit-button"][type="submit"], which submits the surrounding
// faceplate-form; Ctrl/Cmd+Enter submits too (Enter is a new line). Old reddit uses
// a plain textarea in form.usertext with a "save" submit button and no shortcut; the
// 2018 redesign used Draft.js in a form with a submit button.
export default defineAdapter({
  hosts: ['.reddit.com'],
  boxes: [
    {
      selector: 'shreddit-composer [contenteditable="true"][data-lexical-editor="true"]',
      editor: 'lexical',
      purpose: 'comment',
      send: {
        container: 'shreddit-composer',
        controls: 'button[type="submit"]',
        shortcuts: ['Mod+Enter'],
      },
    },
    {
      selector: '.usertext-edit textarea',
      editor: 'textarea',
      purpose: 'comment',
      send: { container: 'form', controls: 'button[type="submit"]', shortcuts: [] },
    },
    {
      selector: '.public-DraftEditor-content[contenteditable="true"]',
      editor: 'draft',
      purpose: 'post',
      send: { container: 'form, [role="dialog"]', controls: 'button[type="submit"]', shortcuts: [] },
    },
  ],
  shadowHosts: ['shreddit-composer', 'faceplate-form'],
});
