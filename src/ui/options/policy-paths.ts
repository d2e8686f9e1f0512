/**
 * Reading and writing a policy draft by dotted path ("organization.names",
 * "categories.legal.severity", "rules.legal/admission", "customRules.0.pattern"),
 * the same paths parsePolicy names in its problems and the managed policy locks.
 */

export type Draft = Record<string, unknown>;

/** One problem parsePolicy reported, split into the field it names and what is wrong with it. */
export interface FieldProblem {
  /** Dotted path of the bad field; "" for the policy as a whole. */
  path: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array index for numeric path segments, so "customRules.0" reaches into the array. */
const segmentKey = (segment: string): string | number => (/^\d+$/.test(segment) ? Number(segment) : segment);

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * An empty list or object leaves no key behind: the device policy only says what the person set.
 * Fields decide for themselves whether "" means "not set" (an optional text) or stays (a required one).
 */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

function setIn(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const key = segmentKey(head);
  if (Array.isArray(node) && typeof key === 'number') {
    const copy = [...node];
    copy[key] = setIn(copy[key], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setIn(copy[head], rest, value);
  // An object emptied by this edit (e.g. categories.legal with neither severity nor reason) goes too.
  if (isEmpty(next)) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** A copy of `draft` with `path` set to `value`, or removed when `value` is empty. */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  return setIn(draft, path.split('.'), value) as Draft;
}

/** Splits parsePolicy's problems (`"codenames.0": must not be empty`) into path and message. */
export function toFieldProblems(problems: readonly string[]): FieldProblem[] {
  return problems.map((problem) => {
    const match = /^"([^"]*)": (.*)$/s.exec(problem);
    if (match) return { path: match[1]!, message: match[2]! };
    return { path: '', message: problem.replace(/^the policy: /, '') };
  });
}

/** The problems of the field at `path` and of everything inside it. */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}

/** A DOM id for the field at `path`. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9-]/g, '_')}`;
