import { defineAdapter } from './types';

// Seen on youtube.com: the comment box appears only after clicking the placeholder
// (#placeholder-area in ytd-comment-simplebox-renderer); it is a plain
// contenteditable div#contenteditable-root inside ytd-commentbox, sent by
// "#submit-button button" ("Comment" / "Reply"). Enter is a new line and no key
// sends the comment.
export default defineAdapter({
  hosts: ['www.youtube.com', 'm.youtube.com', 'youtube.com'],
  boxes: [
    {
      selector: '#contenteditable-root[contenteditable="true"]',
      editor: 'plain',
      purpose: 'comment',
      send: { container: 'ytd-commentbox', controls: '#submit-button button', shortcuts: [] },
    },
  ],
});
