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
  private lastText: string | null = null;
  private lastKey = '';
  private stylesCopied = false;

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
        this.element.replaceChildren();
      }
      s.display = 'none';
      return;
    }
    // Layout reads first, then writes, so the page is laid out once per frame, not twice.
    const scrollTop = this.textarea.scrollTop;
    const scrollLeft = this.textarea.scrollLeft;
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
    this.element.scrollTop = scrollTop;
    this.element.scrollLeft = scrollLeft;
  }

  /** Follows the textarea's scroll position (called on its scroll events, and after updates). */
  syncScroll(): void {
    if (this.element.style.display === 'none') return;
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
  }

  private rebuild(text: string, findings: readonly Finding[]): void {
    const nodes: Node[] = [];
    this.spans = [];
    let at = 0;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < at || f.end > text.length) {
        this.spans.push(document.createElement('span'));
        continue;
      }
      nodes.push(document.createTextNode(text.slice(at, f.start)));
      const span = document.createElement('span');
      span.dataset.severity = f.severity;
      span.textContent = text.slice(f.start, f.end);
      nodes.push(span);
      this.spans.push(span);
      at = f.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    nodes.push(document.createTextNode(`${text.slice(at)}\u200b`));
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
