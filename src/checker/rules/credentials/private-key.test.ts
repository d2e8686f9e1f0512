import { testRule } from '../../testing/rule-tester';

const BODY1 = 'MIIEpAIBAAKCAQEAq8m3Yv0hR2wXk9TQpN4sJ7uLzF1cB6eD8gH3iK5mO7qS9tU1';
const BODY2 = 'vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3';

testRule(import.meta.url, {
  valid: [
    'Never paste the file that starts with -----BEGIN RSA PRIVATE KEY----- anywhere, share the .pub one.',
    'my public key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq9Vk3nP2sT8wX5yZ1aB4cD6eF8gH0iJ2kL4mN6oP8q me@laptop',
  ],
  invalid: [
    {
      text: `is this key broken?\n-----BEGIN RSA PRIVATE KEY-----\n${BODY1}\n${BODY2}\n-----END RSA PRIVATE KEY-----\nthanks`,
      found: [`-----BEGIN RSA PRIVATE KEY-----\n${BODY1}\n${BODY2}\n-----END RSA PRIVATE KEY-----`],
      severity: 'block',
      suggestion: '[removed]',
    },
    {
      text: `first lines only:\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY1}\n${BODY2}\n\nwhat format is this?`,
      found: [`-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY1}\n${BODY2}`],
    },
    {
      text: `-----BEGIN PRIVATE KEY----- ${BODY1} ${BODY2} -----END PRIVATE KEY-----`,
      found: [`-----BEGIN PRIVATE KEY----- ${BODY1} ${BODY2} -----END PRIVATE KEY-----`],
    },
  ],
});
