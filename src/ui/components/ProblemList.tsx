/** A list of problems (validation errors, ignored policies), each as written, in the error color. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <ul class="problems">
      {problems.map((problem, i) => (
        <li key={i} class="error">
          {problem}
        </li>
      ))}
    </ul>
  );
}
