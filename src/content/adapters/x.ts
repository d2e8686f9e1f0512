import { defineAdapter } from './types';

// Seen on x.com (2024–2026): the composer is a Draft.js editor inside
// div[data-testid="tweetTextarea_0"] (…_1, … for threads and replies), in the
// home timeline, the /compose/post dialog and reply dialogs.
export default defineAdapter({
  hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
  boxes: [
    {
      selector: '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
      editor: 'draft',
      purpose: 'post',
    },
    {
      selector: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
      editor: 'draft',
      purpose: 'post',
    },
  ],
  maxLength: 280,
});
