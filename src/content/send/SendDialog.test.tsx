// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../checker/types';
import { installChromeI18n } from '../../ui/testing/chrome-i18n';
import type { Choice, Stop } from './decision';
import { SendDialog } from './SendDialog';

installChromeI18n('en');
afterEach(cleanup);

const KEY: Finding = {
  category: 'credentials',
  rule: 'credentials/api-key',
  severity: 'block',
  start: 4,
  end: 24,
  message: 'This looks like an AWS access key ID (AKIA…).',
  reason: 'r',
};

function open(stop: Partial<Stop> = {}, justifications: string[] = ['Approved by legal']) {
  const onClose = vi.fn<(choice: Choice) => void>();
  render(
    <SendDialog
      stop={{ severity: 'block', findings: [KEY], override: 'justify', ...stop }}
      quoteOf={() => 'AKIA467KD6FLEEPZHPCF'}
      justifications={justifications}
      auditNotice={null}
      onClose={onClose}
    />,
  );
  return onClose;
}

describe('SendDialog', () => {
  it('is a modal alert dialog named "Postguard …" that lists the findings, with Fix focused', () => {
    open();
    const dialog = screen.getByRole('alertdialog', { name: /^Postguard/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Credentials and secrets');
    expect(dialog.textContent).toContain('“AKIA467KD6FLEEPZHPCF”');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fix' }));
  });

  it('asks for a reason or an explanation before posting anyway', () => {
    const onClose = open();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    const reason = screen.getByRole('combobox', { name: 'Reason' });
    expect(document.activeElement).toBe(reason);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a reason or write an explanation.');
    expect(onClose).not.toHaveBeenCalled();

    const note = screen.getByRole('textbox', { name: /^Explanation/ });
    fireEvent.input(note, { target: { value: 'Key was revoked' } });
    expect(screen.getByText('15 of 256 characters')).toBeTruthy();
    expect(note.getAttribute('maxlength')).toBe('256');
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onClose).toHaveBeenCalledWith({
      decision: 'post-anyway',
      justification: '',
      note: 'Key was revoked',
    });
  });

  it('takes a reason from the policy’s list alone', () => {
    const onClose = open();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Reason' }), {
      target: { value: 'Approved by legal' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onClose).toHaveBeenCalledWith({
      decision: 'post-anyway',
      justification: 'Approved by legal',
      note: '',
    });
  });

  it('needs an explanation when the policy offers no reasons', () => {
    open({}, []);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(screen.getByRole('alert').textContent).toBe('Write an explanation.');
  });

  it('confirms warnings at once, with no justification', () => {
    const onClose = open({ severity: 'warn', override: 'confirm', findings: [{ ...KEY, severity: 'warn' }] });
    expect(screen.getByRole('alertdialog').getAttribute('data-severity')).toBe('warn');
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onClose).toHaveBeenCalledWith({ decision: 'post-anyway', justification: '', note: '' });
  });

  it('offers no "Post anyway" when the policy forbids it, and says so', () => {
    open({ override: 'none' });
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.getByText(/does not allow posting with these findings/)).toBeTruthy();
  });

  it('Escape is Cancel; Fix and Cancel say what they are', () => {
    const onClose = open();
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Fix' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose.mock.calls).toEqual([
      [{ decision: 'cancel' }],
      [{ decision: 'fix' }],
      [{ decision: 'cancel' }],
    ]);
  });
});
