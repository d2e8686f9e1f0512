// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../checker/policy/schema';
import { RULES } from '../../checker/rules/index.generated';
import { installChromeI18n } from '../testing/chrome-i18n';
import { fake, resetOptionsBrowser } from './options-fake';

// The page draws a long form; on a busy machine a test can take seconds without anything being wrong.
vi.setConfig({ testTimeout: 20_000 });

vi.mock('webextension-polyfill', async () => ({ default: (await import('./options-fake')).optionsBrowser }));
const { Options } = await import('./Options');

const DEVICE: Policy = {
  name: 'Acme social media policy',
  organization: { names: ['Acme Robotics'] },
  codenames: ['Project Tundra'],
  disclaimer: 'Opinions are my own.',
};

const LOCKED_NOTE = 'Set by your organization’s policy — ask your IT or communications team to change it.';

function show(setup: Parameters<typeof resetOptionsBrowser>[0] = {}) {
  resetOptionsBrowser(setup);
  return render(<Options />);
}

const region = (name: string) => screen.getByRole('region', { name });
const editor = () => region('Policy on this device');
const categoryFields = (category: string) =>
  document.querySelector<HTMLElement>(`[data-category="${category}"]`)!;
const storedPolicy = () => fake.local().policy as Policy | undefined;

/** The texts of the elements an element's aria-describedby points at. */
function descriptions(element: Element): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
}

function policyFile(content: string, name = 'policy.json'): File {
  return new File([content], name, { type: 'application/json' });
}

async function importFile(file: File) {
  const input = await screen.findByLabelText('Import policy');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function addTerm(list: string, term: string) {
  const input = await within(editor()).findByRole('textbox', { name: `Add to ${list}` });
  fireEvent.input(input, { target: { value: term } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

beforeEach(() => installChromeI18n('en'));
afterEach(cleanup);

describe('without any policy', () => {
  it('starts the editor from the built-in default, with nothing to export or reset', async () => {
    show();
    const name = await within(
      await screen.findByRole('region', { name: 'Policy on this device' }),
    ).findByLabelText('Policy name');
    expect((name as HTMLInputElement).value).toBe('Postguard default policy');
    expect(screen.getByText(/No policy is set on this device/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect((screen.getByRole('button', { name: 'Export device policy' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Reset to defaults…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the device policy', () => {
  it('shows the stored policy and saves an edit', async () => {
    show({ local: { policy: DEVICE } });
    const codenames = await within(
      await screen.findByRole('region', { name: 'Policy on this device' }),
    ).findByRole('list', { name: 'Codenames' });
    expect(within(codenames).getByText('Project Tundra')).toBeTruthy();

    await addTerm('Codenames', 'Glacier');
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();
    expect(storedPolicy()?.codenames).toEqual(['Project Tundra']); // nothing written before Save
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storedPolicy()?.codenames).toEqual(['Project Tundra', 'Glacier']));
    expect(storedPolicy()?.name).toBe(DEVICE.name);
    expect(await screen.findByText('Saved. Postguard now checks with this policy.')).toBeTruthy();
  });

  it('removes a term with its own button', async () => {
    show({ local: { policy: DEVICE } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Project Tundra” from Codenames' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storedPolicy()).not.toHaveProperty('codenames'));
  });

  it('shows a problem next to its field and never saves an invalid policy', async () => {
    show({ local: { policy: DEVICE } });
    const disclaimer = await within(
      await screen.findByRole('region', { name: 'Policy on this device' }),
    ).findByLabelText('Disclaimer');
    fireEvent.input(disclaimer, { target: { value: 'x'.repeat(501) } });
    await waitFor(() => expect(disclaimer.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptions(disclaimer).join(' ')).toMatch(
      /501 of 500 characters.*Invalid length: Expected <=500 but received 501/,
    );
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByText('1 problem to fix before saving:')).toBeTruthy();
    fireEvent.click(save);
    expect(storedPolicy()).toEqual(DEVICE);

    // Fixing it makes the draft valid again.
    fireEvent.input(disclaimer, { target: { value: 'Views my own.' } });
    await waitFor(() => expect(disclaimer.getAttribute('aria-invalid')).toBeNull());
    expect(save.disabled).toBe(false);
  });

  it('sets a category’s severity and reason, and a single rule’s severity', async () => {
    show({ local: { policy: DEVICE } });
    const legal = (await screen.findAllByRole('group')).find(
      (g) => g.getAttribute('data-category') === 'legal',
    )!;
    fireEvent.change(within(legal).getByLabelText('Severity'), { target: { value: 'block' } });
    fireEvent.input(within(legal).getByLabelText('Reason shown to people'), {
      target: { value: 'Ask Legal first.' },
    });
    // A category's rules are drawn once it is opened.
    expect(within(legal).queryByLabelText('legal/admission')).toBeNull();
    const legalRules = RULES.filter(([id]) => id.startsWith('legal/')).length;
    fireEvent.click(within(legal).getByText(`Rules in this category (${legalRules})`));
    const admission = await within(legal).findByLabelText('legal/admission');
    expect(admission.querySelector('option')?.textContent).toBe('As the category (Blocks posting)');
    fireEvent.change(admission, { target: { value: 'off' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(storedPolicy()).toMatchObject({
        categories: { legal: { severity: 'block', reason: 'Ask Legal first.' } },
        rules: { 'legal/admission': 'off' },
      }),
    );
  });

  it('adds a custom rule and shows the schema’s error for an unsafe pattern', async () => {
    show({ local: { policy: DEVICE } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add custom rule' }));
    const rule = screen.getByRole('group', { name: /^Custom rule 1/ });
    const id = within(rule).getByLabelText('Rule id');
    await waitFor(() => expect(document.activeElement).toBe(id));
    fireEvent.input(id, { target: { value: 'launch-dates' } });
    fireEvent.input(within(rule).getByLabelText('Message'), {
      target: { value: 'Launch dates are confidential.' },
    });
    const pattern = within(rule).getByLabelText('Regular expression');
    fireEvent.input(pattern, { target: { value: '(a+)+$' } });
    await waitFor(() => expect(pattern.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptions(pattern).join(' ')).toMatch(/cannot backtrack catastrophically/);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.input(pattern, { target: { value: 'launch(es)? on \\d+' } });
    await waitFor(() => expect(pattern.getAttribute('aria-invalid')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(storedPolicy()?.customRules).toEqual([
        {
          id: 'launch-dates',
          category: 'confidential',
          message: 'Launch dates are confidential.',
          pattern: 'launch(es)? on \\d+',
        },
      ]),
    );
  });
});

describe('a managed policy', () => {
  const MANAGED: Policy = {
    disclaimer: 'Acme’s official disclaimer.',
    codenames: ['Project Glacier'],
    categories: { legal: { severity: 'block' } },
  };

  it('says so at the top and shows the organization’s fields read-only, with the reason', async () => {
    show({ local: { policy: DEVICE }, managed: MANAGED });
    expect(await screen.findByRole('note')).toHaveProperty(
      'textContent',
      expect.stringMatching(/Your organization manages this policy/),
    );

    const disclaimer = within(editor()).getByLabelText('Disclaimer') as HTMLTextAreaElement;
    expect(disclaimer.value).toBe('Acme’s official disclaimer.');
    expect(disclaimer.disabled).toBe(true);
    expect(descriptions(disclaimer).join(' ')).toContain(LOCKED_NOTE);

    const codenames = within(editor()).getByRole('group', { name: 'Codenames' }) as HTMLFieldSetElement;
    expect(codenames.disabled).toBe(true);
    expect(within(codenames).getByText('Project Glacier')).toBeTruthy();
    expect(within(codenames).queryByText('Project Tundra')).toBeNull();
    expect(within(codenames).getByText(LOCKED_NOTE)).toBeTruthy();

    const legal = categoryFields('legal');
    const legalSeverity = within(legal).getByLabelText('Severity') as HTMLSelectElement;
    expect([legalSeverity.value, legalSeverity.disabled]).toEqual(['block', true]);
    const location = categoryFields('location');
    expect((within(location).getByLabelText('Severity') as HTMLSelectElement).disabled).toBe(false);
    expect((within(editor()).getByLabelText('Policy name') as HTMLInputElement).disabled).toBe(false);
  });

  it('saves the person’s own fields without copying the organization’s into the device policy', async () => {
    show({ local: { policy: DEVICE }, managed: MANAGED });
    const name = await within(
      await screen.findByRole('region', { name: 'Policy on this device' }),
    ).findByLabelText('Policy name');
    fireEvent.input(name, { target: { value: 'My policy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storedPolicy()).toEqual({ ...DEVICE, name: 'My policy' }));
  });

  it('shows the organization’s custom rules read-only under one note', async () => {
    const rule = {
      id: 'launch-dates',
      category: 'confidential',
      message: 'Launch dates stay inside.',
      terms: ['GA date'],
    };
    show({ local: { policy: DEVICE }, managed: { customRules: [rule] } });
    const section = await screen.findByRole('region', { name: 'Custom rules' });
    const fields = within(section).getByRole('group', {
      name: 'Custom rule 1: launch-dates',
    }) as HTMLFieldSetElement;
    expect(fields.disabled).toBe(true);
    expect((within(fields).getByLabelText('Rule id') as HTMLInputElement).value).toBe('launch-dates');
    expect(within(fields).getByText('GA date')).toBeTruthy();
    expect(within(section).getAllByText(LOCKED_NOTE)).toHaveLength(1);
    expect(descriptions(within(fields).getByLabelText('Message')).join(' ')).toContain(LOCKED_NOTE);
    expect(within(section).queryByRole('button', { name: 'Add custom rule' })).toBeNull();
  });

  it('does not let sites be turned off when the organization forbids pausing', async () => {
    show({ managed: { enforcement: { allowPause: false } } });
    const sites = await screen.findByRole('region', { name: 'Sites' });
    const linkedin = within(sites).getByRole('checkbox', { name: 'Guard LinkedIn' }) as HTMLInputElement;
    expect(linkedin.disabled).toBe(true);
    expect(within(sites).getByText(LOCKED_NOTE)).toBeTruthy();
  });
});

describe('import, export and reset', () => {
  it('rejects a file that fails validation, naming each bad field, and leaves storage untouched', async () => {
    show({ local: { policy: DEVICE } });
    await importFile(
      policyFile(
        JSON.stringify({ codenames: [''], categories: { legal: { severity: 'loud' } }, colour: 'red' }),
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/policy\.json was not imported; the policy in force is unchanged/);
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"codenames\.0": /),
        expect.stringMatching(/^"categories\.legal\.severity": must be one of/),
        expect.stringMatching(/unknown field "colour"/),
      ]),
    );
    expect(storedPolicy()).toEqual(DEVICE);
  });

  it('rejects a file that is not JSON', async () => {
    show({ local: { policy: DEVICE } });
    await importFile(policyFile('{ "codenames": [', 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toMatch(/^the file is not valid JSON: /);
    expect(storedPolicy()).toEqual(DEVICE);
  });

  it('saves a valid file as the device policy and shows it in the editor', async () => {
    show({ local: { policy: DEVICE } });
    const imported = { name: 'Imported policy', codenames: ['  Project Aurora '] };
    await importFile(policyFile(JSON.stringify(imported)));
    await waitFor(() =>
      expect(storedPolicy()).toEqual({ name: 'Imported policy', codenames: ['Project Aurora'] }),
    );
    expect(
      await screen.findByText('Imported policy.json. Postguard now checks with this policy.'),
    ).toBeTruthy();
    expect(
      within(within(editor()).getByRole('list', { name: 'Codenames' })).getByText('Project Aurora'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports the device policy as a JSON download', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:postguard-test';
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    show({ local: { policy: DEVICE } });
    fireEvent.click(await screen.findByRole('button', { name: 'Export device policy' }));
    expect(blobs).toHaveLength(1);
    expect(JSON.parse(await blobs[0]!.text())).toEqual(DEVICE);
    expect(clicks).toHaveBeenCalledTimes(1);
    createObjectURL.mockRestore();
    clicks.mockRestore();
  });

  it('resets to the default only after confirmation', async () => {
    show({ local: { policy: DEVICE } });
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    expect(storedPolicy()).toEqual(DEVICE);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove device policy' }));
    await waitFor(() => expect('policy' in fake.local()).toBe(false));
    expect(await screen.findByText('The device policy was removed; the default applies.')).toBeTruthy();
    expect((within(editor()).getByLabelText('Policy name') as HTMLInputElement).value).toBe(
      'Postguard default policy',
    );
  });
});

describe('sites', () => {
  it('shows a turned-off site and turns another off', async () => {
    show({ local: { disabledSites: ['linkedin'], pausedSites: { 'x.com': 'manual' } } });
    const sites = await screen.findByRole('region', { name: 'Sites' });
    await waitFor(() =>
      expect((within(sites).getByRole('checkbox', { name: 'Guard X' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    expect(
      (within(sites).getByRole('checkbox', { name: 'Guard LinkedIn' }) as HTMLInputElement).checked,
    ).toBe(false);
    fireEvent.click(within(sites).getByRole('checkbox', { name: 'Guard Reddit' }));
    await waitFor(() => expect(fake.local().disabledSites).toEqual(['linkedin', 'reddit']));
    fireEvent.click(within(sites).getByRole('checkbox', { name: 'Guard LinkedIn' }));
    await waitFor(() => expect(fake.local().disabledSites).toEqual(['reddit']));
    expect(fake.local().pausedSites).toEqual({ 'x.com': 'manual' }); // a pause is the popup's, not touched here
  });
});

describe('live test', () => {
  const typePost = async (text: string) => {
    const box = await screen.findByLabelText('Test post');
    fireEvent.input(box, { target: { value: text } });
  };
  const findings = () => screen.findByRole('list', { name: 'Findings' });

  it('underlines and lists what the policy in force finds', async () => {
    show({ local: { policy: DEVICE } });
    await typePost('Project Tundra ships next week!');
    const item = within(await findings())
      .getAllByRole('listitem')
      .find((li) => li.dataset.rule === 'confidential/codenames')!;
    expect(within(item).getByText('Confidential information')).toBeTruthy();
    expect(item.querySelector('.excerpt')?.textContent).toBe('Project Tundra');
    const marks = [...screen.getByTestId('live-test-mirror').querySelectorAll('mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toContain('Project Tundra');
  });

  it('uses unsaved edits of the draft', async () => {
    show({ local: { policy: DEVICE } });
    await typePost('Glacier is coming along nicely.');
    expect(await screen.findByText('No findings.')).toBeTruthy();
    await addTerm('Codenames', 'Glacier');
    const item = await waitFor(() => {
      const found = screen
        .getByRole('list', { name: 'Findings' })
        .querySelector('[data-rule="confidential/codenames"]');
      if (!found) throw new Error('no codename finding yet');
      return found;
    });
    expect(item.querySelector('.excerpt')?.textContent).toBe('Glacier');
    expect(storedPolicy()?.codenames).toEqual(['Project Tundra']);
  });

  it('checks with the organization’s fields over the device policy', async () => {
    show({ local: { policy: DEVICE }, managed: { codenames: ['Project Glacier'] } });
    await typePost('Project Glacier and Project Tundra');
    const codenames = (await findings()).querySelectorAll('[data-rule="confidential/codenames"]');
    expect([...codenames].map((li) => li.querySelector('.excerpt')?.textContent)).toEqual([
      'Project Glacier',
    ]);
  });

  it('shows markup in a post as text, never as HTML', async () => {
    show({ local: { policy: DEVICE } });
    await typePost('<img src=x onerror=alert(1)> Project Tundra');
    await findings();
    const mirror = screen.getByTestId('live-test-mirror');
    expect(mirror.querySelector('img')).toBeNull();
    expect(mirror.textContent).toBe('<img src=x onerror=alert(1)> Project Tundra');
  });
});

describe('in Spanish', () => {
  it('names the import control and the sections in Spanish', async () => {
    installChromeI18n('es');
    show({ local: { policy: DEVICE } });
    expect(await screen.findByLabelText('Importar política')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Política en este dispositivo' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Vigilar LinkedIn' })).toBeTruthy();
  });
});
