import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Key takeaway: ship small changes, consistently.',
    'primary key: id, foreign key: user_id',
    'api_key = os.environ["API_KEY"]',
    'export API_KEY=<your-key-here>',
    // a shell variable, written as people paste it
    'token: ${GITHUB_TOKEN}',
    'SECRET_KEY_BASE=changeme',
    'monkey: 12bananas4u',
    'sort key: 2024-06-14',
    'session_token: 20240614-abc',
    'PASSWORD_MIN_LENGTH=12 and TOKEN_TTL=3600',
  ],
  invalid: [
    {
      text: 'MAPS_API_KEY=dbad3c681d06bd2aa399dac946dc59c0 in my .env, is that ok to share?',
      found: ['dbad3c681d06bd2aa399dac946dc59c0'],
      severity: 'block',
      suggestion: '[removed]',
    },
    { text: '{"clientSecret": "zvr3e9XrwPGzR1Iv8bh4qlL9qcgM"}', found: ['zvr3e9XrwPGzR1Iv8bh4qlL9qcgM'] },
    { text: "auth_token = 'tsnBYLMPuDCCRnGEY59YVkQfsG'", found: ['tsnBYLMPuDCCRnGEY59YVkQfsG'] },
    {
      text: 'curl https://api.example.com/v1/items?access_token=9f8e7d6c5b4a3928',
      found: ['9f8e7d6c5b4a3928'],
    },
    { text: 'X-Api-Key: q8W2eR5tY9uI3oP7aS1d', found: ['q8W2eR5tY9uI3oP7aS1d'] },
  ],
});
