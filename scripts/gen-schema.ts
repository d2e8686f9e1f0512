/**
 * Writes the policy's two schemas from the valibot schema, so none of them can disagree with it:
 * - policy.schema.json, the JSON Schema of the policy file (editors, `npm run policy-check`);
 * - public/managed-schema.json, the manifest's `storage.managed_schema`: what an organization may
 *   set in chrome.storage.managed, as Chrome's own subset of JSON Schema (see chromeSchema below).
 * `--check` exits 1 when a committed file is out of date (run by the tests).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { PolicySchema } from '../src/checker/policy/schema';
import { writeOrCheck } from './generated-file.mjs';

const COMMAND = 'npm run gen:schema';
const policySchemaFile = new URL('../policy.schema.json', import.meta.url);
const managedSchemaFile = new URL('../public/managed-schema.json', import.meta.url);

/** The managed storage key that holds the whole policy (src/background/policy-store.ts reads it). */
export const MANAGED_POLICY_KEY = 'policy';

const POLICY_DESCRIPTION =
  "The organization's social-media policy for Postguard. Every field is optional; see README.md.";

type JsonSchema = Record<string, unknown>;

const policyJsonSchema = (): JsonSchema => toJsonSchema(PolicySchema, { errorMode: 'ignore' }) as JsonSchema;

export function renderSchema(): string {
  return `${JSON.stringify(
    {
      ...policyJsonSchema(),
      $id: 'https://postguard.example/policy.schema.json',
      title: 'Postguard policy',
      description: POLICY_DESCRIPTION,
    },
    null,
    2,
  )}\n`;
}

/**
 * The attributes Chrome accepts in a managed storage schema, per type (Chromium's
 * components/policy/core/common/schema.cc: an unknown attribute makes the extension fail to load).
 * Length and count limits (minLength, maxItems …) have no Chrome equivalent; parsePolicy still
 * enforces them when the worker reads the managed policy.
 */
export const CHROME_SCHEMA_ATTRIBUTES: Record<string, readonly string[]> = {
  array: ['type', 'title', 'description', 'id', 'items'],
  boolean: ['type', 'title', 'description', 'id'],
  integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum'],
  number: ['type', 'title', 'description', 'id'],
  object: ['type', 'title', 'description', 'id', 'properties', 'patternProperties', 'additionalProperties', 'required'],
  string: ['type', 'title', 'description', 'id', 'enum', 'pattern'],
};

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mapValues(record: unknown, convert: (schema: JsonSchema) => JsonSchema): JsonSchema {
  if (!isSchema(record)) throw new Error(`expected an object of schemas, got ${JSON.stringify(record)}`);
  return Object.fromEntries(Object.entries(record).map(([key, schema]) => [key, convert(schema as JsonSchema)]));
}

/**
 * One JSON Schema node in Chrome's subset. Records become what Chrome can say: a record keyed by an
 * enum (categories) lists each key under `properties`; one keyed by a pattern (rules) becomes
 * `patternProperties`. `additionalProperties: false` is left out, since Chrome takes only a schema
 * there and already drops unknown keys (with a warning on chrome://policy). Anything else this
 * cannot express fails the generator, rather than writing a schema Chrome would refuse.
 */
export function chromeSchema(node: JsonSchema): JsonSchema {
  const { type } = node;
  if (typeof type !== 'string' || !(type in CHROME_SCHEMA_ATTRIBUTES)) {
    throw new Error(`managed schema: no Chrome equivalent for ${JSON.stringify(node).slice(0, 200)}`);
  }
  const out: JsonSchema = { type };
  for (const key of ['title', 'description', 'enum', 'pattern', 'minimum', 'maximum']) {
    if (node[key] !== undefined && CHROME_SCHEMA_ATTRIBUTES[type]!.includes(key)) out[key] = node[key];
  }
  if (type === 'array') out.items = chromeSchema(node.items as JsonSchema);
  if (type !== 'object') return out;

  const { properties, propertyNames, additionalProperties, required } = node;
  if (properties !== undefined) out.properties = mapValues(properties, chromeSchema);
  if (isSchema(additionalProperties)) {
    const values = chromeSchema(additionalProperties);
    if (isSchema(propertyNames) && Array.isArray(propertyNames.enum)) {
      out.properties = Object.fromEntries(propertyNames.enum.map((key) => [String(key), values]));
    } else if (isSchema(propertyNames) && typeof propertyNames.pattern === 'string') {
      out.patternProperties = { [propertyNames.pattern]: values };
    } else {
      out.additionalProperties = values;
    }
  }
  if (Array.isArray(required) && required.length > 0) out.required = required;
  return out;
}

export function renderManagedSchema(): string {
  const policy = chromeSchema({ ...policyJsonSchema(), title: 'Postguard policy', description: POLICY_DESCRIPTION });
  // Chrome: the top level is an object without additionalProperties; its properties are the policies.
  const schema = { type: 'object', properties: { [MANAGED_POLICY_KEY]: policy } };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeOrCheck(policySchemaFile, renderSchema(), COMMAND);
  writeOrCheck(managedSchemaFile, renderManagedSchema(), COMMAND);
}
