import { describe, expect, it } from 'vitest';
import { isLocked, layerPolicies } from './policy-layers';

describe('layerPolicies', () => {
  it('uses the device policy as it is when nothing is managed', () => {
    const device = { name: 'Mine', disclaimer: 'My views.' };
    expect(layerPolicies(device, null)).toEqual({ policy: device, locked: [] });
    expect(layerPolicies(null, null)).toEqual({ policy: {}, locked: [] });
  });

  it('lets each managed field win and locks it, keeping the fields the organization left out', () => {
    const { policy, locked } = layerPolicies(
      { name: 'Mine', disclaimer: 'My views.', allow: ['foo'] },
      { name: 'Org policy', codenames: ['Project Tundra'] },
    );
    expect(policy).toEqual({
      name: 'Org policy',
      disclaimer: 'My views.',
      allow: ['foo'],
      codenames: ['Project Tundra'],
    });
    expect(locked).toEqual(['name', 'codenames']);
  });

  it('layers object fields key by key', () => {
    const { policy, locked } = layerPolicies(
      {
        organization: { names: ['Me Inc'], handles: ['@me'] },
        categories: { legal: { severity: 'off' }, credentials: { severity: 'warn' } },
      },
      { organization: { names: ['Acme'] }, categories: { credentials: { severity: 'block' } } },
    );
    expect(policy.organization).toEqual({ names: ['Acme'], handles: ['@me'] });
    expect(policy.categories).toEqual({ legal: { severity: 'off' }, credentials: { severity: 'block' } });
    expect(locked).toEqual(['organization.names', 'categories.credentials']);
  });

  it('replaces lists rather than joining them', () => {
    expect(layerPolicies({ allow: ['a'] }, { allow: ['b'] }).policy.allow).toEqual(['b']);
  });
});

describe('isLocked', () => {
  it('matches a locked path and everything inside it', () => {
    const locked = ['disclaimer', 'categories.secrets'];
    expect(isLocked(locked, 'disclaimer')).toBe(true);
    expect(isLocked(locked, 'categories.secrets')).toBe(true);
    expect(isLocked(locked, 'categories.secrets.severity')).toBe(true);
    expect(isLocked(locked, 'categories.legal')).toBe(false);
    expect(isLocked(locked, 'disclaimerShort')).toBe(false);
  });
});
