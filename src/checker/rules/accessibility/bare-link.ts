import { defineRule, type Hit } from '../../kinds/rule';

/** A link: a URL with a scheme, a www. address, or a short-link/domain with a path. */
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|ly|be|co|app|gl|me|link|to|ai|gg|tv|news|blog)\/[^\s<>"]*/gi;
const MAYBE_URL = /https?:\/\/|www\.|\.[a-z]{2,4}\//i;
/** What a post says besides its links, mentions and hashtags. */
const WORD = /[a-z\u00c0-\u024f]{2,}/gi;
const STRIPPED = /(?:https?:\/\/|www\.)\S+|\S+\.[a-z]{2,4}\/\S*|[@#][\w.]+/gi;
/** Words that point at a link without saying what it is. */
const EMPTY_WORDS = new Set(
  (
    'check this that out look see here link links lol lmao wow omg new must read watch via it its the a an is at me my ' +
    'your you go click pls please so good great cool nice interesting amazing awesome just one thread on of for to in ' +
    'mira esto aqui schau mal hier regarde ca voici olha isso aqui veja'
  ).split(' '),
);
/** A post longer than this has room for context; it is not a bare link. */
const MAX_LENGTH = 600;

export default defineRule({
  description:
    'A link posted with no words about it, which tells screen-reader users (and everyone else) nothing.',
  severity: 'suggestion',
  messages: {
    default:
      'This link has no description; add a sentence saying what it is and why it is worth opening, so everyone (screen readers included) knows before clicking.',
  },
  detect(ctx) {
    const text = ctx.text;
    if (text.length > MAX_LENGTH || !MAYBE_URL.test(text)) return [];
    const rest = text.replace(STRIPPED, ' ');
    const words = rest.match(WORD) ?? [];
    // Almost no words: at most one word, or only words that say nothing about the link.
    if (words.length > 1 && words.some((w) => !EMPTY_WORDS.has(w.toLowerCase()))) return [];
    const hits: Hit[] = [];
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
      // Trailing punctuation belongs to the sentence, not the link.
      const url = m[0].replace(/[.,;:!?)\]]+$/, '');
      hits.push({ start: m.index, end: m.index + url.length });
    }
    return hits;
  },
});
