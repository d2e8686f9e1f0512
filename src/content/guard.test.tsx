// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../checker/types';
import { installChromeI18n } from '../ui/testing/chrome-i18n';
import ADAPTER from './adapters/mastodon';
import { EDITORS } from './editors/index';
import { Guard } from './guard';

installChromeI18n('en');

const KEY = 'AKIA467KD6FLEEPZHPCF';
const finding = (text: string): Finding => ({
  category: 'credentials',
  rule: 'credentials/api-key',
  severity: 'block',
  start: text.indexOf(KEY),
  end: text.indexOf(KEY) + KEY.length,
  message: 'm',
  reason: 'r',
});

/** A guard on a textarea whose checks answer from `answer` (null: the worker is gone). */
function guarded(
  text: string,
  answer: (text: string) => Finding[] | null = (t) => (t.includes(KEY) ? [finding(t)] : []),
) {
  const textarea = document.createElement('textarea');
  textarea.value = text;
  document.body.append(textarea);
  const check = vi.fn(async (t: string) => answer(t));
  const guard = new Guard(EDITORS.textarea.create(textarea), {
    adapter: ADAPTER,
    check,
    disclaimers: async () => null,
  });
  return { guard, textarea, check };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Guard: findings for the send guard', () => {
  it('has none to decide from until the worker has answered for the current text', async () => {
    const { guard, check } = guarded(`key ${KEY}`);
    expect(guard.freshCheck()).toBeNull();
    const answer = await guard.checkForSend();
    expect(check).toHaveBeenCalledWith(`key ${KEY}`);
    expect(answer?.findings.map((f) => f.rule)).toEqual(['credentials/api-key']);
    // The answer is kept: the next send decides at once, with no request.
    expect(guard.freshCheck()).toEqual(answer);
    guard.destroy();
  });

  it('an edit makes the findings stale, and a send checks the new text', async () => {
    const { guard, textarea, check } = guarded(`key ${KEY}`);
    await guard.checkForSend();
    textarea.value = 'all clean now';
    expect(guard.freshCheck()).toBeNull();
    expect(await guard.checkForSend()).toEqual({ text: 'all clean now', findings: [] });
    expect(check).toHaveBeenLastCalledWith('all clean now');
    guard.destroy();
  });

  it('an empty box needs no check', () => {
    const { guard, check } = guarded('   ');
    expect(guard.freshCheck()).toEqual({ text: '   ', findings: [] });
    expect(check).not.toHaveBeenCalled();
    guard.destroy();
  });

  it('says so when the worker cannot answer', async () => {
    const { guard } = guarded(`key ${KEY}`, () => null);
    expect(await guard.checkForSend()).toBeNull();
    guard.destroy();
  });

  it('Fix selects the finding in the box', async () => {
    const text = `key ${KEY} here`;
    const { guard, textarea } = guarded(text);
    const { findings } = (await guard.checkForSend())!;
    guard.jumpTo(findings[0]!);
    expect(document.activeElement).toBe(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe(KEY);
    guard.destroy();
  });
});
