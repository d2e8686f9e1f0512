import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'connect with postgres://user:password@localhost:5432/app as in the README',
    'the docs use mysql://USER:<password>@host:3306/db as a template',
    'ssh deploy@203.0.113.10 -p 2222 then run the migration',
    'clone https://github.com/acme-oss/toolkit.git, not the fork',
  ],
  invalid: [
    {
      text: 'worker cannot reach mongodb+srv://svc_ingest:Lp9!qRt2vZ@cluster7.a1b2c.mongodb.net/events, any idea?',
      found: ['Lp9!qRt2vZ'],
      severity: 'block',
      suggestion: '[removed]',
    },
    { text: 'REDIS_URL=redis://:Sup3rS3cret9@cache-01:6379/0', found: ['Sup3rS3cret9'] },
    { text: 'amqp://guest:w4rren-Pe4ce@10.0.3.7:5672/ is what the consumer uses', found: ['w4rren-Pe4ce'] },
  ],
});
