import { defineRule } from '../../kinds/rule';
import { hasWord, wordGroup } from '../_shared/biz-words';
import { anyWithin, B, E, employerMentions, Gated, negatedBefore, sentenceAround } from '../_shared/org-voice';

/**
 * A political position taken in the organization's name: "at <employer> we're all voting yes on
 * the referendum, and you should too", "we at <employer> endorse the candidate", "<employer>
 * backs Measure B", "en <employer> votamos todos sí", "bei <employer> stimmen wir mit Ja",
 * "chez <employer> on vote tous oui", "na <employer> votamos sim". A personal vote ("I'm voting
 * yes") is the author's own business; it is the company's voice that needs approval.
 */
const POLITICAL =
  "(?:petition|rally|boycott|walkout|strikers|(?:the |a |their |this )?strike|striking (?:[a-z-]+ ){0,2}(?:workers|nurses|teachers|staff|employees|drivers|pilots|crews?|union members|rangers|miners|actors|writers|dockworkers|baristas|doctors|residents|faculty|professors|machinists|janitors)|protesters|union drive|referend\\w*|referendo|plebiscit\\w*|ballot(?: measure| initiative| question)?|measure [a-z0-9]|proposition \\d+|prop \\d+|levy|mayor|senator|governor|congress(?:man|woman)|(?:mayoral|presidential|senate|gubernatorial|council) candidates?|(?:political|labou?r|green|democratic|republican|conservative|liberal) party|[a-z]+ for (?:mayor|governor|senate|congress|president|city council)|elections?|consulta popular|volksentscheid|volksabstimmung|volksbegehren|bill(?! (?:of|pay|payments?|dates?|totals?|amounts?|splits?|run)))";

const STANCE = new Gated(
  [
    'vote',
    'votes',
    'voted',
    'voting',
    'yes',
    'endors*',
    'back',
    'backs',
    'backing',
    'suppo*',
    'campa*',
    'stand',
    'stands',
    'calls',
    'call',
    'behind',
    'urge',
    'urges',
    'standing',
    'votamos',
    'votar',
    'votemos',
    'votaremos',
    'apoyamos',
    'apoya',
    'stimmen',
    'stimmt',
    'unter*',
    'votons',
    'votez',
    'voter',
    'voterons',
    'soutenons',
    'soutient',
    'votem',
    'apoiamos',
    'apoia',
  ],
  new RegExp(
    `${B}(?:${[
      // English
      '(?:vot(?:e|es|ing|ed)|will vote) (?:yes|no|against|in favou?r of)',
      `vot(?:e|es|ing) for (?:the )?(?:[a-z0-9]+ ){0,3}${POLITICAL}`,
      '(?:yes|no) on (?:prop(?:osition)? \\d+|measure [a-z0-9]+|the [a-z]+)',
      `(?:endors\\w*|back(?:s|ing)?|support(?:s|ing)?|campaign(?:s|ing)? for|stand(?:s|ing)? (?:with|behind)) (?:the |a |an )?(?:[a-z0-9'-]+ ){0,3}${POLITICAL}`,
      // "my whole team at <employer> is behind this" (the cause named just before, see detect)
      "(?:is|are|'s|'re) (?:all |fully |100% |totally |firmly )?behind (?:this|it)",
      // "Vote YES on Measure 4. <employer> supports it": the stance on the cause the sentence before names
      '(?:supports?|backs?|endorses?|is (?:backing|supporting|endorsing)) (?:this|it)(?= and| too| as well| fully| 100%| [a-z]+ly|\\s*[.!,;]|$)',
      // "<employer> calls on everyone to sign the petition", "we urge customers to join the boycott"
      `(?:calls? on|urges?) (?:everyone|everybody|all of you|you all|y'all|you|people|our customers|customers|the public) to (?:sign|join|support|back|attend|boycott) (?:the |our |this |a )?(?:[a-z0-9'-]+ ){0,3}${POLITICAL}`,
      // Spanish
      'vot(?:amos|ar|emos|aremos) (?:todos |todas )?(?:si|no|a favor|en contra)',
      `apoy(?:amos|a) (?:el |la |al |a )?(?:[a-z0-9]+ ){0,2}${POLITICAL}`,
      // German
      'stimm(?:en|t) (?:wir )?(?:alle )?(?:geschlossen )?(?:mit )?(?:ja|nein)',
      `unterstutz(?:en|t) (?:den |die |das )?(?:[a-z0-9]+ ){0,2}${POLITICAL}`,
      // French
      'vot(?:ons|ez|e|er|erons) (?:tous |toutes )?(?:oui|non|pour le|contre le)',
      `(?:soutenons|soutient) (?:le |la |l')?(?:[a-z0-9]+ ){0,2}${POLITICAL}`,
      // Portuguese
      'vot(?:amos|em|ar|aremos) (?:todos |todas )?(?:sim|nao|a favor|contra)',
      `apoi(?:amos|a) (?:o |a )?(?:[a-z0-9]+ ){0,2}${POLITICAL}`,
    ].join('|')})${E}`,
    'g',
  ),
  64,
  96,
);

/** Words of politics: a post without one is skipped before any regex runs. */
const POLITICAL_WORDS = wordGroup([
  'referend',
  'referendo',
  'plebisc',
  'ballot',
  'measure$',
  'levy',
  'election',
  'elections',
  'mayor$',
  'senator',
  'senate',
  'governor',
  'congress',
  'volksentscheid',
  'volksabstimmung',
  'abstimmung',
  'volksbegehren',
  'wahl$',
  'wahlen$',
  'eleccion',
  'elecciones',
  'eleicao',
  'eleicoes',
  'scrutin',
  'consulta$',
  'votacion',
  'votacao',
  'prop$',
  'proposition',
  'initiativ',
  'iniciativ',
  'amendment',
  'ordinance',
  'council',
  'petition',
  'rally',
  'boycott',
  'walkout',
  'strike',
  'strikers',
  'striking',
  'protesters',
  'bill$',
]);

/** The company speaking as a group: "we", "our", "nosotros", "wir", "nous", "on", "nós". */
const WE =
  /(?<![a-z0-9_])(?:we|we're|we've|we'll|us|our|all of us|(?:my|our) (?:whole |entire )?(?:team|department|store|branch|office|unit)|nosotros|todos|votamos|apoyamos|wir|uns|unser\w*|nous|on vote|on soutient|votons|soutenons|nossa|nosso|apoiamos|votemos)(?![a-z0-9_])/;
/** A vote is political when the sentence names what is voted on: a referendum, a ballot, an election. */
const POLITICAL_HINT =
  /petition|\bbill \d+|rally|boycott|walkout|strik(?:e|ers|ing)\b|protesters|union drive|referend|plebisc|ballot|measure|prop(?:osition)? \d|levy|elect|elecci|eleic|wahl|abstimm|volks|initiativ|iniciativ|amendment|bond issue|mayor|council|senat|governor|congress|ordinance|consulta|votacion|votacao|scrutin/;
const BEHIND_THIS = /(?:behind|supports?|backs?|endorses?|backing|supporting|endorsing) (?:this|it)$/;

/** "<employer> backs …": the company is the subject right before the stance. */
const SUBJECT_GAP = /^\s*(?:(?:is|are|has|have|officially|proudly|fully|also|now|ist|est|es|e)\s+){0,2}$/;

export default defineRule({
  description:
    'A political position taken in the organization’s name: "at <employer> we’re all voting yes on …", "<employer> endorses the candidate", in five languages.',
  severity: 'warn',
  messages: {
    default:
      'This takes a political position in the company’s name ("{phrase}"); endorsements for the organization need approval, so say it as your own view or leave the company out.',
  },
  detect(ctx) {
    if (!hasWord(ctx, POLITICAL_WORDS)) return [];
    const mentions = employerMentions(ctx);
    if (mentions.length === 0 && ctx.ownEmployerReferences.length === 0) return [];
    const folded = ctx.folded;
    for (const m of STANCE.all(ctx)) {
      if (negatedBefore(folded, m.start)) continue;
      const [ss, se] = sentenceAround(folded, m.start);
      const named = anyWithin(mentions, ss, se) || anyWithin(ctx.ownEmployerReferences, ss, se);
      if (!named) continue;
      const subject = mentions.some((x) => x.end <= m.start && x.end >= ss && SUBJECT_GAP.test(folded.slice(x.end, m.start)));
      const sentence = folded.slice(ss, se);
      if (!subject && !WE.test(sentence)) continue;
      // "… behind this": the cause is the one the sentence before names ("Sign the petition …").
      const cause = BEHIND_THIS.test(m.text) ? folded.slice(Math.max(0, ss - 240), se) : sentence;
      if (!POLITICAL_HINT.test(cause)) continue;
      const [s, e] = ctx.span(m.start, m.end);
      return [{ start: s, end: e, data: { phrase: ctx.text.slice(s, e) } }];
    }
    return [];
  },
});
