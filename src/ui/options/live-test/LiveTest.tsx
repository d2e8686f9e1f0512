/**
 * "Try the policy": a post typed or pasted here is checked, as one types, by the same checker
 * the worker runs, against the policy being edited (the organization's fields over the last
 * valid draft, saved or not). Findings are underlined in a mirror of the text and listed.
 */
import { useMemo, useState } from 'preact/hooks';
import { check } from '../../../checker/check';
import { compilePolicy } from '../../../checker/policy/compile';
import type { Finding, Suggestion } from '../../../checker/types';
import { t } from '../../i18n';
import { categoryTitle, severityLabel } from '../../policy-labels';
import { usePolicyFormContext } from '../policy-form';
import { segmentsOf } from './segments';
import { useDebounced } from './use-debounced';

const CHECK_DELAY_MS = 200;

function countText(count: number): string {
  if (count === 0) return t('options_liveTestCountNone');
  return count === 1 ? t('options_liveTestCountOne') : t('options_liveTestCountMany', count);
}

export function LiveTest() {
  const form = usePolicyFormContext();
  const [text, setText] = useState('');
  const checkedText = useDebounced(text, CHECK_DELAY_MS);
  const compiled = useMemo(() => compilePolicy(form.effective), [form.effective]);
  const findings = useMemo(() => check(checkedText, compiled), [checkedText, compiled]);
  // Offsets are only good for the text they were computed on.
  const current = checkedText === text;

  const apply = ({ start, end, replacement }: Suggestion) =>
    setText(text.slice(0, start) + replacement + text.slice(end));

  return (
    <section id="live-test" aria-labelledby="live-test-heading">
      <h2 id="live-test-heading">{t('options_liveTestHeading')}</h2>
      <p id="live-test-help" class="help">
        {form.dirty ? t('options_liveTestHelpDraft') : t('options_liveTestHelp')}
      </p>
      <label for="live-test-input">{t('options_liveTestLabel')}</label>
      <textarea
        id="live-test-input"
        rows={4}
        value={text}
        aria-describedby="live-test-help"
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {checkedText && (
        // The list below says everything the underlines show; screen readers read that instead.
        <div class="mirror" aria-hidden="true" data-testid="live-test-mirror">
          {segmentsOf(checkedText, findings).map((segment) =>
            segment.severity ? (
              <mark key={segment.start} class={`finding finding-${segment.severity}`}>
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
        </div>
      )}
      <p class="status" role="status">
        {checkedText && countText(findings.length)}
      </p>
      {findings.length > 0 && (
        <ol class="findings" aria-label={t('options_liveTestFindings')}>
          {findings.map((finding) => (
            <FindingItem
              key={`${finding.rule}:${finding.start}`}
              finding={finding}
              excerpt={checkedText.slice(finding.start, finding.end)}
              onApply={current ? apply : null}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface FindingItemProps {
  finding: Finding;
  excerpt: string;
  /** Applies a suggestion to the test text; null while the findings are for an older text. */
  onApply: ((suggestion: Suggestion) => void) | null;
}

function FindingItem({ finding, excerpt, onApply }: FindingItemProps) {
  return (
    <li
      class="finding-item"
      data-category={finding.category}
      data-severity={finding.severity}
      data-rule={finding.rule}
    >
      <div class="finding-head">
        <span class={`severity severity-${finding.severity}`}>{severityLabel(finding.severity)}</span>
        <strong>{categoryTitle(finding.category)}</strong>
        <q class="excerpt">{excerpt}</q>
      </div>
      <p class="finding-message">{finding.message}</p>
      {finding.suggestions && finding.suggestions.length > 0 && (
        <ul class="suggestions" aria-label={t('options_liveTestSuggestions')}>
          {finding.suggestions.map((suggestion) => (
            <li key={suggestion.label}>
              {onApply ? (
                <button type="button" onClick={() => onApply(suggestion)}>
                  {suggestion.label}
                </button>
              ) : (
                suggestion.label
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
