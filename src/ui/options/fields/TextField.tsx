/**
 * One text field of the policy. Empty means "not set" (the key is removed) unless `required`.
 * `maxLength` comes from the schema and is shown as a counter, not enforced by the input, so a
 * pasted text that is too long is kept and its problem shown instead of being cut silently.
 */
import { t } from '../../i18n';
import { useField } from '../policy-form';
import { FieldProblems } from './FieldProblems';
import { LockNote } from './LockNote';

interface TextFieldProps {
  path: string;
  label: string;
  help?: string;
  placeholder?: string;
  maxLength?: number;
  multiline?: boolean;
  required?: boolean;
  monospace?: boolean;
}

export function TextField({
  path,
  label,
  help,
  placeholder,
  maxLength,
  multiline,
  required,
  monospace,
}: TextFieldProps) {
  const field = useField<string>(path);
  const value = field.value ?? '';
  const helpId = help ? `${field.id}-help` : undefined;
  const counterId = maxLength ? `${field.id}-count` : undefined;
  const describedBy = [helpId, counterId, field.describedBy].filter(Boolean).join(' ') || undefined;
  const props = {
    id: field.id,
    value,
    placeholder,
    disabled: field.locked,
    class: monospace ? 'monospace' : undefined,
    'aria-invalid': field.problems.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      field.set(text === '' && !required ? undefined : text);
    },
  };
  return (
    <div class="field">
      <label for={field.id}>{label}</label>
      {help && (
        <p id={helpId} class="help">
          {help}
        </p>
      )}
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      {maxLength && (
        <p id={counterId} class={`counter${value.trim().length > maxLength ? ' error' : ''}`}>
          {t('options_charCount', value.trim().length, maxLength)}
        </p>
      )}
      <FieldProblems id={field.errorId} path={path} problems={field.problems} />
      {field.ownLockNote && <LockNote id={field.lockId} />}
    </div>
  );
}
