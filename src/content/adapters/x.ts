import { defineAdapter, type SendSpec } from './types';

// Seen on x.com (2024–2026): the composer is a Draft.js editor inside
// div[data-testid="tweetTextarea_0"] (…_1, … for threads and replies), in the
// home timeline, the /compose/post dialog and reply dialogs. The inline composer
// posts with button[data-testid="tweetButtonInline"], dialogs with
// button[data-testid="tweetButton"] (which sends every box of a thread at once);
// Ctrl/Cmd+Enter posts from the box, Enter is a new line.
const send: SendSpec = {
  container: '[role="dialog"], [data-testid="primaryColumn"]',
  controls: 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]',
  shortcuts: ['Mod+Enter'],
};

export default defineAdapter({
  hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
  boxes: [
    {
      selector: '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
      editor: 'draft',
      purpose: 'post',
      send,
    },
    {
      selector: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
      editor: 'draft',
      purpose: 'post',
      send,
    },
  ],
  maxLength: 280,
});
