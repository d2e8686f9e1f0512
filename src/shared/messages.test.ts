import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../checker/categories';
import { type DecisionRecord, envelope, PAGE_ONLY_MESSAGES, parseEnvelope } from './messages';
import { decisionOf, OVERRIDE_ENTRY } from './testing/audit-entries';

const RECORD: DecisionRecord = {
  ...decisionOf(OVERRIDE_ENTRY),
  rules: ['credentials/api-key', 'personal-info/custom-badge-ids'],
  excerpt: 'Our key is ████ (revoked)',
};

const parses = (payload: unknown) => parseEnvelope({ postguard: 1, type: 'recordDecision', payload }) !== null;

describe('recordDecision requests', () => {
  it('accepts a full override and a bare stop', () => {
    expect(parses(RECORD)).toBe(true);
    expect(parses({ site: 'x', decision: 'cancel', severity: 'warn', categories: ['location'], rules: [] })).toBe(true);
    expect(parseEnvelope(envelope('recordDecision', RECORD))?.payload).toEqual(RECORD);
  });

  it('accepts every category once, and no more than that', () => {
    expect(parses({ ...RECORD, categories: [...CATEGORIES] })).toBe(true);
    expect(parses({ ...RECORD, categories: [...CATEGORIES, 'location'] })).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown site', { site: 'myspace' }],
    ['an unknown decision', { decision: 'ignore' }],
    ['a severity the guard never stops for', { severity: 'suggestion' }],
    ['no categories', { categories: [] }],
    ['an unknown category', { categories: ['gossip'] }],
    ['a repeated category', { categories: ['legal', 'legal'] }],
    ['a repeated rule', { rules: ['legal/lawsuit', 'legal/lawsuit'] }],
    ['a rule id without a category', { rules: ['lawsuit'] }],
    ['a rule id with capitals', { rules: ['legal/Lawsuit'] }],
    ['a rule id that is too long', { rules: [`legal/${'a'.repeat(100)}`] }],
    ['more than 100 rules', { rules: Array.from({ length: 101 }, (_, i) => `legal/rule-${i}`) }],
    ['a justification over 200 characters', { justification: 'j'.repeat(201) }],
    ['a note over 256 characters', { note: 'n'.repeat(257) }],
    ['an excerpt over 280 characters', { excerpt: 'e'.repeat(281) }],
    ['the post text under another name', { text: 'the whole post' }],
    ['a time chosen by the sender', { time: '2020-01-01T00:00:00.000Z' }],
    ['a note that is not a string', { note: 42 }],
  ])('rejects %s', (_, change) => {
    expect(parses({ ...RECORD, ...change })).toBe(false);
  });

  it('takes the limits exactly', () => {
    expect(
      parses({ ...RECORD, justification: 'j'.repeat(200), note: 'n'.repeat(256), excerpt: 'e'.repeat(280) }),
    ).toBe(true);
  });

  it.each(['fix', 'cancel'])('rejects a justification or note on a %s decision', (decision) => {
    const { justification, note, ...bare } = RECORD;
    expect(parses({ ...bare, decision })).toBe(true);
    expect(parses({ ...bare, decision, justification })).toBe(false);
    expect(parses({ ...bare, decision, note })).toBe(false);
  });
});

describe('audit log requests', () => {
  it.each(['auditLog', 'clearAuditLog'] as const)('%s takes an empty payload and is for extension pages only', (type) => {
    expect(parseEnvelope({ postguard: 1, type, payload: {} })).not.toBeNull();
    expect(parseEnvelope({ postguard: 1, type, payload: { all: true } })).toBeNull();
    expect(PAGE_ONLY_MESSAGES.has(type)).toBe(true);
  });

  it('lets content scripts check and record decisions', () => {
    expect(PAGE_ONLY_MESSAGES.has('check')).toBe(false);
    expect(PAGE_ONLY_MESSAGES.has('recordDecision')).toBe(false);
  });
});
