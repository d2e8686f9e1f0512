/**
 * What IT deploys (issue #4) stays true: the example managed policy validates, every example in
 * docs/deploying.md embeds exactly it under Postguard's real ids, and the manifest's managed
 * schema is one Chrome accepts and that describes the whole example (Chrome drops what it does
 * not describe). tests/e2e/managed.e2e.ts deploys the same example to a real Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postguardExtensionId } from '../../scripts/extension-id';
import { CHROME_SCHEMA_ATTRIBUTES, MANAGED_POLICY_KEY } from '../../scripts/gen-schema';
import { parsePolicy } from '../checker/policy/schema';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const example: unknown = JSON.parse(read('docs/examples/managed-policy.json'));
const deploying = read('docs/deploying.md');
const manifest = JSON.parse(read('manifest.json')) as { storage: { managed_schema: string } };
const CHROME_ID = postguardExtensionId();
const GECKO_ID = /gecko:\s*{\s*id:\s*'([^']+)'/.exec(read('vite.config.ts'))?.[1];

type Json = Record<string, unknown>;

/** The code blocks of deploying.md marked `<!-- managed-policy-example: <format> -->`, by format. */
function markedExamples(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const [, format, code] of deploying.matchAll(/<!-- managed-policy-example: ([\w-]+) -->\n```\w*\n([\s\S]*?)```/g)) {
    expect(blocks.has(format!), `two examples marked ${format}`).toBe(false);
    blocks.set(format!, code!);
  }
  return blocks;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** Reads an XML property list (dict, array, string, integer, true, false): enough for a .mobileconfig. */
function parsePlist(xml: string): unknown {
  const body = xml.slice(xml.indexOf('<plist'));
  const tokens = (body.match(/<[^>]+>|[^<]+/g) ?? []).filter((token) => token.trim() !== '');
  let at = 1; // after <plist …>
  const textUntil = (close: string) => {
    let text = '';
    while (tokens[at] !== close) text += tokens[at++];
    at++;
    return unescapeXml(text);
  };
  const value = (): unknown => {
    const tag = tokens[at++];
    switch (tag) {
      case '<dict>': {
        const dict: Json = {};
        while (tokens[at] !== '</dict>') {
          expect(tokens[at++]).toBe('<key>');
          const key = textUntil('</key>');
          dict[key] = value();
        }
        at++;
        return dict;
      }
      case '<array>': {
        const array: unknown[] = [];
        while (tokens[at] !== '</array>') array.push(value());
        at++;
        return array;
      }
      case '<string>':
        return textUntil('</string>');
      case '<integer>':
        return Number(textUntil('</integer>'));
      case '<true/>':
        return true;
      case '<false/>':
        return false;
      default:
        throw new Error(`unexpected plist token ${tag}`);
    }
  };
  return value();
}

/** How each format carries the policy, and whom it names. */
const EXTRACT: Record<string, (code: string) => unknown> = {
  'chrome-linux': (code) => {
    const file = JSON.parse(code) as Json & { '3rdparty': { extensions: Record<string, Json> } };
    expect(file.ExtensionInstallForcelist).toEqual([expect.stringMatching(new RegExp(`^${CHROME_ID};https://`))]);
    return file['3rdparty'].extensions[CHROME_ID]?.[MANAGED_POLICY_KEY];
  },
  'chrome-windows': (code) => {
    expect(code).toMatch(new RegExp(`^"1"="${CHROME_ID};https://`, 'm'));
    const keyPath = `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy]`;
    const afterKey = code.slice(code.indexOf(keyPath) + keyPath.length);
    expect(code).toContain(keyPath);
    const value = new RegExp(`^"${MANAGED_POLICY_KEY}"="((?:[^"\\\\]|\\\\.)*)"$`, 'm').exec(afterKey)?.[1];
    expect(value, 'a REG_SZ value named policy').toBeDefined();
    return JSON.parse(value!.replace(/\\(.)/g, '$1'));
  },
  'chrome-macos': (code) => {
    const profile = parsePlist(code) as { PayloadContent: Json[] };
    const install = profile.PayloadContent.find((p) => p.PayloadType === 'com.google.Chrome');
    expect(install?.ExtensionInstallForcelist).toEqual([expect.stringMatching(new RegExp(`^${CHROME_ID};https://`))]);
    const payload = profile.PayloadContent.find((p) => p.PayloadType === `com.google.Chrome.extensions.${CHROME_ID}`);
    return payload?.[MANAGED_POLICY_KEY];
  },
  firefox: (code) => {
    const { policies } = JSON.parse(code) as { policies: Json & { '3rdparty': { Extensions: Record<string, Json> } } };
    expect(policies.ExtensionSettings).toEqual({ [GECKO_ID!]: expect.objectContaining({ installation_mode: 'force_installed' }) });
    return policies['3rdparty'].Extensions[GECKO_ID!]?.[MANAGED_POLICY_KEY];
  },
};

describe('the example managed policy', () => {
  it('is a valid policy, kept exactly as written', () => {
    expect(parsePolicy(example)).toEqual(example);
  });
});

describe('docs/deploying.md', () => {
  it('has an example for Linux, Windows, macOS and Firefox', () => {
    expect([...markedExamples().keys()].sort()).toEqual(Object.keys(EXTRACT).sort());
  });

  it.each(Object.keys(EXTRACT))('the %s example embeds exactly docs/examples/managed-policy.json', (format) => {
    expect(EXTRACT[format]!(markedExamples().get(format)!)).toEqual(example);
  });

  it('embeds the policy in no other code block, where no test would check it', () => {
    const name = (example as { name: string }).name;
    const blocks = [...deploying.matchAll(/```\w*\n([\s\S]*?)```/g)].map(([, code]) => code!);
    expect(blocks.filter((code) => code.includes(name))).toHaveLength(markedExamples().size);
  });

  it("names Postguard by the id the manifest's key gives it, and by its Firefox id", () => {
    expect(CHROME_ID).toMatch(/^[a-p]{32}$/);
    expect(new Set(deploying.match(/\b[a-p]{32}\b/g))).toEqual(new Set([CHROME_ID]));
    expect(GECKO_ID).toBeDefined();
    expect(deploying).toContain(`\`${GECKO_ID}\``);
  });
});

describe('the managed storage schema', () => {
  const schema = JSON.parse(read(`public/${manifest.storage.managed_schema}`)) as Json;

  /** Every node of `node`, with its path. */
  function* nodes(node: Json, path = ''): Generator<[string, Json]> {
    yield [path || '(top)', node];
    for (const group of ['properties', 'patternProperties'] as const) {
      for (const [key, child] of Object.entries((node[group] as Record<string, Json> | undefined) ?? {}))
        yield* nodes(child, `${path}.${key}`);
    }
    if (node.items) yield* nodes(node.items as Json, `${path}[]`);
    if (node.additionalProperties) yield* nodes(node.additionalProperties as Json, `${path}.*`);
  }

  it('is the file the manifest names', () => {
    expect(existsSync(new URL(`public/${manifest.storage.managed_schema}`, root))).toBe(true);
  });

  it('uses only what Chrome accepts: an object at the top without additionalProperties, known attributes', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties as Json)).toEqual([MANAGED_POLICY_KEY]);
    for (const [path, node] of nodes(schema)) {
      const allowed = CHROME_SCHEMA_ATTRIBUTES[node.type as string];
      expect(allowed, `${path}: type ${String(node.type)}`).toBeDefined();
      expect(Object.keys(node).filter((key) => !allowed!.includes(key)), path).toEqual([]);
    }
  });

  /** The paths in `value` that `node` does not describe, or describes with another type. */
  function undescribed(node: Json, value: unknown, path: string): string[] {
    const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    if (node.type !== type) return [`${path}: ${type}, schema says ${String(node.type)}`];
    if (Array.isArray(node.enum) && !node.enum.includes(value)) return [`${path}: not in enum`];
    if (Array.isArray(value)) return value.flatMap((item, i) => undescribed(node.items as Json, item, `${path}[${i}]`));
    if (type !== 'object') return [];
    return Object.entries(value as Json).flatMap(([key, child]) => {
      const patterns = Object.entries((node.patternProperties as Record<string, Json> | undefined) ?? {});
      const schemaOf =
        (node.properties as Record<string, Json> | undefined)?.[key] ??
        patterns.find(([pattern]) => new RegExp(pattern).test(key))?.[1] ??
        (node.additionalProperties as Json | undefined);
      return schemaOf ? undescribed(schemaOf, child, `${path}.${key}`) : [`${path}.${key}: not in the schema`];
    });
  }

  it('describes every value of the example, so Chrome drops none of it', () => {
    expect(undescribed(schema, { [MANAGED_POLICY_KEY]: example }, '')).toEqual([]);
  });

  it('rejects what Chrome would drop (the check above can fail)', () => {
    const policy = { ...(example as Json), categories: { secrets: { severity: 'block' } }, maxPosts: 3 };
    expect(undescribed(schema, { [MANAGED_POLICY_KEY]: policy }, '')).toEqual([
      '.policy.categories.secrets: not in the schema',
      '.policy.maxPosts: not in the schema',
    ]);
  });
});
