import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { keywordList } from '../../text/keywords';
import { digitTokens, foldedSlice, MAX_CANDIDATES, MAX_HITS, MAX_RUNS } from '../_shared/secrets-scan';
import { claimedSpans } from './_detectors';
import { isPlaceholder, memo, removeSecret } from './_secrets';

/**
 * A password word (five languages), an optional "for the guest wifi", a connector
 * (":", "=", "is", "es", "ist", "est", "é"… or just a space) and the value.
 * Matched on folded text; the value's shape is judged on the original.
 */
const KEYWORD =
  'pass ?word|passwort|passwd|passcode|passphrase|pwd|pw|kennwort|contrasena|contrasenya|clave|mot de passe|mdp|senha|palavra-passe|pin(?: code| number)?|pass(?==)|(?:door|gate|alarm|entry|access|lock|garage|keypad|safe) ?code|wi-?fi|wlan|creds|credentials|login';
const GAP_WORD = '(?!(?:is|was|es|era|ist|lautet|war|est|e|eh|sera)\\b)[a-z0-9._-]{1,24}';
const GAP = `\\s+(?:for|to|of|on|at|in|do|da|de|del|du|des|fur|von|vom|zum|zur|im|am|au|pour|para|por|no|na)\\s+(?:(?:the|my|our|a|an|this|that|o|la|el|le|les|das|die|der|den|dem|mi|mon|ma|meu|minha|nosso|nossa|unser|unsere|mein|meine)\\s+)?${GAP_WORD}(?:\\s+${GAP_WORD})?`;
const STRONG =
  "\\s*(?::|=>?|->|-|–)\\s*|'s\\s+|\\s+(?:is|was|es|era|ist|lautet|war|est|c'est|e|eh|sera|will be|(?:changed|set|updated|reset) to|is now)(?![a-z])(?:\\s+(?:now|still|just|literally|simply|actually)(?![a-z]))?\\s*:?\\s*";
/** "changed my vpn password to …": "to" connects the value when a change comes before the keyword. */
const CHANGED_TO = `(?<=(?:changed|set|reset|updated|switched|change)\\s+(?:(?:my|the|our|his|her|your)\\s+)?(?:[a-z0-9-]+\\s+){0,2}(?:${KEYWORD}))\\s+to\\s+`;
const PASSWORD_RE = new RegExp(
  `(?<![a-z0-9])(${KEYWORD})(${GAP})?(${STRONG}|${CHANGED_TO}|\\s+)(["'\`]?)([^\\s"'\`]{1,80})`,
  'y',
);
/**
 * Where a keyword can start, from the check's keyword index (one pass shared by every rule)
 * instead of scans of the whole post: every keyword above starts a word with one of these.
 * "mot de passe" and "palavra-passe" are found through their "passe".
 */
const STARTS = keywordList(
  ['pass', 'pw', 'senha', 'contrase', 'clave', 'mdp', 'kennwort'].map((text) => ({
    text,
    mode: 'prefix' as const,
  })),
  { maxHits: MAX_RUNS },
).id;
const LONG_KEYWORD_BEFORE = /(?:mot de |palavra-)$/;

function keywordStarts(ctx: RuleContext): number[] {
  const folded = ctx.folded;
  const index = ctx.keywords;
  const out: number[] = [];
  for (let h = index.first(STARTS); h >= 0; h = index.next[h] as number) {
    const at = index.starts[h] as number;
    // "passe" of "mot de passe": the keyword starts with "mot".
    const lead = LONG_KEYWORD_BEFORE.exec(folded.slice(Math.max(0, at - 8), at));
    out.push(lead ? at - lead[0].length : at);
  }
  return out;
}

/**
 * Keywords found from their value instead, because the value always has a
 * digit: PINs and door codes ("PIN is 4821", "gate code: 1357"), and the
 * everyday words "wifi", "login", "credentials" before a value with letters
 * and digits ("the wifi at the cabin is MountainView2024"). Cheaper than
 * scanning every post for such common words.
 */
const DIGIT_KEYWORD_BEFORE =
  /(?<![a-z])(?:pin(?: code| number)?|(?:door|gate|alarm|entry|access|lock|garage|keypad|safe) ?code)\s*(?:is|es|ist|est|e|:|=)?\s*:?\s*$/;
const WORD_KEYWORD_HINT = /wi-?fi|wlan|cred|login/;
/** The last such word before the value (greedy prefix), and what follows it. */
const WORD_KEYWORD_BEFORE = /^[\s\S]*(?<![a-z])(wi-?fi|wlan|creds|credentials|login)(?![a-z])([^\n]{0,40})$/;

function digitKeywordStarts(ctx: RuleContext): number[] {
  const out: number[] = [];
  for (const t of digitTokens(ctx)) {
    if (out.length >= MAX_CANDIDATES) break;
    const len = t.end - t.start;
    if (len < 4 || len > 48) continue;
    if (/^\d{4,8}#?[.,;!]?$/.test(t.text)) {
      const from = Math.max(0, t.start - 24);
      const window = foldedSlice(ctx, from, t.start);
      const lead =
        window.includes('pin') || window.includes('code') ? DIGIT_KEYWORD_BEFORE.exec(window) : null;
      if (lead) out.push(from + lead.index);
    } else if (len >= 6 && /[A-Za-z]/.test(t.text)) {
      const window = foldedSlice(ctx, t.start - 64, t.start);
      const lead = WORD_KEYWORD_HINT.test(window) ? WORD_KEYWORD_BEFORE.exec(window) : null;
      if (lead) out.push(t.start - (lead[1]?.length ?? 0) - (lead[2]?.length ?? 0));
    }
  }
  return out;
}

/** Words that follow "password" in ordinary sentences; never a password here. */
const NOT_A_VALUE = new Set(
  `a an the my your our his her their its this that these those it is was be been are were not no and or but so too very
  for to of on in at by with from as if when then than also just still now only even same different
  reset resets manager managers field fields change changed changes expired expires policy policies rule rules
  requirement requirements strength hint hints protected protection reuse reused prompt prompts screen page box form
  login logins required incorrect wrong invalid correct weak strong long short simple complex secure safe unsafe
  again please help here there what which who why how where something anything nothing everything
  el la los las un una es de del y o que en por para con mi tu su
  der die das ein eine ist und oder nicht mit fur von zu im am
  le les un une et ou est pas avec pour sur mon ton son
  o os um uma e ou nao com por meu minha seu sua`.split(/\s+/),
);

/** Factory defaults everyone knows ("admin", "1234"): not a leak. */
const DEFAULTS = new Set(
  'admin root guest default password pass passw0rd test user changeme letmein qwerty 1234 12345 123456 0000 1111'.split(
    ' ',
  ),
);
/** Code, not a value: a function call, a member access, a template or shell substitution. */
const CODE_LIKE = /^[A-Za-z_$][\w$]*\(|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+;?$|^\$|^\{\{|;$/;

/** Keywords that are ordinary words too: they need a value with letters and digits, or quotes. */
const WEAK_KEYWORD = /^(?:wi-?fi|wlan|creds|credentials|login)$/;
/** A user name, then " / " and the password. */
const PAIR = /^\s*[/|]\s*([^\s"'`]{3,64})/;

const ADJECTIVE_ENDING = /(?:ed|ing|ive|ble|ful|ous|al|ory|ent|ant|less|ly)$/;
const TRAILING = /[.,;:?)\]}>]+$|!{2,}$/;

function acceptValue(
  keyword: string,
  value: string,
  strong: boolean,
  gap: boolean,
  quoted: boolean,
  after: string,
): boolean {
  if (value.length < 3 || value.includes('://') || /^[/~]/.test(value) || isPlaceholder(value)) return false;
  const lower = value.toLowerCase();
  if (NOT_A_VALUE.has(lower) || DEFAULTS.has(lower) || CODE_LIKE.test(value)) return false;
  const hasDigit = /\d/.test(value);
  const hasLetter = /[A-Za-z]/.test(value);
  if (keyword.startsWith('pin') || keyword.endsWith('code')) return strong && /^\d{4,8}#?$/.test(value);
  // "the wifi is …", "login: …": only a value that cannot be an ordinary word.
  if (WEAK_KEYWORD.test(keyword) && !(strong && /\d/.test(value) && /[A-Za-z]/.test(value)) && !quoted)
    return false;
  if (quoted) return true;
  if (!strong) {
    // "wifi password Tuesday2024!": with no connector the value must look like a password.
    return !gap && value.length >= 6 && hasLetter && hasDigit;
  }
  if (hasDigit || /[^A-Za-z0-9'’-]/.test(value) || /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value)) {
    // Digits only: a PIN-like value, at least 4 of them, and not a year or a count of characters.
    if (!hasLetter) {
      return (
        /^\d{4,12}$/.test(value) &&
        !/^(?:19|20)\d\d$/.test(value) &&
        !/^\s*(?:characters|chars|digits|zeichen|caracteres)/.test(after)
      );
    }
    return true;
  }
  // A plain word after "is"/":" counts only when the sentence ends with it ("the password is swordfish.")
  // and it is not an adjective or participle ("required", "case-sensitive", "optional", "visible").
  if (value.includes('-') || ADJECTIVE_ENDING.test(lower)) return false;
  return value.length >= 4 && /^\s*(?:$|[.!?,;\n]|\(|lol|haha|👀|😂|🙃)/.test(after);
}

export function find(ctx: RuleContext): Hit[] {
  return memo(ctx, 'password', () => {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    // Find the keywords with short literal scans, then match the full pattern only there.
    let lastEnd = -1;
    let budget = MAX_CANDIDATES;
    const starts = keywordStarts(ctx);
    if (ctx.sameOffsets) starts.push(...digitKeywordStarts(ctx));
    for (const at of starts.sort((a, b) => a - b)) {
      if (hits.length >= MAX_HITS) break;
      if (at < lastEnd) continue;
      if (--budget < 0) break;
      PASSWORD_RE.lastIndex = at;
      const m = PASSWORD_RE.exec(folded);
      if (!m) continue;
      const keyword = m[1] ?? '';
      const gap = Boolean(m[2]);
      const connector = m[3] ?? '';
      const quote = m[4] ?? '';
      const foldedValue = m[5] ?? '';
      const valueStart = m.index + m[0].length - foldedValue.length;
      const [os, oe] = ctx.span(valueStart, valueStart + foldedValue.length);
      let value = ctx.text.slice(os, oe);
      const trimmed = value.replace(TRAILING, '');
      // A quoted value ends at the closing quote on the same line: "correct horse battery staple".
      let quoted = false;
      if (quote !== '') {
        const close = ctx.text.indexOf(quote, os);
        if (close > os && close - os <= 64 && !ctx.text.slice(os, close).includes('\n')) {
          value = ctx.text.slice(os, close);
          quoted = true;
        }
      }
      if (!quoted) value = trimmed;
      if (/^[A-Za-z]+!$/.test(value)) value = value.slice(0, -1);
      let start = os;
      // "login: me@mail.com / Hunter2024", "wifi credentials: Guest / Welcome123": the secret is the second part.
      const pair = WEAK_KEYWORD.test(keyword)
        ? PAIR.exec(ctx.text.slice(os + value.length, os + value.length + 80))
        : null;
      if (pair?.[1]) {
        start = os + value.length + (pair.index ?? 0) + pair[0].length - pair[1].length;
        value = pair[1].replace(TRAILING, '');
      }
      const end = start + value.length;
      const strong = connector.trim() !== '' || /'s\s/.test(connector) || pair !== null;
      const after = ctx.text.slice(end, end + 12);
      if (!acceptValue(keyword, value, strong, gap, quoted, after)) {
        // Let the next match start inside this one ("password: password is X" is rare; keep it simple).
        continue;
      }
      if (claimedSpans(ctx).overlaps(start, end)) continue;
      hits.push({ start, end, suggestions: removeSecret(start, end) });
      lastEnd = m.index + m[0].length;
    }
    return hits;
  });
}

export default defineRule({
  description:
    'Passwords written out after "password", "passwort", "contraseña", "mot de passe", "senha"… (also "wifi password X", "the password is X").',
  severity: 'block',
  messages: {
    default: 'This looks like a password written out in the post.',
  },
  detect: find,
});
