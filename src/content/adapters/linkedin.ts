import { defineAdapter } from './types';

// Seen on linkedin.com: the share box (div.share-creation-state__text-editor) and
// the comment boxes (.comments-comment-box) are Quill editors: div.ql-editor.
// The share box posts with button.share-actions__primary-action, a comment with
// button.comments-comment-box__submit-button(--cr); Ctrl/Cmd+Enter posts from the
// box (Enter is a new line in both).
export default defineAdapter({
  hosts: ['www.linkedin.com', 'linkedin.com'],
  boxes: [
    {
      selector: '.ql-editor[contenteditable="true"]',
      editor: 'quill',
      purpose: 'post',
      send: {
        container: '.share-box, .comments-comment-box, form, [role="dialog"]',
        controls: [
          'button.share-actions__primary-action',
          'button.comments-comment-box__submit-button',
          'button.comments-comment-box__submit-button--cr',
        ].join(', '),
        shortcuts: ['Mod+Enter'],
      },
    },
  ],
});
