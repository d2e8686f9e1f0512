/** The policy's name and version, and who the organization is: its names, accounts, hosts and projects. */
import { t } from '../../i18n';
import { TermListField } from '../fields/TermListField';
import { TextField } from '../fields/TextField';
import { LIMITS } from '../schema-limits';

export function OrganizationProfile() {
  return (
    <section class="subsection" aria-labelledby="organization-heading">
      <h3 id="organization-heading">{t('options_organizationHeading')}</h3>
      <div class="field-row">
        <TextField path="name" label={t('options_policyName')} maxLength={LIMITS.name} />
        <TextField
          path="version"
          label={t('options_policyVersion')}
          placeholder="2026.1"
          maxLength={LIMITS.version}
        />
      </div>
      <TermListField
        path="organization.names"
        label={t('options_orgNames')}
        help={t('options_orgNamesHelp')}
        placeholder="Acme Robotics"
      />
      <TermListField path="organization.handles" label={t('options_orgHandles')} placeholder="@acme" />
      <TermListField path="organization.domains" label={t('options_orgDomains')} placeholder="acme.example" />
      <TermListField
        path="organization.internalHosts"
        label={t('options_orgInternalHosts')}
        help={t('options_orgInternalHostsHelp')}
        placeholder="git.acme.corp"
      />
      <TermListField
        path="codenames"
        label={t('options_codenames')}
        help={t('options_codenamesHelp')}
        placeholder="Project Tundra"
      />
      <TermListField path="products" label={t('options_products')} help={t('options_productsHelp')} />
      <TermListField
        path="competitors"
        label={t('options_competitors')}
        help={t('options_competitorsHelp')}
      />
    </section>
  );
}
