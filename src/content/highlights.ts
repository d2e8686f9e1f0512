/**
 * Underlines for contenteditable boxes through the CSS Custom Highlight API:
 * ranges are registered by severity and styled by highlights.css, so no node is
 * ever added inside the site's editor. Each guard owns its ranges.
 */
import type { Severity } from '../checker/types';

export const highlightsSupported =
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const owners = new Map<object, Map<Severity | 'active', Range[]>>();
const NAMES = ['block', 'warn', 'suggestion', 'active'] as const;

function refresh(): void {
  for (const name of NAMES) {
    const ranges: Range[] = [];
    for (const byName of owners.values()) ranges.push(...(byName.get(name) ?? []));
    const key = `postguard-${name}`;
    if (ranges.length) CSS.highlights.set(key, new Highlight(...ranges));
    else CSS.highlights.delete(key);
  }
}

export function setHighlights(owner: object, ranges: Map<Severity | 'active', Range[]>): void {
  if (!highlightsSupported) return;
  owners.set(owner, ranges);
  refresh();
}

export function clearHighlights(owner: object): void {
  if (!highlightsSupported || !owners.delete(owner)) return;
  refresh();
}
