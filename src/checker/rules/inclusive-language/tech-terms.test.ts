import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'finished the last season of The Blacklist and I have questions',
    "Finally finished my Master's in Statistics",
    'watched a masterclass on data storytelling',
    'the black cat sleeps on my white keyboard',
    'use a blocklist for the scraper ranges and an allowlist for partners',
    'crash test dummies are weirdly fascinating',
    'TIL most database docs have renamed "master/slave" replication to "primary/replica". Good change.',
    'We finally replaced the blacklist with a blocklist in every config',
    'we say allowlist instead of whitelist now',
    'Redis renombró master/slave a primary/replica hace años',
    'Unser Team hat master/slave in primary/replica umbenannt',
    "Le projet a remplacé master/slave par primary/replica, enfin",
  ],
  invalid: [
    { text: 'blacklist the scraper IP ranges at the edge', found: ['blacklist'], suggestion: 'blocklist' },
    { text: 'our firewall whitelists partner IPs', found: ['whitelists'], suggestion: 'allowlists' },
    { text: 'Blacklisted domains are dropped', found: ['Blacklisted'], suggestion: 'Blocklisted' },
    {
      text: 'the old master/slave setup kept failing over',
      found: ['master/slave'],
      suggestion: 'primary/replica',
    },
    { text: 'the redis slave fell behind again', found: ['slave'], suggestion: 'replica' },
    { text: 'merged it into the master branch', found: ['master branch'], suggestion: 'main branch' },
    { text: 'run a sanity check before you merge', found: ['sanity check'], suggestion: 'quick check' },
    { text: 'use a dummy value for the API key in tests', found: ['dummy'], suggestion: 'placeholder' },
    {
      text: 'old customers are grandfathered into the legacy plan',
      found: ['grandfathered'],
      suggestion: 'legacy',
    },
    {
      text: 'the master/slave setup kept failing, so we renamed the cluster',
      found: ['master/slave'],
    },
  ],
});
