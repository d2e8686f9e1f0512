/**
 * The keyword index: one pass per check over the folded text finds, at every word start, the
 * registered keywords of every rule (issue #2: three separately written scanners each walked the
 * whole post). Rules register lists of keywords when they load; a check then asks which
 * positions hold a keyword of a list and runs its detailed regexes only in small windows there.
 *
 * A keyword matches at a word start (a run of [a-z0-9]) in one of three ways:
 *   - `word`:   the whole word equals it ("hr", "sorry");
 *   - `prefix`: the word starts with it ("apolog" → "apologies");
 *   - `text`:   the folded text from the word start on starts with it; it may run over spaces
 *               and punctuation ("right now", "i'm", "idiot" in "idiots"), may start with a
 *               symbol ("$hit", "'til"), and must not follow an underscore. At one position only
 *               the longest `text` keyword counts, for every list that has it or a prefix of it.
 * "$" and "%" are one-character words of their own (`word` keywords).
 */
import { isWordCode } from './words';

export type KeywordMode = 'word' | 'prefix' | 'text';

export interface KeywordListOptions {
  /** Positions past this folded offset are not looked at for this list (a pasted book stays cheap). */
  limit?: number;
  /** Hits kept for this list; the rest are dropped. */
  maxHits?: number;
}

interface Entry {
  text: string;
  mode: KeywordMode;
  lists: number[];
}

interface ListInfo {
  limit: number;
  maxHits: number;
  /** The list's keyword entries in the order given (a keyword's place in it is its local key). */
  entries: number[];
}

const entries: Entry[] = [];
const entryIds = new Map<string, number>();
const lists: ListInfo[] = [];

/**
 * Six-bit codes of the characters keywords may contain; 0 for any other. The lookup keys (the
 * first one to four characters of a keyword) are built from these codes.
 */
const CODE = new Uint8Array(128);
const KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789*$@!#' -/.%";
for (let i = 0; i < KEY_CHARS.length; i++) CODE[KEY_CHARS.charCodeAt(i)] = i + 1;
const codeAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c < 128 ? (CODE[c] as number) : 0;
};

/**
 * The lookup tables, built on first use after the last registration: keywords are filed by their
 * first four characters (or all of them when shorter) in one open-addressing hash table; each
 * bucket lists `text` keywords longest first, then the others in registration order. A word start
 * is looked up with its first four, three and two characters. Everything the scan reads is in
 * typed arrays, and a 4 KB bit filter answers "no bucket" for most keys without touching the
 * table (fewer cache misses than objects and maps on a busy machine).
 */
interface Tables {
  /** Per list, LIST_INFO numbers: the folded offset past which it is not looked at, its most hits. */
  listInfo: Int32Array;
  /** One bit per hash of a key that has a bucket. */
  filter: Int32Array;
  /** Pairs: key, 1 + offset of its bucket in `buckets` (0: empty slot). */
  table: Int32Array;
  /**
   * Buckets of entries, each ended by -1. An entry is RECORD numbers in a row, so that a lookup
   * reads one stretch of memory: its id, length, mode (0 word, 1 prefix, 2 text), where its
   * characters start in `chars`, and where its lists start and end in `listData` (for a `text`
   * entry also those of every `text` entry that is a prefix of it).
   */
  buckets: Int32Array;
  chars: Uint16Array;
  listData: Int32Array;
  /** Beside each list of `listData`: the local key a hit files there (see `KeywordIndex.locals`). */
  localData: Int32Array;
  /** Non-word characters that start a keyword. */
  symbolStart: Uint8Array;
  /**
   * By the codes of a keyword's first two characters: which key lengths have keywords starting
   * with them (1: two characters, 2: three, 4: four or more), so that a word is looked up only
   * with the key lengths that can match.
   */
  lengthsByStart: Uint8Array;
}
let tables: Tables | null = null;

/** Memory of a released index, kept for the next one (checks run one at a time). */
let pooled: Int32Array | null = null;
/** Pooled memory past this size (a pasted book's) is not kept. */
const MAX_POOLED = 1 << 16;

function takeMemory(size: number): Int32Array {
  const memory = pooled;
  if (memory !== null && memory.length >= size) {
    pooled = null;
    return memory;
  }
  return new Int32Array(size);
}
const TABLE_BITS = 13;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const MODE = { word: 0, prefix: 1, text: 2 } as const;
/** Numbers per entry in `buckets`, per list in `listInfo`. */
const RECORD = 6;
const LIST_INFO = 2;
/** Per list in a check, LIST_STATE numbers: 1 + its first hit, 1 + its last hit, its number of hits. */
const LIST_STATE = 3;

/** The key of `length` (1–4) characters at `at`: their six-bit codes and the length. */
function key(s: string, at: number, length: number): number {
  let k = 0;
  for (let i = 0; i < length; i++) k = (k << 6) | codeAt(s, at + i);
  return k | (length << 24);
}

const hashOf = (k: number): number => Math.imul(k, 0x9e3779b1);

/** 1 + the offset of the key's bucket, or 0. */
function bucketOf(t: Tables, k: number): number {
  const h = hashOf(k);
  const bit = h >>> 17;
  if (((t.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return 0;
  const table = t.table;
  let slot = h >>> (32 - TABLE_BITS);
  for (;;) {
    const b = table[2 * slot + 1] as number;
    if (b === 0 || table[2 * slot] === k) return b;
    slot = (slot + 1) & TABLE_MASK;
  }
}

function checkKeyword(text: string, mode: KeywordMode): void {
  for (let i = 0; i < text.length; i++)
    if (codeAt(text, i) === 0) throw new Error(`keyword "${text}" has a character the index cannot see`);
  if (text.length === 0 || text.charAt(0) === ' ') throw new Error(`keyword "${text}" is empty`);
  if (mode !== 'text' && !/^(?:[a-z0-9]+|\$|%)$/.test(text)) throw new Error(`bad ${mode} keyword "${text}"`);
  if (mode === 'text' && text.length < 2) throw new Error(`text keyword "${text}" is too short`);
}

/**
 * Registers a list of keywords; returns the list id and, for each keyword, its entry id (the
 * same keyword in the same mode is one entry, shared by every list that has it).
 */
export function keywordList(
  keywords: ReadonlyArray<{ text: string; mode: KeywordMode }>,
  options: KeywordListOptions = {},
): { id: number; entries: number[] } {
  const id = lists.length;
  lists.push({ limit: options.limit ?? Number.POSITIVE_INFINITY, maxHits: options.maxHits ?? 100_000, entries: [] });
  return { id, entries: addKeywords(id, keywords) };
}

/**
 * Adds keywords to a registered list (a list that grows, like the words of the policies' names);
 * returns their entry ids. The lookup tables are rebuilt at the next scan.
 */
export function addKeywords(list: number, keywords: ReadonlyArray<{ text: string; mode: KeywordMode }>): number[] {
  for (const { text, mode } of keywords) checkKeyword(text, mode);
  const ids: number[] = [];
  for (const { text, mode } of keywords) {
    const name = `${mode}:${text}`;
    let e = entryIds.get(name);
    if (e === undefined) {
      e = entries.length;
      entries.push({ text, mode, lists: [] });
      entryIds.set(name, e);
    }
    const entry = entries[e] as Entry;
    if (!entry.lists.includes(list)) entry.lists.push(list);
    (lists[list] as ListInfo).entries.push(e);
    ids.push(e);
  }
  tables = null;
  return ids;
}

/** The keyword of an entry id. */
export const keywordOf = (entry: number): string => (entries[entry] as Entry).text;

/**
 * The local key of an entry in a list: its place in the list, or for a `text` entry that the list
 * has not (the index reports only the longest `text` keyword at a place), the place of the list's
 * longest keyword that starts it.
 */
function localKey(list: number, e: number): number {
  const own = (lists[list] as ListInfo).entries;
  const at = own.indexOf(e);
  if (at >= 0) return at;
  const text = (entries[e] as Entry).text;
  let best = -1;
  own.forEach((o, i) => {
    const other = entries[o] as Entry;
    if (other.mode === 'text' && text.startsWith(other.text) && (best < 0 || other.text.length > (entries[own[best] as number] as Entry).text.length))
      best = i;
  });
  return best;
}

function build(): Tables {
  const byKey = new Map<number, number[]>();
  const symbolStart = new Uint8Array(128);
  const lengthsByStart = new Uint8Array(1 << 12);
  const listsOf: number[][] = [];
  entries.forEach((entry, e) => {
    const { text } = entry;
    const k = key(text, 0, Math.min(4, text.length));
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
    const first = text.charCodeAt(0);
    if (!isWordCode(first)) symbolStart[first] = 1;
    if (text.length >= 2) {
      const start = (codeAt(text, 0) << 6) | codeAt(text, 1);
      lengthsByStart[start] = (lengthsByStart[start] as number) | (text.length >= 4 ? 4 : text.length === 3 ? 2 : 1);
    }
    if (entry.mode !== 'text') listsOf.push(entry.lists);
    else {
      const all = new Set<number>();
      for (const other of entries)
        if (other.mode === 'text' && text.startsWith(other.text)) for (const l of other.lists) all.add(l);
      listsOf.push([...all].sort((a, b) => a - b));
    }
  });
  if (byKey.size > TABLE_MASK / 2) throw new Error('keyword table full');
  // `text` keywords longest first (the first that matches wins), then the others by id.
  const order = (a: number, b: number): number => {
    const ea = entries[a] as Entry;
    const eb = entries[b] as Entry;
    const ta = ea.mode === 'text' ? 0 : 1;
    const tb = eb.mode === 'text' ? 0 : 1;
    if (ta !== tb) return ta - tb;
    return ta === 0 ? eb.text.length - ea.text.length || a - b : a - b;
  };
  const chars = new Uint16Array(entries.reduce((n, e) => n + e.text.length, 0));
  const record: number[][] = [];
  let at = 0;
  let listAt = 0;
  entries.forEach((entry, e) => {
    const lists = (listsOf[e] as number[]).length;
    record.push([e, entry.text.length, MODE[entry.mode], at, listAt, listAt + lists]);
    for (let i = 0; i < entry.text.length; i++) chars[at++] = entry.text.charCodeAt(i);
    listAt += lists;
  });
  const filter = new Int32Array(1 << 10);
  const table = new Int32Array(2 << TABLE_BITS);
  const buckets: number[] = [];
  for (const [k, list] of byKey) {
    const h = hashOf(k);
    const bit = h >>> 17;
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    let slot = h >>> (32 - TABLE_BITS);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & TABLE_MASK;
    table[2 * slot] = k;
    table[2 * slot + 1] = buckets.length + 1;
    for (const e of list.sort(order)) buckets.push(...(record[e] as number[]));
    buckets.push(-1);
  }
  return {
    listInfo: Int32Array.from(lists.flatMap((l) => [Math.min(l.limit, 0x7fffffff), Math.min(l.maxHits, 0x7fffffff)])),
    filter,
    table,
    buckets: Int32Array.from(buckets),
    chars,
    listData: Int32Array.from(listsOf.flat()),
    localData: Int32Array.from(listsOf.flatMap((ls, e) => ls.map((l) => localKey(l, e)))),
    symbolStart,
    lengthsByStart,
  };
}

/** The result of one scan: the hits of every list that had any. */
export class KeywordIndex {
  /**
   * Every hit of the check, in flat arrays (one small set of arrays instead of some per list):
   * folded offsets, the keyword entry matched (as returned by `keywordList`), and the list's
   * next hit (-1 after its last). A hit ends where its word ends (`word`, `prefix`) or its
   * keyword does (`text`).
   */
  starts: Int32Array;
  ends: Int32Array;
  entries: Int32Array;
  next: Int32Array;
  /**
   * The local key of each hit: the place, in the list it is filed in, of the keyword matched (or,
   * for a longer `text` keyword of another list, of the list's own keyword that starts it). Rules
   * look up what a hit means to them by it, in arrays, instead of by the keyword's text.
   */
  locals: Int32Array;
  /** Hits filed so far (the arrays above have room for more, and are replaced when they grow). */
  private hits = 0;
  /** Per list, LIST_STATE numbers in a row (one stretch of memory per hit filed). */
  private readonly lists: Int32Array;

  /** The memory the arrays above are views of, handed back to the pool by `release`. */
  private memory: Int32Array | null;

  constructor(folded: string) {
    if (!tables) tables = build();
    // Posts dense with policy words have about one hit per seven characters: room for one per
    // four, so that a post never grows the arrays (five new arrays cost about a sixth of a
    // scan), and no megabytes set aside for a pasted book (it grows when it must).
    const capacity = Math.min(8192, Math.max(64, folded.length >> 2));
    const state = lists.length * LIST_STATE;
    // One block for all of them, taken from the pool when it is free: a typed array's memory is
    // costly to get (about a fifth of a scan of a 3,000-character post), a view of it is not.
    const memory = takeMemory(state + 5 * capacity);
    memory.fill(0, 0, state);
    this.memory = memory;
    this.lists = memory.subarray(0, state);
    const hits = state + 5 * capacity;
    this.starts = memory.subarray(state, state + capacity);
    this.ends = memory.subarray(state + capacity, state + 2 * capacity);
    this.entries = memory.subarray(state + 2 * capacity, state + 3 * capacity);
    this.next = memory.subarray(state + 3 * capacity, state + 4 * capacity);
    this.locals = memory.subarray(state + 4 * capacity, hits);
    this.scan(folded, tables);
  }

  /**
   * Hands the index's memory back for the next check to reuse; the index must not be read
   * afterwards. An index never released just leaves its memory to the garbage collector.
   */
  release(): void {
    const memory = this.memory;
    if (memory !== null && memory.length <= MAX_POOLED && (pooled === null || memory.length > pooled.length))
      pooled = memory;
    this.memory = null;
  }

  /** The first hit of a list, or -1; `next` leads through the others in text order. */
  first(list: number): number {
    return (this.lists[list * LIST_STATE] as number) - 1;
  }

  /** The number of hits of a list. */
  count(list: number): number {
    return this.lists[list * LIST_STATE + 2] as number;
  }

  private add(list: number, start: number, end: number, entry: number, local: number, t: Tables): void {
    const state = this.lists;
    const at = list * LIST_STATE;
    const count = state[at + 2] as number;
    const info = list * LIST_INFO;
    if (start >= (t.listInfo[info] as number) || count >= (t.listInfo[info + 1] as number)) return;
    const hit = this.hits++;
    if (hit === this.starts.length) this.grow();
    this.starts[hit] = start;
    this.ends[hit] = end;
    this.entries[hit] = entry;
    this.locals[hit] = local;
    this.next[hit] = -1;
    const tail = state[at + 1] as number;
    if (tail === 0) state[at] = hit + 1;
    else this.next[tail - 1] = hit;
    state[at + 1] = hit + 1;
    state[at + 2] = count + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.entries = grown(this.entries);
    this.next = grown(this.next);
    this.locals = grown(this.locals);
  }

  /**
   * Files every keyword of the bucket at offset `bucket` - 1 that matches at `start` (a word of
   * `length` characters, or a symbol); the first `from` characters are known to match. Returns
   * whether a `text` keyword matched (only the first, longest one counts).
   */
  private match(
    folded: string,
    start: number,
    length: number,
    bucket: number,
    from: number,
    textAllowed: boolean,
    t: Tables,
  ): boolean {
    let textFound = !textAllowed;
    const buckets = t.buckets;
    for (let b = bucket - 1; ; b += RECORD) {
      const e = buckets[b] as number;
      if (e < 0) break;
      const size = buckets[b + 1] as number;
      const m = buckets[b + 2] as number;
      let end = start + length;
      if (m === 2) {
        if (textFound) continue;
        end = start + size;
      } else if (m === 0 ? size !== length : size > length) continue;
      if (!startsAt(folded, t.chars, buckets[b + 3] as number, size, start, from)) continue;
      if (m === 2) textFound = true;
      for (let l = buckets[b + 4] as number, last = buckets[b + 5] as number; l < last; l++)
        this.add(t.listData[l] as number, start, end, e, t.localData[l] as number, t);
    }
    return textFound && textAllowed;
  }

  /**
   * One walk over the text: every word (a run of [a-z0-9]) is looked up, and so is every symbol
   * that starts a keyword, in text order.
   */
  private scan(folded: string, t: Tables): void {
    const n = folded.length;
    const symbolStart = t.symbolStart;
    let i = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (!isWordCode(c)) {
        if (c < 128 && symbolStart[c] === 1) {
          const prev = i > 0 ? folded.charCodeAt(i - 1) : 32;
          // "$" and "%" are words of one character.
          const one = bucketOf(t, key(folded, i, 1));
          if (one !== 0) this.match(folded, i, 1, one, 1, false, t);
          this.lookUp(folded, i, 1, !isWordCode(prev) && prev !== 95, t);
        }
        i++;
        continue;
      }
      const start = i;
      for (i++; i < n && isWordCode(folded.charCodeAt(i)); i++);
      // A word after "_" is inside an identifier for `text` keywords ("foo_idiot").
      this.lookUp(folded, start, i - start, start === 0 || folded.charCodeAt(start - 1) !== 95, t);
    }
  }

  /** Files the keywords that match at `start` (a word of `length` characters, or a symbol). */
  private lookUp(folded: string, start: number, length: number, textAllowed: boolean, t: Tables): void {
    const n = folded.length;
    if (start + 1 >= n) return;
    const c0 = codeAt(folded, start);
    const c1 = codeAt(folded, start + 1);
    const lengths = t.lengthsByStart[(c0 << 6) | c1] as number;
    if (lengths === 0) return;
    const c2 = start + 2 < n ? codeAt(folded, start + 2) : 0;
    let textFound = !textAllowed;
    if ((lengths & 4) !== 0 && start + 3 < n) {
      const b4 = bucketOf(t, (c0 << 18) | (c1 << 12) | (c2 << 6) | codeAt(folded, start + 3) | (4 << 24));
      if (b4 !== 0 && this.match(folded, start, length, b4, 4, !textFound, t)) textFound = true;
    }
    if ((lengths & 2) !== 0 && start + 2 < n) {
      const b3 = bucketOf(t, (c0 << 12) | (c1 << 6) | c2 | (3 << 24));
      if (b3 !== 0 && this.match(folded, start, length, b3, 3, !textFound, t)) textFound = true;
    }
    if ((lengths & 1) !== 0) {
      const b2 = bucketOf(t, (c0 << 6) | c1 | (2 << 24));
      if (b2 !== 0) this.match(folded, start, length, b2, 2, !textFound, t);
    }
  }
}

/** Does `s` have the keyword `chars[at, at + size)` at `start`? The first `from` characters are known to match. */
function startsAt(s: string, chars: Uint16Array, at: number, size: number, start: number, from: number): boolean {
  if (start + size > s.length) return false;
  for (let j = from; j < size; j++) if (s.charCodeAt(start + j) !== chars[at + j]) return false;
  return true;
}
