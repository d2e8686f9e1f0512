/**
 * Writes policy.schema.json (JSON Schema of the policy file) from the valibot schema, so the two
 * never disagree. `--check` exits 1 when the committed file is out of date (run by the tests).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { PolicySchema } from '../src/checker/policy/schema';
import { writeOrCheck } from './generated-file.mjs';

const target = new URL('../policy.schema.json', import.meta.url);

export function renderSchema(): string {
  const schema = toJsonSchema(PolicySchema, { errorMode: 'ignore' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://postguard.example/policy.schema.json',
      title: 'Postguard policy',
      description:
        "The organization's social-media policy for Postguard. Every field is optional; see README.md.",
    },
    null,
    2,
  )}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeOrCheck(target, renderSchema(), 'npm run gen:schema');
}
