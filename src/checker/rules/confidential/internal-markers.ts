import { gatedPhrases, hasWorkContext } from '../_shared/biz-signals';
import { clauseAround } from '../_shared/people-anchors';

/** Talking about the word itself: "it's confidenTIAL, not confidencial", "how do you spell confidential". */
const SPELLING = /\b(?:spell(?:s|ed|t|ing)?|misspel\w*|typos?|autocorrect\w*)\b/;
const DONT_SHARE = /^(do not|don't|dont) /;
const MARKER_END = /^\s*(?:beyond|with anyone|outside|["'.!,):;]|$)/;
const WEAK =
  /(?:staff|employees|members|eyes) only|tell (?:anyone|anybody|a soul|people|the internet)|nda|record|keep|share|forward|distribute|repost|screenshot|leak|circulate|compart|reenv|partag|diffus|transfer|repasse|weitersag/;

/** Markers a document or a message carries when it must not leave the company, in five languages. */
export default gatedPhrases({
  description:
    'Markers of internal-only material: "internal only", "do not forward", "you didn\'t hear it from me", "intern, bitte nicht teilen".',
  severity: 'block',
  message: 'This says the information is internal or not to be shared (“{marker}”).',
  phrases: [
    // English
    '(for )?internal (use )?only',
    'for internal (use|eyes|distribution)',
    '(strictly|highly|super|very|totally) confidential',
    "(this is|it's|its|that's|all) confidential",
    'confidential (info|information|docs?|documents?|deck|slides?|memo|numbers|data|roadmap)',
    // "don't share your password" is advice; the marker is about this very information.
    "(do not|don't|dont) (share|forward|distribute|repost|screenshot|leak|circulate)( (this|it|outside|externally))?",
    'not for (external|public) (use|eyes|distribution|sharing|release|consumption)',
    "you (didn't|did not|didnt) hear (it|this|that) from me",
    'keep (this|it) (between us|quiet|under wraps|on the down ?low|to yourselves?)',
    "((we're|we are|i'm|i am|technically|still) )?under (an )?nda,? but",
    '(under )?nda,? but (here|the|it|we|they|i can tell)',
    // "under NDA so I can't say who", "I'm under an NDA and can't name them"
    "((we're|we are|i'm|i am|technically|still) )?under (an )?nda,? (so|and) ((i|we) )?(can't|cannot|can not|couldn't)",
    // "you didn't read this here", "vous n'avez rien lu ici", "yo no te he dicho nada"
    "you (didn't|did not|never) (read|see|saw) (it|this|that) (here|from me)",
    "(vous n'avez|tu n'as) rien lu",
    "je ne (vous|t') ai rien dit",
    '(yo )?no (te|os|les) he dicho nada',
    '(voces|vcs|voce|vc) nao (leram|leu|viram|viu) (isso|nada)',
    'eu nao (te |vos )?disse nada',
    'ihr habt das nicht von mir',
    'das habt ihr nicht von mir',
    'off the record',
    'for (staff|employees|team members|internal eyes) only',
    'eyes only',
    "(don't|do not|dont) tell (anyone|anybody|a soul|people|the internet)",
    'nur intern',
    'streng geheim',
    'no (se lo |lo )?(digas|digan|cuentes|cuenten) a nadie',
    'ne (le )?(dites|dis) (rien )?a personne',
    'nao (conte|contem|diga|digam) (isso |nada )?(para|a) ninguem',
    "(don't|do not|dont) tell (my|our|the) (boss|manager|team|lead|pr team|legal|comms|ceo|cto|vp)",
    // Spanish
    '(solo |solamente )?(para |de )?uso interno',
    'es confidencial',
    'no (lo |la |los )?(compartas|compartais|compartan|reenvies)',
    // German
    'intern,? (bitte )?nicht (teilen|weitergeben|weiterleiten|weitersagen)',
    'bitte nicht (teilen|weitergeben|weiterleiten|posten|weitersagen)',
    '(nur fur den )?internen? gebrauch',
    '(streng )?vertraulich',
    // French
    '(usage|diffusion) interne( uniquement)?',
    'ne (pas|le|la) (partager|diffuser|transferer|partagez pas|diffusez pas)',
    '(strictement )?confidentiel(le)?',
    // Portuguese
    'nao (compartilhe|partilhe|compartilhem|repasse)',
    '(so |apenas )?para uso interno',
    'e confidencial',
  ],
  stems: [
    'tell',
    'geheim',
    'digas',
    'digan',
    'cuentes',
    'cuenten',
    'dites',
    'dis',
    'conte',
    'contem',
    'diga',
    'digam',
    'only',
    'tell',
    'intern',
    'confiden',
    'vertraul',
    'share',
    'forward',
    'distribut',
    'repost',
    'screenshot',
    'leak',
    'circulat',
    'external',
    'public',
    'hear$',
    'keep',
    'nda',
    'record',
    'compart',
    'partilh',
    'reenv',
    'teilen',
    'weitersagen',
    'weiterg',
    'weiterl',
    'posten',
    'partag',
    'diffus',
    'transf',
    'repasse',
    'read',
    'see',
    'saw',
    'rien',
    'dicho',
    'leram',
    'leu',
    'viram',
    'viu',
    'disse',
    'mir',
  ],
  when(ctx, m) {
    // Softer markers ("off the record", "don't share this", "nda, but") also appear in personal
    // posts; they count when the post is about work.
    if (WEAK.test(m.text) && !m.text.includes('under') && !hasWorkContext(ctx)) return false;
    const [start, end] = ctx.span(m.start, m.end);
    // A word written with its letters stressed ("confidenTIAL") or spelled out is a spelling lesson.
    if (/[a-z][A-Z]/.test(ctx.text.slice(start, end)) || SPELLING.test(clauseAround(ctx, m.start, m.end, 60)))
      return false;
    // "Don't share your password" is advice; a marker is about this very text, or is stamped in capitals.
    if (DONT_SHARE.test(m.text) && !/ (this|it|outside|externally)$/.test(m.text)) {
      const stamped = ctx.text.slice(start, end) === ctx.text.slice(start, end).toUpperCase();
      if (!stamped && !MARKER_END.test(ctx.folded.slice(m.end, m.end + 16))) return false;
    }
    return { start, end, data: { marker: ctx.text.slice(start, end) } };
  },
});
