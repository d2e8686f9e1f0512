/**
 * Folds text for matching — lower case, no diacritics, ASCII for full-width
 * letters, plain quotes and dashes, no zero-width or bidi control characters —
 * and keeps a map back to the original, so that every match on the folded text
 * reports offsets into the text the person typed.
 *
 * Plain ASCII text (most posts) takes a fast path with no map at all.
 */

export interface NormalizedText {
  /** The text as typed. */
  readonly original: string;
  /** The folded text rules match on. */
  readonly text: string;
  /** True when every folded offset equals its original offset (no character was dropped or expanded). */
  readonly identity: boolean;
  /** Converts a folded span `[start, end)` to the original span it came from. */
  span(start: number, end: number): [number, number];
  /** The original offset where folded index `i` starts (`text.length` maps to `original.length`). */
  toOriginal(i: number): number;
}

const NON_ASCII = /[^\x00-\x7f]/;
const foldCache = new Map<number, string>();

/** Characters that carry no visible text and are dropped (a common evasion: "pass\u200Bword"). */
function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x34f ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff
  );
}

const SPECIAL: Record<number, string> = {
  8216: "'",
  8217: "'",
  8219: "'",
  8242: "'",
  700: "'",
  180: "'",
  8220: '"',
  8221: '"',
  8222: '"',
  171: '"',
  187: '"',
  8208: '-',
  8209: '-',
  8210: '-',
  8211: '-',
  8212: '-',
  8722: '-',
  160: ' ',
  8239: ' ',
  8287: ' ',
  12288: ' ',
  8230: '.',
  223: 'ss',
  7838: 'ss',
  230: 'ae',
  198: 'ae',
  339: 'oe',
  338: 'oe',
  248: 'o',
  216: 'o',
  322: 'l',
  321: 'l',
  273: 'd',
  272: 'd',
  305: 'i',
};

function foldChar(c: number): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out: string;
  const special = SPECIAL[c];
  if (special !== undefined) out = special;
  else if (isInvisible(c)) out = '';
  else if (c >= 0xff01 && c <= 0xff5e) out = String.fromCharCode(c - 0xfee0).toLowerCase();
  else if (c >= 0x2000 && c <= 0x200a) out = ' ';
  else {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out = base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
    if (out.length !== 1) out = ch;
  }
  foldCache.set(c, out);
  return out;
}

class IdentityNormalized implements NormalizedText {
  readonly identity = true;
  constructor(
    readonly original: string,
    readonly text: string,
  ) {}
  span(start: number, end: number): [number, number] {
    return [start, end];
  }
  toOriginal(i: number): number {
    return i;
  }
}

class MappedNormalized implements NormalizedText {
  readonly identity = false;
  constructor(
    readonly original: string,
    readonly text: string,
    /** starts[i]: original offset of the character folded index i came from; starts[len] = original.length. */
    private readonly starts: Int32Array,
    /** ends[i]: original offset just after that character. */
    private readonly ends: Int32Array,
  ) {}
  span(start: number, end: number): [number, number] {
    const s = this.starts[start] ?? this.original.length;
    if (end <= start) return [s, s];
    return [s, this.ends[end - 1] ?? this.original.length];
  }
  toOriginal(i: number): number {
    return this.starts[i] ?? this.original.length;
  }
}

const utf16 = new TextDecoder('utf-16le');
// Surrogates (emoji) fold to themselves and are skipped.
const NON_ASCII_G = /[^\x00-\x7f\ud800-\udfff]/g;

export function normalize(original: string): NormalizedText {
  const lower = original.toLowerCase();
  if (!NON_ASCII.test(original)) return new IdentityNormalized(original, lower);
  // Most non-ASCII text (emoji, accents, curly quotes) folds one unit to one unit: no map needed.
  // Otherwise only the characters whose length changes (zero-width, ß) are recorded as edits.
  if (lower.length === original.length) {
    const edits: number[] = [];
    let delta = 0;
    const folded = lower.replace(NON_ASCII_G, (ch, offset: number) => {
      const f = foldChar(ch.charCodeAt(0));
      if (f.length !== 1) {
        delta += f.length - 1;
        edits.push(offset + delta - (f.length - 1), offset, f.length, delta);
      }
      return f;
    });
    if (edits.length === 0) return new IdentityNormalized(original, folded);
    return new EditMapNormalized(original, folded, Int32Array.from(edits));
  }
  return mappedNormalize(original);
}

/**
 * A folded text that differs in length from the original only at a few characters.
 * `edits` holds quadruples: folded start, original offset, folded length, total length change so far.
 */
class EditMapNormalized implements NormalizedText {
  readonly identity = false;
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly edits: Int32Array,
  ) {}

  /** Index of the last edit whose folded start is ≤ i, or -1. */
  private editAt(i: number): number {
    const e = this.edits;
    let lo = 0;
    let hi = e.length / 4 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (e[mid * 4]! <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  toOriginal(i: number): number {
    const k = this.editAt(i);
    if (k < 0) return i;
    const e = this.edits;
    if (i < e[k * 4]! + e[k * 4 + 2]!) return e[k * 4 + 1]!;
    return i - e[k * 4 + 3]!;
  }

  span(start: number, end: number): [number, number] {
    const s = this.toOriginal(start);
    if (end <= start) return [s, s];
    const last = end - 1;
    const k = this.editAt(last);
    const e = this.edits;
    if (k >= 0 && last < e[k * 4]! + e[k * 4 + 2]!) return [s, e[k * 4 + 1]! + 1];
    return [s, this.toOriginal(last) + 1];
  }
}

/** The slow path, for text where folding drops or expands characters (zero-width, ß). */
function mappedNormalize(original: string): NormalizedText {
  const n = original.length;
  // Folding never grows a character beyond two units (ß → ss), so 2n bounds the output.
  const codes = new Uint16Array(n * 2);
  const starts = new Int32Array(n * 2 + 1);
  const ends = new Int32Array(n * 2);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      codes[len] = c >= 65 && c <= 90 ? c + 32 : c;
      starts[len] = i;
      ends[len++] = i + 1;
      continue;
    }
    // A surrogate pair (emoji, rare scripts) is copied whole and maps as one unit.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        codes[len] = c;
        starts[len] = i;
        ends[len++] = i + 2;
        codes[len] = d;
        starts[len] = i;
        ends[len++] = i + 2;
        i++;
        continue;
      }
    }
    const folded = foldChar(c);
    for (let k = 0; k < folded.length; k++) {
      codes[len] = folded.charCodeAt(k);
      starts[len] = i;
      ends[len++] = i + 1;
    }
  }
  starts[len] = n;
  const text = utf16.decode(codes.subarray(0, len));
  return new MappedNormalized(original, text, starts.subarray(0, len + 1), ends.subarray(0, len));
}

/** Folds a short string (a policy term, a phrase) the same way, without a map. */
export function fold(s: string): string {
  return normalize(s).text;
}
