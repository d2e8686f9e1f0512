/**
 * Reading regex sources: groups, top-level alternatives and capture groups, for the code that
 * rewrites rule regexes (kinds/phrases.ts, text/keyed-alternation.ts). Escapes and character
 * classes are skipped, so a `(` or `|` inside them does not count.
 */

/** The index just after the group that opens at `open` (`(`), or -1. */
export function groupEnd(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The alternatives of a group's body (split at top-level `|`). */
export function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * The source with every capturing group made non-capturing. A capture costs the regex engine
 * bookkeeping at every attempt and the match array a slot; what a regex matches does not depend
 * on its captures (without back-references, which are left alone).
 */
export function withoutCaptures(source: string): string {
  if (/\\[1-9k]/.test(source)) return source;
  let out = '';
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(' && source[i + 1] !== '?') {
      out += `${source.slice(from, i + 1)}?:`;
      from = i + 1;
    }
  }
  return out + source.slice(from);
}
