/**
 * policy-check: runs the extension's policy checker on standard input.
 * See README.md and ../shared/spec/cli-contract.md.
 *
 *   npm run --silent policy-check -- --policy policy.json --jsonl < posts.jsonl > findings.jsonl
 *   npm run --silent policy-check -- --policy policy.json < post.txt
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { check } from '../checker/check';
import { type CompiledPolicy, compilePolicy } from '../checker/policy/compile';
import { PolicyError, parsePolicy } from '../checker/policy/schema';
import type { Finding } from '../checker/types';
import { formatReport } from './report';

const USAGE = `usage: policy-check [--policy FILE] [--jsonl]

  --policy FILE  the policy JSON (default: the built-in policy, with no organization)
  --jsonl        read one {"id","text"} object a line, write one {"id","findings"} line each
                 (without it, the whole of standard input is one post and a report is printed)
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`policy-check: ${message}\n`);
  process.exit(code);
}

function loadPolicy(file: string | undefined): CompiledPolicy {
  if (!file) return compilePolicy(parsePolicy({}));
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read policy ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    fail(`policy ${file} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return compilePolicy(parsePolicy(json));
  } catch (e) {
    if (e instanceof PolicyError)
      fail(`policy ${file} is invalid:\n${e.problems.map((p) => `  - ${p}`).join('\n')}`);
    throw e;
  }
}

/** The contract's finding shape: `suggestion` is the first fix's label; all fixes follow as data. */
function toOutput(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    category: f.category,
    rule: f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
  };
  if (f.suggestions?.length) {
    out.suggestion = f.suggestions[0]?.label;
    out.suggestions = f.suggestions;
  }
  return out;
}

async function runJsonl(policy: CompiledPolicy): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let bad = 0;
  let buffer = '';
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let post: unknown;
    try {
      post = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stderr.write(`policy-check: line ${lineNumber}: not JSON (${(e as Error).message}); skipped\n`);
      continue;
    }
    const record = post as { id?: unknown; text?: unknown } | null;
    if (!record || typeof record !== 'object' || typeof record.text !== 'string') {
      bad++;
      process.stderr.write(`policy-check: line ${lineNumber}: no string "text" field; skipped\n`);
      continue;
    }
    const id = typeof record.id === 'string' ? record.id : String(record.id ?? lineNumber);
    buffer += `${JSON.stringify({ id, findings: check(record.text, policy).map(toOutput) })}\n`;
    if (buffer.length > 65536) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
  if (bad) process.stderr.write(`policy-check: ${bad} bad input line${bad === 1 ? '' : 's'} skipped\n`);
  return bad ? 1 : 0;
}

async function runReport(policy: CompiledPolicy): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const findings = check(text, policy);
  process.stdout.write(formatReport(text, findings, Boolean(process.stdout.isTTY)));
  return findings.some((f) => f.severity === 'block') ? 1 : 0;
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs<{ options: typeof options }>>;
  const options = {
    policy: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  } as const;
  try {
    args = parseArgs({ options, strict: true, allowPositionals: false });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const policy = loadPolicy(args.values.policy);
  process.exitCode = args.values.jsonl ? await runJsonl(policy) : await runReport(policy);
}

main().catch((e: unknown) => fail((e as Error).stack ?? String(e), 2));
