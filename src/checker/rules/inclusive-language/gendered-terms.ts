import { capitalizedMidSentence, type Term, termRule } from './_terms';

const WHY = 'assumes the people doing the work are men';

/** Words of API work: next to them "Postman" is the API client, not a mail carrier (folded). */
const API_TALK = /\b(?:apis?|endpoints?|requests?|collections?|curl|https?|headers?|json|graphql|bearer|tokens?|webhooks?|swagger|insomnia)\b/;

/** A job ad just before: "looking for strong, reliable …", "hiring young …" (folded). */
const HIRING_BEFORE =
  /(?:looking for|hiring|seeking|recruiting|wanted):? (?:(?:a|some|more|two|three|few|a few|young|strong|fit|keen|local|reliable|energetic|hard-?working|experienced|good|fresh|motivated|friendly)[ ,]+(?:and )?){0,4}$/;

/** Words of a job ad somewhere around. */
const JOB_AD =
  /(?<![a-z])(?:hiring|hire|jobs?|roles?|positions?|vacanc(?:y|ies)|apply|applicants|candidates|recruit\w*|openings?|salary|wages?|per hour|an hour|shifts?|full-time|part-time)(?![a-z])/;

const terms: Term[] = [
  // A job ad that asks for men: "looking for young, energetic lads", "hiring strong blokes"
  {
    match: '(?:lads|blokes|chaps|fellas|young men|strong men|guys)',
    better: () => ['people', 'staff', 'candidates'],
    why: 'asks for men only in a job ad',
    when: (ctx, start) =>
      HIRING_BEFORE.test(ctx.folded.slice(Math.max(0, start - 80), start)) &&
      JOB_AD.test(ctx.folded.slice(Math.max(0, start - 160), start + 160)),
  },
  // "400 man-hours", "man days", "manhours"
  {
    match: 'man[- ]?(?:hours?|days?|weeks?|months?|years?)',
    better: (m) => [m.replace(/^man[- ]?/, 'person-'), m.replace(/^man[- ]?/, 'work ')],
    why: WHY,
  },
  { match: 'manpower', better: () => ['workforce', 'staffing', 'people'], why: WHY },
  {
    match: 'chairm[ae]n',
    better: (m) => (m.endsWith('men') ? ['chairs', 'chairpeople'] : ['chair', 'chairperson']),
    why: 'assumes the chair is a man',
  },
  {
    match: 'mankind',
    better: () => ['humankind', 'humanity', 'people'],
    why: 'leaves out everyone who is not a man',
  },
  {
    match: 'man-made',
    better: () => ['human-made', 'artificial', 'synthetic'],
    why: 'leaves out everyone who is not a man',
  },
  { match: 'unmanned', better: () => ['uncrewed', 'autonomous'], why: WHY },
  {
    match: 'spokesm[ae]n',
    better: (m) => (m.endsWith('men') ? ['spokespeople'] : ['spokesperson']),
    why: 'assumes the speaker is a man',
  },
  {
    match: 'salesm[ae]n',
    better: (m) => (m.endsWith('men') ? ['salespeople'] : ['salesperson']),
    why: 'assumes the seller is a man',
  },
  {
    match: 'businessm[ae]n',
    better: (m) => (m.endsWith('men') ? ['businesspeople'] : ['businessperson']),
    why: 'assumes the person is a man',
  },
  {
    match: 'firem[ae]n',
    better: (m) => (m.endsWith('men') ? ['firefighters'] : ['firefighter']),
    why: 'assumes firefighters are men',
  },
  {
    match: 'policem[ae]n',
    better: (m) => (m.endsWith('men') ? ['police officers'] : ['police officer']),
    why: 'assumes police officers are men',
  },
  {
    match: 'cameram[ae]n',
    better: (m) => (m.endsWith('men') ? ['camera operators'] : ['camera operator']),
    why: 'assumes the operator is a man',
  },
  {
    match: 'middlem[ae]n',
    better: (m) => (m.endsWith('men') ? ['intermediaries'] : ['intermediary', 'go-between']),
    why: WHY,
  },
  {
    match: '(?:mail|post)m[ae]n',
    better: (m) => (m.endsWith('men') ? ['mail carriers'] : ['mail carrier']),
    why: 'assumes the carrier is a man',
    // "The Postman Always Rings Twice" is a title; Postman next to requests and endpoints is the API tool.
    when: (ctx, start, end) => !capitalizedMidSentence(ctx, start) && !API_TALK.test(ctx.around(start, end, 80)),
  },
  {
    match: 'forem[ae]n',
    better: (m) => (m.endsWith('men') ? ['supervisors'] : ['supervisor']),
    why: WHY,
    // "George Foreman" is a name.
    when: (ctx, start) => !capitalizedMidSentence(ctx, start),
  },
  {
    match: 'stewardess(?:es)?',
    better: (m) => (m.endsWith('es') ? ['flight attendants'] : ['flight attendant']),
    why: 'genders a job',
  },
  {
    match: 'cleaning lad(?:y|ies)',
    better: (m) => (m.endsWith('ies') ? ['cleaners', 'cleaning staff'] : ['cleaner']),
    why: 'genders a job',
  },
  {
    match: 'ladies and gentlemen',
    better: () => ['everyone', 'folks', 'distinguished guests'],
    why: 'leaves out people who are neither',
  },
  // "man the booth" → "staff the booth"
  {
    match: 'man(?:ning|ned)? (?:the|our) (?:booth|desk|phones?|stand|table|station|front desk|hotline)',
    better: (m) => [m === 'manning' ? 'staffing' : m === 'manned' ? 'staffed' : 'staff'],
    why: WHY,
    focus: (m) => [0, m.indexOf(' ')],
  },
];

export default termRule({
  description:
    'Gendered words for work and roles ("man-hours", "manpower", "chairman"), with neutral ones as the fix.',
  terms,
  anchors: [
    'man-',
    'man hour',
    'man day',
    'man week',
    'man month',
    'man year',
    'manhour',
    'manday',
    'manweek',
    'manmonth',
    'manyear',
    'manpower',
    'chairm',
    'mankind',
    'unmanned',
    'spokesm',
    'salesm',
    'businessm',
    'firem',
    'policem',
    'cameram',
    'middlem',
    'man the',
    'man our',
    'manning the',
    'manning our',
    'manned the',
    'manned our',
    'mailm',
    'postm',
    'forem',
    'stewardess',
    'cleaning lad',
    'ladies and',
    'lads',
    'blokes',
    'chaps',
    'fellas',
    'young men',
    'strong men',
    'guys',
  ],
  reach: 30,
  renamed: true,
});
