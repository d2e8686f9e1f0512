import { defineAdapter } from './types';

// Seen on reddit.com: comment and post composers are <shreddit-composer> custom
// elements hosting a Lexical editor (slotted, in the light DOM). Old reddit uses a
// plain textarea in .usertext-edit; the 2018 redesign used Draft.js.
export default defineAdapter({
  hosts: ['.reddit.com'],
  boxes: [
    {
      selector: 'shreddit-composer [contenteditable="true"][data-lexical-editor="true"]',
      editor: 'lexical',
      purpose: 'comment',
    },
    { selector: '.usertext-edit textarea', editor: 'textarea', purpose: 'comment' },
    { selector: '.public-DraftEditor-content[contenteditable="true"]', editor: 'draft', purpose: 'post' },
  ],
  shadowHosts: ['shreddit-composer', 'faceplate-form'],
});
