/**
 * The policy's own rules: an id, a category, a severity, the message people see, and what to
 * look for — a list of terms or a regular expression (the schema rejects unsafe ones).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../../../checker/categories';
import type { CustomRule } from '../../../checker/policy/schema';
import { t } from '../../i18n';
import { categoryTitle } from '../../policy-labels';
import { FieldProblems } from '../fields/FieldProblems';
import { LockNote } from '../fields/LockNote';
import { SeveritySelect } from '../fields/SeveritySelect';
import { TermListField } from '../fields/TermListField';
import { TextField } from '../fields/TextField';
import { GroupLockNote, useField, usePolicyFormContext } from '../policy-form';
import { fieldId } from '../policy-paths';

const NEW_RULE: CustomRule = { id: '', category: 'confidential', message: '' };

export function CustomRulesEditor() {
  const list = useField<CustomRule[]>('customRules');
  const rules = list.value ?? [];
  const [focusRule, setFocusRule] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // After adding, the new rule's first field takes focus; after removing, the Add button does.
  useEffect(() => {
    if (focusRule === null) return;
    if (focusRule < rules.length) document.getElementById(fieldId(`customRules.${focusRule}.id`))?.focus();
    else addButton.current?.focus();
    setFocusRule(null);
  }, [focusRule]);

  const add = () => {
    list.set([...rules, { ...NEW_RULE }]);
    setFocusRule(rules.length);
  };
  const remove = (index: number) => {
    list.set(rules.filter((_, i) => i !== index));
    setFocusRule(Number.MAX_SAFE_INTEGER);
  };

  return (
    <section class="subsection" aria-labelledby="custom-rules-heading">
      <h3 id="custom-rules-heading">{t('options_customRulesHeading')}</h3>
      <p class="help">{t('options_customRulesHelp')}</p>
      {list.locked && <LockNote id={list.lockId} />}
      {rules.length === 0 && <p class="help empty">{t('options_noCustomRules')}</p>}
      <GroupLockNote.Provider value={list.locked ? list.lockId : null}>
        {rules.map((rule, index) => (
          <CustomRuleFields
            key={index}
            index={index}
            rule={rule}
            locked={list.locked}
            onRemove={() => remove(index)}
          />
        ))}
      </GroupLockNote.Provider>
      {!list.locked && (
        <button type="button" ref={addButton} onClick={add}>
          {t('options_addCustomRule')}
        </button>
      )}
    </section>
  );
}

interface CustomRuleFieldsProps {
  index: number;
  rule: CustomRule;
  locked: boolean;
  onRemove(): void;
}

function CustomRuleFields({ index, rule, locked, onRemove }: CustomRuleFieldsProps) {
  const path = `customRules.${index}`;
  const form = usePolicyFormContext();
  const ruleProblems = locked ? [] : form.problems.filter((p) => p.path === path);
  const errorId = `${fieldId(path)}-error`;
  return (
    <fieldset
      class="custom-rule"
      disabled={locked}
      aria-describedby={ruleProblems.length > 0 ? errorId : undefined}
    >
      <legend>{t('options_customRuleLegend', index + 1, rule.id || '…')}</legend>
      <div class="field-row">
        <TextField
          path={`${path}.id`}
          label={t('options_customRuleId')}
          placeholder="project-names"
          required
          monospace
        />
        <CategorySelect path={`${path}.category`} />
        <SeveritySelect
          path={`${path}.severity`}
          label={t('options_customRuleSeverity')}
          inheritLabel={t('options_customRuleSeverityDefault')}
        />
      </div>
      <TextField
        path={`${path}.message`}
        label={t('options_customRuleMessage')}
        help={t('options_customRuleMessageHelp')}
        required
      />
      <TermListField path={`${path}.terms`} label={t('options_customRuleTerms')} />
      <TextField
        path={`${path}.pattern`}
        label={t('options_customRulePattern')}
        help={t('options_customRulePatternHelp')}
        monospace
      />
      <CaseSensitiveField path={`${path}.caseSensitive`} />
      <FieldProblems id={errorId} path={path} problems={ruleProblems} />
      {!locked && (
        <button type="button" class="danger" onClick={onRemove}>
          {t('options_removeCustomRule', rule.id || String(index + 1))}
        </button>
      )}
    </fieldset>
  );
}

function CategorySelect({ path }: { path: string }) {
  const field = useField<string>(path);
  return (
    <div class="field">
      <label for={field.id}>{t('options_customRuleCategory')}</label>
      <select
        id={field.id}
        value={field.value ?? ''}
        disabled={field.locked}
        aria-invalid={field.problems.length > 0 ? 'true' : undefined}
        aria-describedby={field.describedBy}
        onChange={(e) => field.set((e.currentTarget as HTMLSelectElement).value)}
      >
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {categoryTitle(category)}
          </option>
        ))}
      </select>
      <FieldProblems id={field.errorId} path={path} problems={field.problems} />
    </div>
  );
}

function CaseSensitiveField({ path }: { path: string }) {
  const field = useField<boolean>(path);
  return (
    <div class="field checkbox">
      <input
        id={field.id}
        type="checkbox"
        checked={field.value === true}
        disabled={field.locked}
        onChange={(e) => field.set((e.currentTarget as HTMLInputElement).checked || undefined)}
      />
      <label for={field.id}>{t('options_customRuleCaseSensitive')}</label>
    </div>
  );
}
