import { testRule } from '../../testing/rule-tester';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYzEyMyJ9.eyJzdWIiOiI5ODc2NTQiLCJuYW1lIjoiSmFuZSIsImlhdCI6MTcxMDAwMDAwMH0.kT3yQm9v2XcL8pA1sZ7wN4bR6uE0fH5jD2gK9iV3oMq';

testRule(import.meta.url, {
  valid: [
    'JWTs are just base64 JSON with a signature, decode one at jwt.io sometime',
    'the header always starts with eyJ because that is {" in base64',
  ],
  invalid: [
    { text: `token from the login call: ${JWT}`, found: [JWT], severity: 'block', suggestion: '[removed]' },
    { text: `Authorization: Bearer ${JWT}\nAccept: */*`, found: [JWT] },
    { text: `"id_token":"${JWT}"`, found: [JWT] },
  ],
});
