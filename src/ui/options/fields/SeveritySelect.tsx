/** A severity (off / suggestion / warn / block) for a category or a rule, or "not set" to inherit. */
import type { SeverityLevel } from '../../../checker/types';
import { SEVERITY_ORDER, severityLabel } from '../../policy-labels';
import { useField } from '../policy-form';
import { FieldProblems } from './FieldProblems';
import { LockNote } from './LockNote';

interface SeveritySelectProps {
  path: string;
  label: string;
  /** What "not set" means here, e.g. "Each rule's default" or "As the category (Warns)". */
  inheritLabel: string;
  help?: string;
}

export function SeveritySelect({ path, label, inheritLabel, help }: SeveritySelectProps) {
  const field = useField<SeverityLevel>(path);
  const helpId = help ? `${field.id}-help` : undefined;
  return (
    <div class="field severity-field">
      <label for={field.id}>{label}</label>
      <select
        id={field.id}
        value={field.value ?? ''}
        disabled={field.locked}
        aria-invalid={field.problems.length > 0 ? 'true' : undefined}
        aria-describedby={[helpId, field.describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(e) =>
          field.set(((e.currentTarget as HTMLSelectElement).value || undefined) as SeverityLevel | undefined)
        }
      >
        <option value="">{inheritLabel}</option>
        {SEVERITY_ORDER.map((severity) => (
          <option key={severity} value={severity}>
            {severityLabel(severity)}
          </option>
        ))}
      </select>
      {help && (
        <p id={helpId} class="help">
          {help}
        </p>
      )}
      <FieldProblems id={field.errorId} path={path} problems={field.problems} />
      {field.ownLockNote && <LockNote id={field.lockId} />}
    </div>
  );
}
