import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'the intranet was down this morning, back now',
    'I set up a .local domain for my home NAS last weekend',
    'our blog is at https://acme.example/blog and the careers page too',
    'email me at someone@build.corp if the form breaks',
  ],
  invalid: [
    {
      text: 'can someone review https://git.acme.corp/platform/ingest/merge_requests/412 before standup?',
      found: ['https://git.acme.corp/platform/ingest/merge_requests/412'],
      severity: 'block',
      suggestion: '',
    },
    {
      text: 'the new handbook lives at hr.acme.corp/handbook/leave.',
      found: ['hr.acme.corp/handbook/leave'],
    },
    {
      text: 'dashboards: http://grafana.ops.internal:3000/d/latency (VPN needed)',
      found: ['http://grafana.ops.internal:3000/d/latency'],
    },
    {
      text: 'logs are on build-07.lan:8080/job/nightly if anyone wants them',
      found: ['build-07.lan:8080/job/nightly'],
    },
    {
      text: 'psql postgres://reporting@db.intranet/warehouse',
      found: ['postgres://reporting@db.intranet/warehouse'],
    },
  ],
});
