import type { RuleContext } from '../../context';
import { atSentenceStart, capitalizedMidSentence, type Term, termRule } from './_terms';

/** Words that open a greeting or a thanks to a group: "hey guys", "thanks guys", "morning guys". */
const OPENER =
  "(?:hey|hi|hello|hiya|yo|sup|morning|good morning|evening|good evening|night|good night|goodnight|thanks|thank you|thx|ty|ok|okay|alright|all right|come on|c'mon|sorry|welcome|congrats|congratulations|cheers|love you|miss you|bye|see you|see ya|later|happy [a-z]+|ready|listen|guess what|so|well|oh|omg|wow|what's up|whats up|howdy|heya|heads up|quick question|psa|fyi|reminder|attention|listen up|update)";
const ENDS = '(?=\\s*(?:[.,!?;:)]|$|[^\\x00-\\x7f]))';

/** "Guys and Dolls" (the musical) and other titles: capitalized mid-sentence. */
const notATitle = (ctx: RuleContext, _start: number, end: number): boolean => {
  const guys = ctx.folded.lastIndexOf('guys', end);
  return !capitalizedMidSentence(ctx, guys) && !/^\s+and\s+dolls/.test(ctx.folded.slice(end, end + 12));
};

const WHY = 'addresses a mixed group as men';

const terms: Term[] = [
  // "hey guys", "thanks, guys", "morning guys!"
  {
    match: `${OPENER},? guys`,
    better: () => ['everyone', 'all', 'folks', 'team'],
    why: WHY,
    when: notATitle,
    focus: (m) => [m.length - 4, 4],
  },
  // "you guys", "all you guys", "what do you guys think"
  {
    match: '(?:all )?you guys',
    better: (m) => (m.startsWith('all') ? ['all of you', 'everyone'] : ['you all', 'all of you', 'everyone']),
    why: WHY,
    when: notATitle,
  },
  // "Guys, quick question" — at the start of a sentence
  {
    match: `guys${ENDS}`,
    better: () => ['everyone', 'all', 'folks', 'team'],
    why: WHY,
    when: (ctx, start) => {
      const before = ctx.folded.slice(Math.max(0, start - 3), start);
      return atSentenceStart(ctx, start) || /,\s*$/.test(before);
    },
  },
  // French: "salut les gars", "merci les gars"
  {
    match:
      '(?:salut|coucou|bonjour|bonsoir|merci|hello|hey|allez|bravo|bonne nuit|bonne journee|ca va|allo|yo|alors),? les gars',
    better: () => ['tout le monde', "l'équipe"],
    why: WHY,
    focus: (m) => [m.length - 8, 8],
  },
  {
    match: `les gars${ENDS}`,
    better: () => ['tout le monde'],
    why: WHY,
    when: (ctx, s) => atSentenceStart(ctx, s),
  },
  // Spanish: "hola chicos", "gracias chicos"
  {
    match: '(?:hola|buenas|buenos dias|buenas tardes|buenas noches|gracias|hey|venga|vamos|bueno),? chicos',
    better: () => ['a todos', 'gente', 'equipo'],
    why: WHY,
    focus: (m) => [m.length - 6, 6],
  },
  // German: "hallo Jungs", "danke Jungs"
  {
    match: '(?:hallo|hi|hey|moin|servus|danke|na|morgen|guten morgen|tschuss),? jungs',
    better: () => ['Leute', 'alle', 'Team'],
    why: WHY,
    focus: (m) => [m.length - 5, 5],
  },
  // Portuguese: "oi rapazes", "valeu meninos"
  {
    match: '(?:oi|ola|bom dia|boa tarde|boa noite|valeu|obrigad[oa]|e ai|fala|bora),? (?:rapazes|meninos)',
    better: () => ['pessoal', 'galera', 'equipe'],
    why: WHY,
    focus: (m) => [m.lastIndexOf(' ') + 1, m.length - m.lastIndexOf(' ') - 1],
  },
];

export default termRule({
  description:
    'Addressing a group as "guys" ("hey guys", "you guys"; "les gars", "chicos", "Jungs"), with a neutral word as the fix.',
  terms,
  anchors: ['guys', 'gars', 'chicos', 'jungs', 'rapazes', 'meninos'],
  reach: 15,
  before: 35,
});
