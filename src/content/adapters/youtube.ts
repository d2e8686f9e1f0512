import { defineAdapter } from './types';

// Seen on youtube.com: the comment box appears only after clicking the placeholder
// (#placeholder-area in ytd-comment-simplebox-renderer); it is a plain
// contenteditable div#contenteditable-root inside ytd-commentbox.
export default defineAdapter({
  hosts: ['www.youtube.com', 'm.youtube.com', 'youtube.com'],
  boxes: [{ selector: '#contenteditable-root[contenteditable="true"]', editor: 'plain', purpose: 'comment' }],
});
