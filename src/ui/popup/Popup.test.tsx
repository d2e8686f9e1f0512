// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../checker/categories';
import type { PolicyInfo, TabStatus } from '../../shared/messages';
import { installChromeI18n } from '../testing/chrome-i18n';
import { ACTIVE_TAB_ID, type FakeSetup, fake } from '../testing/fake-browser';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../testing/fake-browser')).fake.browser,
}));
const { Popup } = await import('./Popup');

const SEVERITIES = {
  credentials: 'block',
  'personal-info': 'block',
  location: 'off',
  accessibility: 'suggestion',
} as const;

function policyInfo(overrides: Partial<PolicyInfo> = {}): PolicyInfo {
  return {
    name: 'Postguard default policy',
    version: null,
    organization: null,
    source: 'default',
    disclaimer: 'Opinions are my own and do not represent my employer.',
    disclaimerShort: 'Views my own.',
    allowPause: true,
    enforcement: { allowPause: true, allowOverride: true, justifications: ['Approved'], confirmWarnings: false },
    audit: { enabled: true, storeExcerpt: false, maxEntries: 1000 },
    locked: [],
    problems: [],
    categories: CATEGORIES.map((category) => ({
      category,
      severity: category in SEVERITIES ? SEVERITIES[category as keyof typeof SEVERITIES] : 'warn',
      reason: `built-in reason for ${category}`,
      customReason: false,
    })),
    ...overrides,
  };
}

const ACME: Partial<PolicyInfo> = {
  name: 'Acme social media policy',
  version: '2026.1',
  organization: 'Acme Robotics',
};

function tabStatus(overrides: Partial<TabStatus> = {}): TabStatus {
  return {
    host: 'www.linkedin.com',
    site: 'linkedin',
    paused: false,
    boxes: 1,
    findings: 0,
    blocking: 0,
    ...overrides,
  };
}

function show(setup: FakeSetup) {
  fake.reset({ policyInfo: policyInfo(), tabStatus: tabStatus(), ...setup });
  return render(<Popup />);
}

const policySection = () => screen.getByRole('region', { name: 'Policy in force' });
const tabSection = () => screen.getByRole('region', { name: 'This tab' });

beforeEach(() => {
  installChromeI18n('en');
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('policy summary', () => {
  it('shows the default policy and its source', async () => {
    show({});
    expect(await within(policySection()).findByText('Postguard default')).toBeTruthy();
    expect(within(policySection()).getByText('Postguard default policy')).toBeTruthy();
    expect(policySection().querySelector('.policy-meta')).toBeNull();
  });

  it('shows a device policy with its version and organization', async () => {
    show({ policyInfo: policyInfo({ ...ACME, source: 'device' }) });
    expect(await within(policySection()).findByText('Set on this device')).toBeTruthy();
    expect(within(policySection()).getByText('Acme social media policy')).toBeTruthy();
    expect(within(policySection()).getByText('Version 2026.1 · For Acme Robotics')).toBeTruthy();
  });

  it('says a managed policy comes from the organization', async () => {
    show({ policyInfo: policyInfo({ ...ACME, source: 'managed' }) });
    const source = await within(policySection()).findByText('Managed by your organization');
    expect(source.getAttribute('data-source')).toBe('managed');
  });

  it('marks what the organization set with a lock, and says why', async () => {
    const info = policyInfo({
      ...ACME,
      source: 'managed',
      locked: ['name', 'organization.names', 'categories.location', 'categories.credentials'],
    });
    show({ policyInfo: info });
    const source = await within(policySection()).findByText('Managed by your organization');
    expect(within(source).getByRole('img', { name: 'Set by your organization' })).toBeTruthy();
    expect(
      within(policySection()).getByText(
        'Your organization set the items marked with a lock. They cannot be changed on this device.',
      ),
    ).toBeTruthy();
    const items = [...policySection().querySelectorAll<HTMLElement>('li.category')];
    const lockedCategories = items
      .filter((li) => within(li).queryByRole('img', { name: 'Set by your organization' }))
      .map((li) => li.dataset.category);
    expect(lockedCategories.sort()).toEqual(['credentials', 'location']);
  });

  it('shows no lock for a policy set on this device', async () => {
    show({ policyInfo: policyInfo({ ...ACME, source: 'device' }) });
    await within(policySection()).findByText('Set on this device');
    expect(screen.queryByRole('img', { name: 'Set by your organization' })).toBeNull();
    expect(screen.queryByText(/items marked with a lock/)).toBeNull();
  });

  it('lists the 16 categories, most serious first, with severity words and reasons', async () => {
    show({});
    const summary = await screen.findByText('What the policy checks');
    expect(screen.getByText('Blocks posting: 2 · Warns: 12 · Suggests: 1 · Off: 1')).toBeTruthy();
    const items = summary.closest('details')!.querySelectorAll('li');
    expect(items).toHaveLength(16);
    expect([...items].map((li) => li.dataset.category).slice(0, 2)).toEqual(['credentials', 'personal-info']);
    const location = [...items].find((li) => li.dataset.category === 'location')!;
    expect(within(location).getByText('Location and absence')).toBeTruthy();
    expect(within(location).getByText('Off')).toBeTruthy();
    // A built-in reason is shown from the locale files, in the person's language.
    expect(
      within(location).getByText(
        'Why: Sharing where you are right now, or that your home is empty, can put you at risk.',
      ),
    ).toBeTruthy();
  });

  it('shows a reason the policy wrote as written', async () => {
    const info = policyInfo();
    info.categories[0] = { ...info.categories[0]!, reason: 'Tundra is ours until launch.', customReason: true };
    show({ policyInfo: info });
    expect(await screen.findByText('Why: Tundra is ours until launch.')).toBeTruthy();
  });

  it('says so when the worker does not answer', async () => {
    show({ policyInfo: null });
    expect(await within(policySection()).findByText(/could not read the policy/)).toBeTruthy();
  });

  it('speaks Spanish when the browser does', async () => {
    installChromeI18n('es');
    show({ policyInfo: policyInfo({ ...ACME, source: 'managed' }) });
    expect(await screen.findByText('Gestionada por tu organización')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Esta pestaña' })).toBeTruthy();
    expect(screen.getByText('Versión 2026.1 · Para Acme Robotics')).toBeTruthy();
  });

  it('names the lock in Spanish too', async () => {
    installChromeI18n('es');
    show({ policyInfo: policyInfo({ ...ACME, source: 'managed', locked: ['categories.legal'] }) });
    expect(await screen.findAllByRole('img', { name: 'Establecido por tu organización' })).toHaveLength(2);
  });
});

describe('this tab', () => {
  it('shows a guarded site and its open findings', async () => {
    show({ tabStatus: tabStatus({ boxes: 2, findings: 3, blocking: 1 }) });
    expect(await within(tabSection()).findByText('Guarding www.linkedin.com')).toBeTruthy();
    expect(within(tabSection()).getByText('3 open findings. 1 of them blocks posting.')).toBeTruthy();
    expect(fake.calls.tabMessages[0]).toEqual({
      tabId: ACTIVE_TAB_ID,
      message: { postguard: 1, type: 'tabStatus', payload: {} },
    });
  });

  it('says when no compose box is open', async () => {
    show({ tabStatus: tabStatus({ boxes: 0 }) });
    expect(await within(tabSection()).findByText('No compose box is open.')).toBeTruthy();
  });

  it('says Postguard does not run on a page without its content script', async () => {
    show({ tabStatus: null });
    expect(await within(tabSection()).findByText('Postguard does not run on this page.')).toBeTruthy();
    expect(within(tabSection()).queryByRole('button')).toBeNull();
  });

  it.each([42, 1745806510])('asks the tab named by ?tab=%i instead of the active one', async (tabId) => {
    history.replaceState(null, '', `/?tab=${tabId}`);
    show({});
    await within(tabSection()).findByText('Guarding www.linkedin.com');
    expect(fake.calls.tabMessages[0]?.tabId).toBe(tabId);
  });

  it('shows a paused site and resumes it', async () => {
    show({ local: { pausedSites: { 'www.linkedin.com': 'manual', 'x.com': 'manual' } } });
    expect(
      await within(tabSection()).findByText('Paused on www.linkedin.com until you turn it back on.'),
    ).toBeTruthy();
    expect(within(tabSection()).queryByText(/open findings/)).toBeNull();
    fireEvent.click(within(tabSection()).getByRole('button', { name: 'Resume on this site' }));
    await waitFor(() => expect(fake.local().pausedSites).toEqual({ 'x.com': 'manual' }));
    const pauseHour = await within(tabSection()).findByRole('button', { name: 'Pause for 1 hour' });
    // Focus moves to the button that undoes what was just done, so the keyboard is never lost.
    await waitFor(() => expect(document.activeElement).toBe(pauseHour));
  });

  it('says when the site is turned off in the options, and turns it back on', async () => {
    show({ tabStatus: tabStatus({ paused: true }), local: { disabledSites: ['linkedin', 'x'] } });
    expect(await within(tabSection()).findByText('Postguard is turned off on LinkedIn in the options.')).toBeTruthy();
    expect(within(tabSection()).queryByRole('button', { name: 'Pause for 1 hour' })).toBeNull();
    fireEvent.click(within(tabSection()).getByRole('button', { name: 'Turn on for this site' }));
    await waitFor(() => expect(fake.local().disabledSites).toEqual(['x']));
  });

  it('ignores a pause that has run out', async () => {
    show({ local: { pausedSites: { 'www.linkedin.com': Date.now() - 1000 } } });
    expect(await within(tabSection()).findByText('Guarding www.linkedin.com')).toBeTruthy();
    expect(within(tabSection()).getByRole('button', { name: 'Pause for 1 hour' })).toBeTruthy();
  });

  it('pauses the site for one hour', async () => {
    show({});
    fireEvent.click(await within(tabSection()).findByRole('button', { name: 'Pause for 1 hour' }));
    await waitFor(() => expect(fake.local().pausedSites).toBeDefined());
    const until = (fake.local().pausedSites as Record<string, number>)['www.linkedin.com']!;
    expect(until - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(until - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(await within(tabSection()).findByText(/^Paused on www\.linkedin\.com until .+\.$/)).toBeTruthy();
    const resume = within(tabSection()).getByRole('button', { name: 'Resume on this site' });
    await waitFor(() => expect(document.activeElement).toBe(resume));
  });

  it('pauses until turned back on', async () => {
    show({});
    fireEvent.click(await within(tabSection()).findByRole('button', { name: 'Pause until I turn it back on' }));
    await waitFor(() => expect(fake.local().pausedSites).toEqual({ 'www.linkedin.com': 'manual' }));
  });

  it('offers no pausing when the policy does not allow it', async () => {
    show({ policyInfo: policyInfo({ allowPause: false }) });
    const note = await within(tabSection()).findByText(/does not allow pausing/);
    expect(within(tabSection()).queryByRole('button')).toBeNull();
    // Set on this device, so not locked.
    expect(within(note).queryByRole('img')).toBeNull();
  });

  it('shows the lock when the organization does not allow pausing, and ignores a stored pause', async () => {
    show({
      policyInfo: policyInfo({
        source: 'managed',
        allowPause: false,
        enforcement: { allowPause: false, allowOverride: true, justifications: [], confirmWarnings: false },
        locked: ['enforcement.allowPause'],
      }),
      local: { pausedSites: { 'www.linkedin.com': 'manual' } },
    });
    const note = await within(tabSection()).findByText(
      "Your organization's policy does not allow pausing Postguard.",
    );
    expect(within(note).getByRole('img', { name: 'Set by your organization' })).toBeTruthy();
    expect(within(tabSection()).getByText('Guarding www.linkedin.com')).toBeTruthy();
    expect(within(tabSection()).queryByRole('button')).toBeNull();
  });
});

describe('links', () => {
  it('opens the options page, and the full policy at #policy', async () => {
    show({});
    fireEvent.click(screen.getByRole('link', { name: 'Options' }));
    expect(fake.calls.optionsOpened).toBe(1);
    const fullPolicy = screen.getByRole('link', { name: 'Full policy' });
    const url = 'chrome-extension://postguard-test/src/ui/options/index.html#policy';
    expect(fullPolicy.getAttribute('href')).toBe(url);
    fireEvent.click(fullPolicy);
    expect(fake.calls.created).toEqual([url]);
  });
});
