/**
 * An editable list of terms (names, codenames, allow-listed words…): each term with a
 * Remove button, and an input that adds one more (Enter or the Add button).
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useField } from '../policy-form';
import { FieldProblems } from './FieldProblems';
import { LockNote } from './LockNote';

interface TermListFieldProps {
  path: string;
  label: string;
  help?: string;
  placeholder?: string;
}

export function TermListField({ path, label, help, placeholder }: TermListFieldProps) {
  const field = useField<string[]>(path);
  const terms = field.value ?? [];
  const [input, setInput] = useState('');
  const inputId = `${field.id}-new`;
  const helpId = help ? `${field.id}-help` : undefined;

  const add = () => {
    if (input.trim() === '') return;
    if (!terms.includes(input)) field.set([...terms, input]);
    setInput('');
  };
  const remove = (index: number) => field.set(terms.filter((_, i) => i !== index));

  return (
    <fieldset class="field term-list" disabled={field.locked} aria-describedby={field.describedBy}>
      <legend>{label}</legend>
      {help && (
        <p id={helpId} class="help">
          {help}
        </p>
      )}
      {terms.length > 0 ? (
        <ul class="terms" aria-label={label}>
          {terms.map((term, index) => (
            <li key={`${index}:${term}`} class="term">
              <span>{term}</span>
              {!field.locked && (
                <button
                  type="button"
                  class="remove"
                  onClick={() => remove(index)}
                  aria-label={t('options_removeTerm', term, label)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="help empty">{t('options_noTerms')}</p>
      )}
      {!field.locked && (
        <div class="add-term">
          <label class="sr-only" for={inputId}>
            {t('options_addTermLabel', label)}
          </label>
          <input
            id={inputId}
            type="text"
            value={input}
            placeholder={placeholder}
            aria-invalid={field.problems.length > 0 ? 'true' : undefined}
            aria-describedby={[helpId, field.describedBy].filter(Boolean).join(' ') || undefined}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
          />
          <button type="button" onClick={add} aria-label={t('options_addTermLabel', label)}>
            {t('options_addTerm')}
          </button>
        </div>
      )}
      <FieldProblems id={field.errorId} path={path} problems={field.problems} />
      {field.ownLockNote && <LockNote id={field.lockId} />}
    </fieldset>
  );
}
