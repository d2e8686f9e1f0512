/**
 * Severities: per category (with the reason people see), and per rule in a collapsible list
 * under each category. The rule ids come from the checker's generated rule index.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../../checker/categories';
import { RULES } from '../../../checker/rules/index.generated';
import type { SeverityLevel } from '../../../checker/types';
import { t } from '../../i18n';
import { CATEGORY_KEYS, categoryTitle, severityLabel } from '../../policy-labels';
import { SeveritySelect } from '../fields/SeveritySelect';
import { TextField } from '../fields/TextField';
import { usePolicyFormContext } from '../policy-form';
import { LIMITS } from '../schema-limits';

const rulesOf = (category: Category) => RULES.filter(([id]) => id.startsWith(`${category}/`));

export function SeverityEditor() {
  return (
    <section class="subsection" aria-labelledby="severity-heading">
      <h3 id="severity-heading">{t('options_severityHeading')}</h3>
      <p class="help">{t('options_severityHelp')}</p>
      {CATEGORIES.map((category) => (
        <CategorySeverity key={category} category={category} />
      ))}
    </section>
  );
}

function CategorySeverity({ category }: { category: Category }) {
  const form = usePolicyFormContext();
  const categorySeverity = form.effective.categories?.[category]?.severity;
  return (
    <fieldset class="category-severity" data-category={category}>
      <legend>{categoryTitle(category)}</legend>
      <div class="field-row">
        <SeveritySelect
          path={`categories.${category}.severity`}
          label={t('options_categorySeverity')}
          inheritLabel={t('options_severityRuleDefaults')}
        />
        <TextField
          path={`categories.${category}.reason`}
          label={t('options_categoryReason')}
          placeholder={t(CATEGORY_KEYS[category].reason)}
          maxLength={LIMITS.reason}
        />
      </div>
      <CategoryRules category={category} categorySeverity={categorySeverity} />
    </fieldset>
  );
}

/**
 * The rules of one category, collapsed. Their fields are only drawn while open: sixty-odd
 * selects nobody looks at would slow every keystroke of the form.
 */
function CategoryRules({
  category,
  categorySeverity,
}: {
  category: Category;
  categorySeverity?: SeverityLevel;
}) {
  const rules = rulesOf(category);
  const [open, setOpen] = useState(false);
  if (rules.length === 0) return null;
  return (
    <details class="rules" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('options_rulesSummary', rules.length)}</summary>
      {open &&
        rules.map(([id, rule]) => (
          <SeveritySelect
            key={id}
            path={`rules.${id}`}
            label={id}
            help={rule.description}
            inheritLabel={
              categorySeverity
                ? t('options_severityInherit', severityLabel(categorySeverity))
                : t('options_severityRuleDefault', severityLabel(rule.severity))
            }
          />
        ))}
    </details>
  );
}
