import { defineAdapter } from './types';

// Seen on linkedin.com: the share box (div.share-creation-state__text-editor) and
// the comment boxes (.comments-comment-box) are Quill editors: div.ql-editor.
export default defineAdapter({
  hosts: ['www.linkedin.com', 'linkedin.com'],
  boxes: [{ selector: '.ql-editor[contenteditable="true"]', editor: 'quill', purpose: 'post' }],
});
