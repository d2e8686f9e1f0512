/**
 * Inserting text through a site's editor without corrupting its model: the
 * browser's own editing command first (every editor handles it like typing),
 * then a synthetic paste, then a `beforeinput` replacement. After each try the
 * box is read again; the first strategy that changed the text wins, so text is
 * never inserted twice.
 */

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

type Strategy = (target: HTMLElement, text: string) => void;

const execInsert: Strategy = (_target, text) => {
  document.execCommand('insertText', false, text);
};

const syntheticPaste: Strategy = (target, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
};

const beforeInputReplacement: Strategy = (target, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      dataTransfer: data,
      bubbles: true,
      cancelable: true,
    }),
  );
};

const STRATEGIES: readonly Strategy[] = [execInsert, syntheticPaste, beforeInputReplacement];

/**
 * Selects the target with `select`, then inserts `text` in place of the selection.
 * `read` returns the box's current text; success means the text changed.
 */
export async function insertThroughEditor(
  target: HTMLElement,
  select: () => void,
  text: string,
  read: () => string,
): Promise<boolean> {
  const before = read();
  for (const strategy of STRATEGIES) {
    target.focus({ preventScroll: true });
    select();
    // Editors sync their model's selection on `selectionchange`, which fires asynchronously.
    await nextFrame();
    strategy(target, text);
    await nextFrame();
    if (read() !== before) return true;
  }
  return false;
}
