/** The length limits of the policy's text fields, read from the schema so the form never disagrees with it. */
import { PolicySchema } from '../../checker/policy/schema';

interface SchemaNode {
  wrapped?: SchemaNode;
  pipe?: ReadonlyArray<{ type: string; requirement?: unknown }>;
}

function maxLength(schema: SchemaNode): number {
  const inner = schema.wrapped ?? schema;
  const limit = inner.pipe?.find((action) => action.type === 'max_length')?.requirement;
  if (typeof limit !== 'number') throw new Error('schema field without a maximum length');
  return limit;
}

const categoryEntry = PolicySchema.entries.categories.wrapped.value;

export const LIMITS = {
  name: maxLength(PolicySchema.entries.name),
  version: maxLength(PolicySchema.entries.version),
  disclaimer: maxLength(PolicySchema.entries.disclaimer),
  disclaimerShort: maxLength(PolicySchema.entries.disclaimerShort),
  reason: maxLength(categoryEntry.entries.reason),
} as const;
