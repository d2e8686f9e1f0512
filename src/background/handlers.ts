/** The worker's answers to every message of the protocol (src/shared/messages.ts). */
import { CATEGORIES } from '../checker/categories';
import { check } from '../checker/check';
import type { Handlers } from '../shared/messages';
import { clearAuditLog, readAuditLog, recordDecision } from './audit-log';
import { policyInForce, policyRevision } from './policy-store';

export const handlers: Handlers = {
  async check({ text }) {
    const { compiled } = await policyInForce();
    return { findings: check(text, compiled), policyRevision: policyRevision() };
  },

  async policyInfo() {
    const { source, policy, compiled, locked, problems } = await policyInForce();
    const activeCategories = new Map(compiled.rules.map((r) => [r.category, r.severity]));
    return {
      name: policy.name ?? null,
      version: policy.version ?? null,
      organization: policy.organization?.names?.[0] ?? null,
      source,
      disclaimer: compiled.disclaimers.long,
      disclaimerShort: compiled.disclaimers.short,
      allowPause: compiled.enforcement.allowPause,
      enforcement: { ...compiled.enforcement, justifications: [...compiled.enforcement.justifications] },
      audit: { ...compiled.audit },
      locked,
      problems,
      categories: CATEGORIES.map((category) => ({
        category,
        severity: policy.categories?.[category]?.severity ?? activeCategories.get(category) ?? 'off',
        reason: compiled.reason(category),
        customReason: policy.categories?.[category]?.reason !== undefined,
      })),
    };
  },

  async policyDocument() {
    const { policy, locked } = await policyInForce();
    return { policy, locked };
  },

  async recordDecision(record) {
    const { compiled } = await policyInForce();
    return { recorded: await recordDecision(record, compiled.audit) };
  },

  async auditLog() {
    const { compiled } = await policyInForce();
    return { entries: await readAuditLog(), enabled: compiled.audit.enabled };
  },

  async clearAuditLog() {
    return { cleared: await clearAuditLog() };
  },
};
