import { describe, expect, it } from 'vitest';
import { check, widenToCodePoints } from './check';
import { compilePolicy } from './policy/compile';
import { PolicyError, parsePolicy } from './policy/schema';
import { TEST_POLICY } from './testing/test-policy';

const caps = 'PLEASE READ THE RELEASE NOTES BEFORE ASKING';

describe('check', () => {
  it('returns findings with the full shape, sorted by position', () => {
    const findings = check(`fine text. ${caps}`, TEST_POLICY);
    expect(findings[0]).toMatchObject({
      category: 'accessibility',
      rule: 'accessibility/all-caps',
      severity: 'suggestion',
      start: 11,
      end: 11 + caps.length,
    });
    expect(findings[0]?.message).toContain('ALL CAPS');
    expect(findings[0]?.reason.length).toBeGreaterThan(10);
  });

  it('shows one finding where rules of one category flag the same words', () => {
    const text = 'honestly, just switch to Acme Flow, it is the best tool on the market';
    const endorsement = check(text, TEST_POLICY).filter((f) => f.category === 'endorsement');
    // Three endorsement rules read this push; the widest of them covers the others.
    expect(endorsement.map((f) => text.slice(f.start, f.end))).toEqual(['switch to Acme Flow']);
    const spokesperson = check('Speaking officially for Acme: we are not closing the plant.', TEST_POLICY).filter(
      (f) => f.category === 'spokesperson',
    );
    expect(spokesperson).toHaveLength(1);
  });

  it('accepts raw policy JSON and an empty policy', () => {
    expect(check(caps, {}).length).toBeGreaterThan(0);
    expect(check(caps).length).toBeGreaterThan(0);
  });

  it('applies per-rule and per-category severities, including off', () => {
    const off = check(caps, { rules: { 'accessibility/all-caps': 'off' } });
    expect(off.filter((f) => f.rule === 'accessibility/all-caps')).toEqual([]);
    const warn = check(caps, { categories: { accessibility: { severity: 'warn' } } });
    expect(warn.find((f) => f.rule === 'accessibility/all-caps')?.severity).toBe('warn');
    const rule = check(caps, {
      categories: { accessibility: { severity: 'warn' } },
      rules: { 'accessibility/all-caps': 'block' },
    });
    expect(rule.find((f) => f.rule === 'accessibility/all-caps')?.severity).toBe('block');
  });

  it('uses the policy reason for a category', () => {
    const [f] = check(caps, { categories: { accessibility: { reason: 'Our readers use screen readers.' } } });
    expect(f?.reason).toBe('Our readers use screen readers.');
    expect(f?.message).toContain('Our readers use screen readers.');
  });

  it('never reports allow-listed terms', () => {
    const policy = {
      customRules: [{ id: 'x', category: 'legal', message: 'm', terms: ['widget'] }],
    } as const;
    expect(check('the widget', policy)).toHaveLength(1);
    expect(check('the widget', { ...policy, allow: ['Widget'] })).toHaveLength(0);
  });

  it('runs custom term and pattern rules with their category, severity and message', () => {
    const policy = parsePolicy({
      customRules: [
        {
          id: 'launch-words',
          category: 'confidential',
          severity: 'block',
          message: 'Launch word.',
          terms: ['Moonshot Q4'],
        },
        { id: 'tickets', category: 'confidential', message: 'Ticket id.', pattern: '\\bTKT-\\d{4}\\b' },
      ],
    });
    const text = 'about moonshot  q4 and TKT-1234 today';
    const findings = check(text, policy).filter((f) => f.rule.includes('custom-'));
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end), f.severity])).toEqual([
      ['confidential/custom-launch-words', 'moonshot  q4', 'block'],
      ['confidential/custom-tickets', 'TKT-1234', 'warn'],
    ]);
    expect(findings[0]?.message.startsWith('Launch word.')).toBe(true);
  });

  it('reports offsets into the original text through folding', () => {
    const policy = {
      customRules: [{ id: 'x', category: 'legal', message: 'm', terms: ['cafe secret'] }],
    } as const;
    const text = '👋 ＣＡＦＥ\u200b sécret!';
    const [f] = check(text, policy);
    expect(text.slice(f!.start, f!.end)).toBe('ＣＡＦＥ\u200b sécret');
  });

  it('never splits a surrogate pair', () => {
    const span = { start: 2, end: 5 };
    widenToCodePoints('a😀b😀c', span);
    expect(span).toEqual({ start: 1, end: 6 });
  });

  it('handles a 1 MB input without throwing', () => {
    const text = `${'word 12345 #hashtag https://example.com 😀 '.repeat(25_000)}`.slice(0, 1_000_000);
    expect(() => check(text, TEST_POLICY)).not.toThrow();
  });

  it('reads phrases in the first 50,000 characters of a text far longer than any post', () => {
    const threat = "I swear I'll break his face.";
    const harassment = (text: string): string[] =>
      check(text, TEST_POLICY)
        .filter((f) => f.category === 'harassment')
        .map((f) => text.slice(f.start, f.end));
    const filler = 'A calm sentence about gardening. '.repeat(1_600); // 52,800 characters
    expect(harassment(`${threat} ${filler}`)).toEqual(["I swear I'll break his face"]);
    expect(harassment(`${filler}${threat}`)).toEqual([]);
  });

  it('checks with a policy that lists thousands of names, and still finds them', () => {
    // Names whose first letters all differ: more than the keyword index files, so some lists fall
    // back to their own regex; nothing may overflow.
    const word = (i: number, salt: number): string => {
      let x = (Math.imul(i + 1, 2654435761) + salt * 97) >>> 0;
      let w = '';
      for (let k = 0; k < 5; k++) {
        w += String.fromCharCode(97 + (x % 26));
        x = Math.floor(x / 26);
      }
      return `${w}q${i}`;
    };
    const names = (salt: number): string[] => Array.from({ length: 1000 }, (_, i) => `${word(i, salt)} Labs`);
    const policy = compilePolicy(
      parsePolicy({ competitors: names(0), products: names(7), codenames: names(13), allow: names(19) }),
    );
    const text = `Honestly ${word(999, 0)} Labs is a total joke, their product is vaporware.`;
    const findings = check(text, policy);
    expect(findings.some((f) => f.rule === 'competitor/disparaging')).toBe(true);
  });

  it('compiles a policy once and reuses it', () => {
    const compiled = compilePolicy(parsePolicy(TEST_POLICY));
    expect(check(caps, compiled).length).toBeGreaterThan(0);
  });
});

describe('parsePolicy', () => {
  it.each([
    [{ organization: { names: [42] } }, '"organization.names.0"'],
    [{ organisation: {} }, 'unknown field "organisation"'],
    [{ categories: { legal: { severity: 'loud' } } }, '"categories.legal.severity"'],
    [{ categories: { gossip: {} } }, '"categories.gossip"'],
    [{ customRules: [{ id: 'r', category: 'legal', message: 'm', pattern: '(a+)+$' }] }, 'backtrack'],
    [{ customRules: [{ id: 'r', category: 'legal', message: 'm' }] }, 'needs "terms" or "pattern"'],
  ])('rejects %j naming the field', (input, expected) => {
    expect(() => parsePolicy(input)).toThrow(PolicyError);
    expect(() => parsePolicy(input)).toThrow(expected);
  });

  it.each([
    [{ enforcement: { allowOverride: 'yes' } }, '"enforcement.allowOverride"'],
    [{ enforcement: { justifications: [''] } }, '"enforcement.justifications.0"'],
    [{ audit: { maxEntries: 5 } }, '"audit.maxEntries"'],
    [{ audit: { keepText: true } }, 'unknown field "keepText"'],
  ])('rejects enforcement and audit settings %j naming the field', (input, expected) => {
    expect(() => parsePolicy(input)).toThrow(expected);
  });

  it('accepts the contract organization block', () => {
    expect(parsePolicy(TEST_POLICY).organization?.names).toEqual(['Acme Robotics', 'Acme']);
  });
});

describe('compilePolicy settings', () => {
  it('fills in enforcement and audit defaults', () => {
    const { enforcement, audit } = compilePolicy({});
    expect(enforcement).toMatchObject({ allowPause: true, allowOverride: true, confirmWarnings: false });
    expect(enforcement.justifications.length).toBeGreaterThan(0);
    expect(audit).toEqual({ enabled: true, storeExcerpt: false, maxEntries: 1000 });
  });

  it('keeps what the policy sets', () => {
    const { enforcement, audit } = compilePolicy({
      enforcement: { allowPause: false, allowOverride: false, justifications: ['Legal approved'], confirmWarnings: true },
      audit: { enabled: false, storeExcerpt: true, maxEntries: 50 },
    });
    expect(enforcement).toEqual({
      allowPause: false,
      allowOverride: false,
      justifications: ['Legal approved'],
      confirmWarnings: true,
    });
    expect(audit).toEqual({ enabled: false, storeExcerpt: true, maxEntries: 50 });
  });
});
