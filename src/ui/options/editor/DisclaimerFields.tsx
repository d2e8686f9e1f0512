/** The disclaimers the one-click fix inserts, with the schema's length limits, and other accepted ones. */
import { t } from '../../i18n';
import { TermListField } from '../fields/TermListField';
import { TextField } from '../fields/TextField';
import { LIMITS } from '../schema-limits';

export function DisclaimerFields() {
  return (
    <section class="subsection" aria-labelledby="disclaimer-heading">
      <h3 id="disclaimer-heading">{t('options_disclaimerHeading')}</h3>
      <TextField
        path="disclaimer"
        label={t('options_disclaimerLong')}
        help={t('options_disclaimerLongHelp')}
        maxLength={LIMITS.disclaimer}
        multiline
      />
      <TextField
        path="disclaimerShort"
        label={t('options_disclaimerShort')}
        help={t('options_disclaimerShortHelp')}
        maxLength={LIMITS.disclaimerShort}
      />
      <TermListField
        path="acceptedDisclaimers"
        label={t('options_acceptedDisclaimers')}
        help={t('options_acceptedDisclaimersHelp')}
      />
    </section>
  );
}
