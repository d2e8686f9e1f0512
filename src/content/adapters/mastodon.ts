import { defineAdapter } from './types';

// Seen on Mastodon 4.x (mastodon.social and other instances): the compose form is
// form.compose-form with a React-controlled textarea.autosuggest-textarea__textarea.
// Other instances are served when the person adds them (optional host permission).
export default defineAdapter({
  hosts: ['mastodon.social'],
  boxes: [
    { selector: 'textarea.autosuggest-textarea__textarea', editor: 'textarea', purpose: 'post' },
    { selector: 'form.compose-form textarea', editor: 'textarea', purpose: 'post' },
  ],
  maxLength: 500,
});
