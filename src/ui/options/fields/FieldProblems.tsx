/** A field's validation problems, as parsePolicy words them, under the field (referenced by aria-describedby). */
import { t } from '../../i18n';
import type { FieldProblem } from '../policy-paths';

/** "Item 3: must not be empty" for a problem inside a list; the message alone for the field itself. */
function describe(problem: FieldProblem, path: string): string {
  const rest = problem.path.slice(path.length + 1);
  if (!rest) return problem.message;
  const [index, ...inner] = rest.split('.');
  if (/^\d+$/.test(index!) && inner.length === 0)
    return t('options_itemProblem', Number(index) + 1, problem.message);
  return `${rest}: ${problem.message}`;
}

export function FieldProblems({
  id,
  path,
  problems,
}: {
  id: string;
  path: string;
  problems: readonly FieldProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} class="field-problems">
      {problems.map((problem, i) => (
        <li key={i}>{describe(problem, path)}</li>
      ))}
    </ul>
  );
}
