/**
 * Which key words every match of a regex must contain (issue #2). The windowed rules run a
 * regex around each key word found in a post; a regex of alternatives is filed under every key
 * word its alternatives are written with, so a common word ("until", "say") opened windows for
 * alternatives that can only match with a rarer word too ("embargoed until"). Here a regex
 * source is read far enough to know the words each of its matches must hold at a word start,
 * and an alternative is filed under the cheapest set of key words that covers every match.
 *
 * The reading is cautious: anything it cannot be sure of (a class, a repeated or optional part,
 * a word whose start it cannot see) counts as unknown, never as a word; a source it cannot
 * cover gets no cover, and its caller keeps filing it the old way.
 */

/** A key word as the keyword index matches it at a word start: the whole word, or its start. */
export interface KeyWord {
  text: string;
  mode: 'word' | 'prefix';
}

/** A word every match holds at a word start: its first letters, and whether they are all of it. */
interface RequiredWord {
  prefix: string;
  whole: boolean;
}

type Node =
  | { kind: 'char'; code: number }
  | { kind: 'class'; word: boolean; other: boolean }
  | { kind: 'empty' }
  | { kind: 'group'; branches: Item[][] };

interface Item {
  node: Node;
  min: number;
  max: number;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** A word the regex may match in upper case is not seen as one (the index reads folded text). */
const ANY: Node = { kind: 'class', word: true, other: true };
const NON_WORD: Node = { kind: 'class', word: false, other: true };
const WORD: Node = { kind: 'class', word: true, other: false };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Item[][] | null {
    const branches = this.alternatives();
    return this.i === this.s.length ? branches : null;
  }

  private alternatives(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const node = this.atom();
      const [min, max] = this.quantifier();
      items.push({ node, min, max });
    }
    return items;
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i] as string;
    this.i++;
    if (c === '(') {
      let lookaround = false;
      if (s[this.i] === '?') {
        const head = s.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (/^\?<[=!]/.test(head) || /^\?[=!]/.test(head)) {
          lookaround = true;
          this.i += head[1] === '<' ? 3 : 2;
        } else if (head.startsWith('?<')) this.i = s.indexOf('>', this.i) + 1;
        else throw new Error('unknown group');
      }
      const branches = this.alternatives();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return lookaround ? { kind: 'empty' } : { kind: 'group', branches };
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return { kind: 'empty' };
    const code = c.charCodeAt(0);
    return isUpper(code) ? ANY : { kind: 'char', code };
  }

  private escape(): Node {
    const c = this.s[this.i] as string;
    this.i++;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (c === 's' || c === 'S' || c === 'W') return c === 's' ? NON_WORD : ANY;
    if (c === 'd' || c === 'w') return c === 'd' ? WORD : ANY;
    if (/[0-9kupPxcD]/.test(c)) throw new Error('escape not read');
    return { kind: 'char', code: c.charCodeAt(0) };
  }

  private characterClass(): Node {
    const s = this.s;
    const negated = s[this.i] === '^';
    let word = negated;
    let other = negated;
    for (; this.i < s.length && s[this.i] !== ']'; this.i++) {
      if (s[this.i] === '\\') {
        this.i++;
        const e = s[this.i] as string;
        if (e === 'w' || e === 'd' || e === 'W' || e === 'S' || e === 'D') word = true;
        other = true;
      } else {
        const code = s.charCodeAt(this.i);
        if (isWordChar(code) || isUpper(code)) word = true;
        else other = true;
      }
    }
    this.i++;
    return { kind: 'class', word, other };
  }

  private quantifier(): [number, number] {
    const s = this.s;
    const c = s[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      q = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        const min = Number(m[1]);
        q = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
      }
    }
    if (s[this.i] === '?') this.i++;
    return q;
  }
}

/**
 * Does whatever follows `items[from - 1]` surely start with a non-word character? `after`: what
 * follows the sequence does.
 */
function nextIsNonWord(items: readonly Item[], from: number, after: boolean): boolean {
  for (let i = from; i < items.length; i++) {
    const { node, min } = items[i] as Item;
    if (node.kind === 'empty') continue;
    const first =
      node.kind === 'char'
        ? !isWordChar(node.code) && !isUpper(node.code)
        : node.kind === 'class'
          ? !node.word
          : node.branches.every((b) => nextIsNonWord(b, 0, nextIsNonWord(items, i + 1, after)));
    // An optional part may be left out: then what comes after it counts too.
    return min >= 1 ? first : first && nextIsNonWord(items, i + 1, after);
  }
  return after;
}

/** Does every way through the node end on a non-word character (`afterEmpty`: if it can be empty)? */
function endsNonWord(node: Node, afterEmpty: boolean): boolean {
  switch (node.kind) {
    case 'char':
      return !isWordChar(node.code) && !isUpper(node.code);
    case 'class':
      return !node.word;
    case 'empty':
      return afterEmpty;
    case 'group':
      return node.branches.every((b) => walk(b, afterEmpty, () => 0).endsNonWord);
  }
}

interface Walked {
  /** The cheapest words one of which every match holds, with their cost; null when none is known. */
  cover: RequiredWord[] | null;
  endsNonWord: boolean;
}

/**
 * Walks a sequence: `startsNonWord` says that what comes before it is surely not a word
 * character. Returns its cheapest cover (as a list of words, any one of which a match holds;
 * several choices of equal standing are not kept) and whether it surely ends on a non-word
 * character.
 */
function walk(
  items: readonly Item[],
  startsNonWord: boolean,
  cost: (w: RequiredWord[]) => number,
  endsAtBoundary = false,
): Walked {
  let before = startsNonWord;
  let word: string | null = null;
  let best: RequiredWord[] | null = null;
  const consider = (cover: RequiredWord[] | null): void => {
    if (cover && (best === null || cost(cover) < cost(best))) best = cover;
  };
  const close = (whole: boolean): void => {
    if (word) consider([{ prefix: word, whole }]);
    word = null;
  };
  for (let i = 0; i < items.length; i++) {
    const { node, min, max } = items[i] as Item;
    if (node.kind === 'empty') continue;
    if (node.kind === 'char' && min === 1 && max === 1) {
      if (isWordChar(node.code)) {
        if (word !== null) word += String.fromCharCode(node.code);
        else if (before) word = String.fromCharCode(node.code);
        before = false;
      } else {
        close(true);
        // After "_" the index starts a word, but a `text` key word does not count there.
        before = !isUpper(node.code) && node.code !== 95;
      }
      continue;
    }
    // A class, or an optional or repeated part: the word before it ends here, whole if what
    // follows surely starts with a non-word character.
    close(nextIsNonWord(items, i, endsAtBoundary));
    if (node.kind === 'group' && min >= 1) {
      const follows = max === 1 && nextIsNonWord(items, i + 1, endsAtBoundary);
      const parts = node.branches.map((b) => walk(b, before, cost, follows).cover);
      if (parts.every((p) => p !== null)) consider((parts as RequiredWord[][]).flat());
    }
    const ends = endsNonWord(node, before);
    before = min >= 1 ? ends : before && ends;
  }
  close(endsAtBoundary);
  return { cover: best, endsNonWord: before };
}

/** The key words that can stand for a required word: prefixes of its start, or the whole word. */
function keyWordsFor<K extends KeyWord>(word: RequiredWord, keyWords: readonly K[]): K[] {
  return keyWords.filter((k) =>
    k.mode === 'prefix' ? word.prefix.startsWith(k.text) : word.whole && word.prefix === k.text,
  );
}

/**
 * Words common enough in any post that a window around each would be wasted when a rarer word
 * of the same phrase can stand for it (folded).
 */
const COMMON = new Set(
  `until till yet still say says said share should would could will can not no now next new just
  get got go going be been is are was were have has had do does did told tell know knows think
  our we you they it this that the and for with from about more most all any some out up on in
  at by of to as or if so than then there here what when who how why one two time people make
  made want need see look take give day week year today tomorrow good great big`.split(/\s+/),
);

/** What a window around a key word costs, relatively: short and common words are met more often. */
export function keyWordWeight(k: KeyWord): number {
  return Math.max(1, 10 - k.text.length) + (COMMON.has(k.text) ? 10 : 0);
}

/**
 * The cheapest set of key words such that every match of the regex `source` holds one of them
 * at a word start, or null when the source cannot be read that far. `bounded` tells whether no
 * word character can precede (`before`) or follow (`after`) a match (the regex's own boundaries
 * around it). `weight` prices a key word (how often it is expected in posts).
 */
export function coveringKeyWords<K extends KeyWord>(
  source: string,
  keyWords: readonly K[],
  weight: (k: K) => number = keyWordWeight,
  bounded: { before: boolean; after: boolean } = { before: true, after: true },
): K[] | null {
  if (!bounded.before) return null;
  // A required word's price: its cheapest key word (Infinity when none stands for it).
  const pick = (w: RequiredWord): K | undefined => {
    let best: K | undefined;
    for (const k of keyWordsFor(w, keyWords)) if (!best || weight(k) < weight(best)) best = k;
    return best;
  };
  const cost = (cover: RequiredWord[]): number =>
    cover.reduce((sum, w) => {
      const k = pick(w);
      return sum + (k ? weight(k) : Infinity);
    }, 0);
  const covers = coversOf(source, cost, bounded.after);
  if (!covers) return null;
  const out = new Set<K>();
  for (const cover of covers) {
    for (const w of cover) {
      const k = pick(w);
      if (!k) return null;
      out.add(k);
    }
  }
  return [...out];
}

/**
 * Words one of which every match of the regex `source` holds, as written in it (a word's first
 * letters when the rest may vary: "rumo" of `rumou?rs?`), the fewest and longest that do; null
 * when the source cannot be read that far. A text holding none of them cannot match (see
 * `WordGuardedRegex`). Upper-case letters are not read as words: meant for folded text.
 */
export function requiredWords(source: string): string[] | null {
  // Longer words are met less often; one word beats several.
  const cost = (cover: RequiredWord[]): number => cover.reduce((sum, w) => sum + Math.max(1, 10 - w.prefix.length), 0);
  const covers = coversOf(source, cost, false);
  return covers && [...new Set(covers.flat().map((w) => w.prefix))];
}

/** The cheapest cover of each top-level alternative of `source`; null when one has none or the source cannot be read. */
function coversOf(source: string, cost: (w: RequiredWord[]) => number, endsAtBoundary: boolean): RequiredWord[][] | null {
  let branches: Item[][] | null;
  try {
    branches = new Parser(source).parse();
  } catch {
    return null;
  }
  if (!branches) return null;
  const covers = branches.map((b) => walk(b, true, cost, endsAtBoundary).cover);
  return covers.every((c) => c !== null) ? (covers as RequiredWord[][]) : null;
}
