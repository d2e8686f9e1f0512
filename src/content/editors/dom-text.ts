/**
 * Reads the text of a contenteditable editor as the person sees it, with a map
 * from text offsets back to DOM positions:
 * - text nodes contribute their characters;
 * - block elements (paragraphs, divs, list items) are separated by one "\n";
 * - a <br> inside a line is "\n"; the trailing <br> editors put in a block
 *   (Lexical, Quill, ProseMirror, Draft's empty blocks) contributes nothing;
 * - atoms (contenteditable=false mentions, emoji <img alt>) contribute their
 *   text as one unbreakable piece.
 * Reading never touches the DOM or the selection.
 */

export interface Segment {
  /** Offset of the segment in the text. */
  start: number;
  length: number;
  /** A text node (offsets map inside it), an atom element, or a line break before/after `node`. */
  kind: 'text' | 'atom' | 'break';
  node: Node;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Is this <br> the last thing in its block (a placeholder that adds no line)? */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root) {
    if (node.nextSibling) {
      // Skip empty text nodes after the <br>.
      let next: Node | null = node.nextSibling;
      while (next && next.nodeType === Node.TEXT_NODE && !(next as Text).data) next = next.nextSibling;
      if (next) return false;
    }
    const parent = node.parentNode;
    if (!parent) return true;
    if (parent.nodeType === Node.ELEMENT_NODE && isBlock(parent as Element)) return true;
    node = parent;
  }
  return true;
}

export function readDomText(root: Element): TextMap {
  const segments: Segment[] = [];
  let text = '';
  /** A line (with content, or an empty block's line) exists, so a later block starts a new line. */
  let started = false;
  /** A line break is owed before the next content. */
  let owed = false;

  const flushBreak = (): void => {
    if (!owed) return;
    segments.push({ start: text.length, length: 1, kind: 'break', node: root });
    text += '\n';
    owed = false;
  };
  const emit = (piece: string, kind: Segment['kind'], node: Node): void => {
    flushBreak();
    segments.push({ start: text.length, length: piece.length, kind, node });
    text += piece;
    started = true;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data) emit(data, 'text', node);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (SKIP_TAGS.has(el.tagName) || el.hasAttribute('data-postguard-host')) return;
    if (el.tagName === 'BR') {
      // A trailing <br> is the editor's placeholder: it only makes an empty block an empty line.
      if (isTrailingBreak(el, root)) {
        flushBreak();
        started = true;
      } else emit('\n', 'break', el);
      return;
    }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt');
      if (alt) emit(alt, 'atom', el);
      return;
    }
    if (el !== root && el.getAttribute('contenteditable') === 'false') {
      const t = el.textContent ?? '';
      if (t) emit(t, 'atom', el);
      return;
    }
    const block = el !== root && isBlock(el);
    if (block && started) owed = true;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block && started) owed = true;
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return { text, segments };
}

/** The segment containing text offset `offset` (for an end offset, pass `offset - 1`). */
function segmentAt(map: TextMap, offset: number): Segment | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A DOM range for the text span `[start, end)`, or null if it cannot be mapped. Line breaks at either end are trimmed. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  let first = segmentAt(map, start);
  while (first?.kind === 'break' && start < end) first = segmentAt(map, ++start);
  let last = segmentAt(map, end - 1);
  while (last?.kind === 'break' && end > start) last = segmentAt(map, --end - 1);
  if (!first || !last || end <= start) return null;
  const range = document.createRange();
  try {
    if (first.kind === 'text') range.setStart(first.node, start - first.start);
    else range.setStartBefore(first.node);
    if (last.kind === 'text') range.setEnd(last.node, end - last.start);
    else range.setEndAfter(last.node);
  } catch {
    return null;
  }
  return range;
}

/** The text offset of a DOM position (a caret), or null when it is outside the map. */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  for (const s of map.segments) {
    if (s.kind === 'text' && s.node === node) return s.start + Math.min(offset, s.length);
    if (s.kind === 'atom' && (s.node === node || s.node.contains(node))) return s.start + s.length;
  }
  if (node.nodeType === Node.ELEMENT_NODE) {
    const child = node.childNodes[offset];
    if (child) {
      for (const s of map.segments) if (child === s.node || child.contains(s.node)) return s.start;
    }
  }
  return null;
}
