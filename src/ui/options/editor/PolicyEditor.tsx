/** "Policy on this device": the form that edits the device policy, section by section. */
import { t } from '../../i18n';
import { TermListField } from '../fields/TermListField';
import { usePolicyFormContext } from '../policy-form';
import { CustomRulesEditor } from './CustomRulesEditor';
import { DisclaimerFields } from './DisclaimerFields';
import { OrganizationProfile } from './OrganizationProfile';
import { SaveBar } from './SaveBar';
import { SeverityEditor } from './SeverityEditor';

export function PolicyEditor() {
  const form = usePolicyFormContext();
  return (
    <section id="edit" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('options_editorHeading')}</h2>
      <p class="help">{form.hasDevicePolicy ? t('options_editorHelp') : t('options_editorHelpDefault')}</p>
      <OrganizationProfile />
      <DisclaimerFields />
      <SeverityEditor />
      <section class="subsection" aria-labelledby="allow-heading">
        <h3 id="allow-heading">{t('options_allowHeading')}</h3>
        <TermListField path="allow" label={t('options_allowTerms')} help={t('options_allowHelp')} />
      </section>
      <CustomRulesEditor />
      <SaveBar />
    </section>
  );
}
