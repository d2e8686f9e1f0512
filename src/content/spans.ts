/**
 * Keeps findings attached to their words while the person types, until the
 * worker's fresh answer arrives: findings before the edit stay, findings after
 * it move by the edit's length, findings the edit touches are dropped.
 */
import type { Finding } from '../checker/types';

export interface TextEdit {
  /** Where the old and new texts start to differ. */
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the inserted part in the new text. */
  newEnd: number;
}

/** The single edit that turns `before` into `after` (common prefix and suffix), or null if equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

function shiftSpan<T extends { start: number; end: number }>(
  item: T,
  edit: TextEdit,
  delta: number,
): T | null {
  if (item.end <= edit.start) return item;
  if (item.start >= edit.oldEnd) return { ...item, start: item.start + delta, end: item.end + delta };
  return null;
}

export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  const edit = diffTexts(before, after);
  if (!edit) return [...findings];
  const delta = edit.newEnd - edit.oldEnd;
  const out: Finding[] = [];
  for (const f of findings) {
    // A post-level suggestion anchored at the end (the disclaimer insert) follows the end.
    const shifted = shiftSpan(f, edit, delta);
    if (!shifted) continue;
    if (shifted.suggestions) {
      const suggestions = shifted.suggestions
        .map((s) =>
          s.start === before.length && s.end === before.length
            ? { ...s, start: after.length, end: after.length }
            : shiftSpan(s, edit, delta),
        )
        .filter((s): s is NonNullable<typeof s> => s !== null);
      out.push({ ...shifted, suggestions });
    } else out.push(shifted);
  }
  return out;
}
