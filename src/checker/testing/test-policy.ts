/**
 * The organization rule tests use. Deliberately not the evaluation corpus's
 * organization: rules must work from whatever names a policy gives them.
 */
import type { Policy } from '../policy/schema';

export const TEST_POLICY: Policy = {
  name: 'Acme test policy',
  organization: {
    names: ['Acme Robotics', 'Acme'],
    handles: ['@acme', '@AcmeHelp'],
    domains: ['acme.example'],
    internalHosts: ['git.acme.corp', 'hr.acme.corp'],
  },
  codenames: ['Falcon', 'Project Tundra'],
  products: ['Acme Vision', 'Acme Flow'],
  competitors: ['Initrode', 'Umbrella Labs'],
  disclaimer: 'My views, not those of Acme Robotics.',
  disclaimerShort: 'Views my own.',
};
