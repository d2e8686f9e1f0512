/** Walks the rule folders: the registry is current, every rule has cases and metadata, every category is covered. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM build script without types
import { render, ruleFiles } from '../../scripts/gen-rules.mjs';
import { renderManagedSchema, renderSchema } from '../../scripts/gen-schema';
import { CATEGORIES } from './categories';
import { RULES } from './rules/index.generated';
import { SEVERITIES } from './types';

const rulesDir = new URL('./rules/', import.meta.url);

describe('rule conventions', () => {
  it('the generated registry is up to date (npm run gen:rules)', () => {
    expect(readFileSync(new URL('index.generated.ts', rulesDir), 'utf8')).toBe(render());
  });

  it('every rule folder is a category', () => {
    for (const { category } of ruleFiles() as Array<{ category: string }>) {
      expect(CATEGORIES as readonly string[]).toContain(category);
    }
  });

  it.each(CATEGORIES)('category %s has at least one rule', (category) => {
    expect(RULES.some(([id]) => id.startsWith(`${category}/`))).toBe(true);
  });

  it.each(RULES.map(([id, rule]) => [id, rule] as const))('%s has a test table and metadata', (id, rule) => {
    expect(existsSync(new URL(`${id}.test.ts`, rulesDir))).toBe(true);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.messages.default.length).toBeGreaterThan(10);
  });

  it('policy.schema.json is up to date (npm run gen:schema)', () => {
    expect(readFileSync(new URL('../../policy.schema.json', import.meta.url), 'utf8')).toBe(renderSchema());
  });

  it('public/managed-schema.json is up to date (npm run gen:schema)', () => {
    expect(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8')).toBe(
      renderManagedSchema(),
    );
  });
});
