import { defineAdapter, type SendSpec } from './types';

// Seen on Mastodon 4.x (mastodon.social and other instances): the compose form is
// form.compose-form with a React-controlled textarea.autosuggest-textarea__textarea
// and a button[type="submit"] "Post"; Ctrl/Cmd+Enter in the textarea submits
// (ComposeForm#handleKeyDown), Enter is a new line.
// Other instances are served when the person adds them (optional host permission).
const send: SendSpec = { container: 'form', controls: 'button[type="submit"]', shortcuts: ['Mod+Enter'] };

export default defineAdapter({
  hosts: ['mastodon.social'],
  boxes: [
    { selector: 'textarea.autosuggest-textarea__textarea', editor: 'textarea', purpose: 'post', send },
    { selector: 'form.compose-form textarea', editor: 'textarea', purpose: 'post', send },
  ],
  maxLength: 500,
});
