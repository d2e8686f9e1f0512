import { describe, expect, it } from 'vitest';
import { installChromeI18n } from '../ui/testing/chrome-i18n';
import { planDisclaimer } from './disclaimer';

installChromeI18n('en');

const d = { long: 'Opinions are my own and do not represent Acme Robotics.', short: 'Views my own.' };

describe('planDisclaimer', () => {
  it.each([
    ['I love working at Acme', '. Opinions are my own and do not represent Acme Robotics.'],
    ['I love working at Acme!', ' Opinions are my own and do not represent Acme Robotics.'],
    ['I love working at Acme 🎉', ' Opinions are my own and do not represent Acme Robotics.'],
    ['Line one\nline two', '\n\nOpinions are my own and do not represent Acme Robotics.'],
    ['Line one\nline two\n', '\nOpinions are my own and do not represent Acme Robotics.'],
    ['trailing space ', 'Opinions are my own and do not represent Acme Robotics.'],
    ['', 'Opinions are my own and do not represent Acme Robotics.'],
  ])('%j gets %j', (text, insert) => {
    expect(planDisclaimer(text, d, undefined)).toEqual({ insert, note: '' });
  });

  it('is never inserted twice', () => {
    const text = 'Great quarter at Acme. Opinions are my own and do not represent Acme Robotics.';
    expect(planDisclaimer(text, d, undefined).insert).toBeNull();
    expect(planDisclaimer('Acme rocks. views my own', d, undefined).insert).toBeNull();
  });

  it('uses the short disclaimer when the long one would pass the limit', () => {
    const text = 'x'.repeat(250);
    const plan = planDisclaimer(text, d, 280);
    expect(plan.insert).toBe('. Views my own.');
    expect(plan.note).toContain('280');
  });

  it('says so when neither fits', () => {
    const plan = planDisclaimer('x'.repeat(275), d, 280);
    expect(plan.insert).toBeNull();
    expect(plan.note).toMatch(/Shorten the post by 10 characters/);
  });

  it('says "1 character" when one is too many', () => {
    expect(planDisclaimer('x'.repeat(266), d, 280).note).toMatch(/Shorten the post by 1 character to/);
  });

  it('says so when the post already has it', () => {
    expect(planDisclaimer(`Hi. ${d.short}`, d, undefined).note).toBe('The post already has the disclaimer.');
  });

  it('counts emoji as one character each', () => {
    expect(planDisclaimer('😀'.repeat(240), d, 280).insert).toBe(' Views my own.');
  });
});
