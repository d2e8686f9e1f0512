/**
 * Saving the edited device policy. Save is only possible when the whole draft validates;
 * otherwise the problems are listed (each also shown at its field) and nothing is written.
 */
import { useState } from 'preact/hooks';
import { ProblemList } from '../../components/ProblemList';
import { t } from '../../i18n';
import { usePolicyFormContext } from '../policy-form';

export function SaveBar() {
  const form = usePolicyFormContext();
  const [status, setStatus] = useState<string | null>(null);
  const invalid = form.problems.length > 0;

  const save = async () => {
    setStatus((await form.save()) ? t('options_saved') : null);
  };

  return (
    <div class="save-bar">
      {invalid && (
        <div class="problems-summary" id="draft-problems">
          <p class="error">
            {form.problems.length === 1
              ? t('options_draftInvalidOne')
              : t('options_draftInvalidMany', form.problems.length)}
          </p>
          <ProblemList
            problems={form.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))}
          />
        </div>
      )}
      <div class="buttons">
        <button
          type="button"
          class="primary"
          disabled={!form.dirty || invalid}
          aria-describedby={invalid ? 'draft-problems' : undefined}
          onClick={() => void save()}
        >
          {t('options_save')}
        </button>
        <button type="button" disabled={!form.dirty} onClick={() => (form.discard(), setStatus(null))}>
          {t('options_discard')}
        </button>
        <p class="status" role="status">
          {form.dirty ? t('options_unsaved') : status}
        </p>
      </div>
    </div>
  );
}
