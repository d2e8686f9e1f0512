import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'I have OCD and it is not a personality quirk',
    'the senator was a lame duck by then',
    'He was found not guilty by reason of insanity',
    'we watched Psycho for the film club',
    'that was a wild week',
    'My brother is autistic and the best gamer I know.',
    'Proud to march in the gay pride parade with my coworkers',
    "I'm so gay for this new album",
    'The deaf community center is hiring interpreters',
    'My sister is bipolar and has taught me so much about resilience.',
  ],
  invalid: [
    {
      text: 'that meeting was insane. 3 hours, zero decisions',
      found: ['insane'],
      suggestion: 'unbelievable',
    },
    { text: 'the offsite was crazy fun', found: ['crazy'], suggestion: 'wild' },
    { text: 'Crazy week, three launches and a reorg', found: ['Crazy'], suggestion: 'Wild' },
    {
      text: 'the queue grew like crazy after the launch',
      found: ['like crazy'],
      suggestion: 'like wildfire',
    },
    { text: 'our old deploy process was so lame', found: ['lame'], suggestion: 'boring' },
    { text: 'the PM went full psycho on the roadmap', found: ['psycho'], suggestion: 'wild' },
    { text: "I'm so OCD about my dotfiles", found: ['OCD'], suggestion: 'particular' },
    { text: 'the outage crippled checkout for an hour', found: ['crippled'], suggestion: 'disrupted' },
    { text: 'insanely fast queries after the index change', found: ['insanely'], suggestion: 'incredibly' },
    { text: "she's totally schizo about the rota today", found: ['schizo'], suggestion: 'unpredictable' },
    {
      text: "we're all a bit autistic about spreadsheets here",
      found: ['autistic'],
      suggestion: 'particular',
    },
    { text: 'stop spazzing, the deploy is fine', found: ['spazzing'], suggestion: 'flustered' },
    { text: 'my feedback fell on deaf ears again', found: ['fell on deaf ears'], suggestion: 'was ignored' },
    { text: "ugh, that's so gay", found: ['gay'], suggestion: 'annoying' },
    { text: 'this weather is making me bipolar', found: ['bipolar'], suggestion: 'unpredictable' },
  ],
});
