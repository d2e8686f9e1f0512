/**
 * A textarea cannot hold highlights, so a transparent copy of its text is laid
 * over it inside our shadow root, with the same box and font metrics; findings
 * are spans in the copy, underlined. The copy also measures rects for cards.
 * Built from text nodes only (never innerHTML with page text).
 */
import type { Finding } from '../../checker/types';
import type { Box } from './Overlay';

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private spans: HTMLSpanElement[] = [];
  /** The text nodes between the spans, in order (the last one ends the copy). */
  private gaps: Text[] = [];
  /** The severities of the spans, and which findings have none: when equal, nodes are reused. */
  private shape = '';
  private lastText: string | null = null;
  private lastKey = '';
  private stylesCopied = false;
  /**
   * The textarea's scroll offsets, read when the copy is shown and kept by its scroll events:
   * reading them on every keystroke would force the page's layout in the middle of typing.
   */
  private scroll: { top: number; left: number } | null = null;
  /** The copy's own scroll offsets, as last set (0 while hidden: a hidden box does not scroll). */
  private applied = { top: 0, left: 0 };

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    parent: Node,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    parent.appendChild(this.element);
  }

  /** Copies the textarea's box and font again (after a resize or a style change). */
  invalidateStyles(): void {
    this.stylesCopied = false;
  }

  /**
   * Lays the copy over the textarea and rebuilds its content when the text or findings changed.
   * Cheap when nothing changed: the computed style is copied only after invalidateStyles(),
   * and with no findings the copy stays empty and hidden.
   */
  update(text: string, findings: readonly Finding[], rect: Box): void {
    const s = this.element.style;
    if (!findings.length) {
      if (this.lastKey !== '') {
        this.lastKey = '';
        this.lastText = null;
        this.spans = [];
        this.gaps = [];
        this.shape = '';
        this.element.replaceChildren();
      }
      s.display = 'none';
      this.scroll = null;
      this.applied = { top: 0, left: 0 };
      return;
    }
    // Layout reads first (only when the copy is shown), then writes, so the page is laid out
    // once per frame, not twice.
    this.scroll ??= { top: this.textarea.scrollTop, left: this.textarea.scrollLeft };
    s.display = '';
    if (!this.stylesCopied) {
      const style = getComputedStyle(this.textarea);
      for (const prop of COPIED) s[prop] = style[prop];
      s.borderColor = 'transparent';
      this.stylesCopied = true;
    }
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    const key = findings.map((f) => `${f.start}:${f.end}:${f.severity}`).join(',');
    if (text !== this.lastText || key !== this.lastKey) {
      this.lastText = text;
      this.lastKey = key;
      this.rebuild(text, findings);
    }
    this.applyScroll();
  }

  /** Follows the textarea's scroll position (called on its scroll events). */
  syncScroll(): void {
    if (this.element.style.display === 'none') return;
    this.scroll = { top: this.textarea.scrollTop, left: this.textarea.scrollLeft };
    this.applyScroll();
  }

  /**
   * Scrolls the copy as the textarea is. Setting an offset lays the page out at once, so an
   * unscrolled copy is left alone: 0 stays 0 whatever its content becomes.
   */
  private applyScroll(): void {
    const want = this.scroll ?? { top: 0, left: 0 };
    if (want.top === 0 && want.left === 0 && this.applied.top === 0 && this.applied.left === 0) return;
    this.element.scrollTop = want.top;
    this.element.scrollLeft = want.left;
    this.applied = { ...want };
  }

  private rebuild(text: string, findings: readonly Finding[]): void {
    // The copy as pieces: the text between findings, and each finding's own text (null for a
    // finding that overlaps another or runs past the text: it gets a span outside the copy).
    const gaps: string[] = [];
    const marked: Array<{ text: string; severity: Finding['severity'] } | null> = [];
    let at = 0;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < at || f.end > text.length) {
        marked.push(null);
        continue;
      }
      gaps.push(text.slice(at, f.start));
      marked.push({ text: text.slice(f.start, f.end), severity: f.severity });
      at = f.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    gaps.push(`${text.slice(at)}\u200b`);
    const shape = marked.map((m) => m?.severity ?? '-').join(',');
    if (shape === this.shape && this.gaps.length === gaps.length) {
      // Typing moved text, not findings: the same nodes take the new text (no new nodes for the
      // page to style).
      gaps.forEach((g, i) => setData(this.gaps[i] as Text, g));
      marked.forEach((m, i) => {
        if (m) setData(this.spans[i]?.firstChild as Text, m.text);
      });
      return;
    }
    this.shape = shape;
    this.gaps = gaps.map((g) => document.createTextNode(g));
    this.spans = marked.map((m) => {
      const span = document.createElement('span');
      if (m) {
        span.dataset.severity = m.severity;
        span.append(document.createTextNode(m.text));
      }
      return span;
    });
    const nodes: Node[] = [];
    let gap = 0;
    marked.forEach((m, i) => {
      if (!m) return;
      nodes.push(this.gaps[gap++] as Text, this.spans[i] as HTMLSpanElement);
    });
    nodes.push(this.gaps[gap] as Text);
    this.element.replaceChildren(...nodes);
  }

  /** Client rects of the finding at `index` of the last update's findings, sorted by start. */
  rects(index: number): DOMRect[] {
    const span = this.spans[index];
    return span?.isConnected ? [...span.getClientRects()] : [];
  }

  remove(): void {
    this.element.remove();
  }
}

/** Changes a text node only when its text differs (each change makes the page lay it out again). */
function setData(node: Text | undefined, data: string): void {
  if (node && node.data !== data) node.data = data;
}
