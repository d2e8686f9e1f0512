import type { RuleContext } from '../../context';
import { capitalizedMidSentence, swap, type Term, termRule } from './_terms';

const COLOR = 'ties “bad” to black and “good” to white';
const SLAVERY = 'uses the language of slavery';

/** "The Blacklist" (a TV show) and other titles stay. */
const notATitle = (ctx: RuleContext, start: number): boolean => {
  if (!capitalizedMidSentence(ctx, start)) return true;
  return !/\bthe\s+$/.test(ctx.folded.slice(Math.max(0, start - 5), start));
};

/** Technical nouns that make "master"/"slave" a role in a system. */
const SYSTEM =
  '(?:nodes?|servers?|db|dbs|databases?|replicas?|instances?|hosts?|process(?:es)?|drives?|devices?|clusters?|mode|ports?|machines?|branch)';

const terms: Term[] = [
  {
    match: 'black[- ]?list(?:s|ed|ing)?',
    better: swap(/black[- ]?list/, 'blocklist', 'denylist'),
    why: COLOR,
    when: notATitle,
  },
  {
    match: 'white[- ]?list(?:s|ed|ing)?',
    better: swap(/white[- ]?list/, 'allowlist'),
    why: COLOR,
    when: notATitle,
  },
  { match: 'master\\s?[/-]\\s?slave', better: () => ['primary/replica', 'leader/follower'], why: SLAVERY },
  { match: 'master and slave', better: () => ['primary and replica', 'leader and follower'], why: SLAVERY },
  {
    match: `slaves? ${SYSTEM}`,
    better: swap(/^slave/, 'replica', 'follower'),
    why: SLAVERY,
    focus: (m) => [0, m.indexOf(' ')],
  },
  {
    match: `(?:${SYSTEM.slice(3, -1)}|redis|mysql|postgres|mongo|jenkins) slaves?`,
    better: swap(/slave/, 'replica', 'follower'),
    why: SLAVERY,
    focus: (m) => [m.lastIndexOf(' ') + 1, m.length - m.lastIndexOf(' ') - 1],
  },
  { match: 'master branch', better: () => ['main branch'], why: 'echoes master/slave terminology' },
  {
    match: `master ${SYSTEM}`,
    better: () => ['primary'],
    why: 'echoes master/slave terminology',
    focus: () => [0, 6],
    when: (ctx, start, end) => !/branch$/.test(ctx.folded.slice(start, end)),
  },
  {
    match: 'sanity[- ](?:check(?:s|ed|ing)?|tests?)',
    better: (m) =>
      /test/.test(m)
        ? [m.replace(/sanity[- ]/, 'smoke ')]
        : [m.replace(/sanity[- ]/, 'quick '), m.replace(/sanity[- ]/, 'confidence ')],
    why: 'uses mental health as a measure of correctness',
  },
  {
    match:
      'dumm(?:y|ies) (?:values?|variables?|data|accounts?|users?|text|files?|records?|objects?|entries|entry|endpoints?|functions?|keys?|content|load|rows?|columns?|ids?|emails?|names?|payloads?|tokens?|passwords?|api)',
    better: (m) => [
      m.startsWith('dummies') ? 'placeholders' : 'placeholder',
      m.startsWith('dummies') ? 'samples' : 'sample',
    ],
    why: 'comes from a word for people who cannot speak',
    focus: (m) => [0, m.indexOf(' ')],
  },
  {
    match: 'grandfathered',
    better: () => ['legacy', 'exempted'],
    why: 'comes from laws written to keep Black citizens from voting',
  },
  {
    match: 'grandfather(?:ing)? (?:clauses?|rules?|policy|policies)',
    better: swap(/^grandfather(?:ing)?/, 'legacy'),
    why: 'comes from laws written to keep Black citizens from voting',
  },
];

export default termRule({
  description:
    'Technical terms with a better alternative ("blacklist" → "blocklist", "master/slave" → "primary/replica", "sanity check", "dummy value", "grandfathered").',
  terms,
  anchors: ['black', 'white', 'master', 'slave', 'sanity', 'dumm', 'grandfather'],
  reach: 30,
  renamed: true,
});
