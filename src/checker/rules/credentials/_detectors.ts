/**
 * The specific secret detectors, each cached per check. Rules report from
 * them; the generic rules ask `claimedSpans` to skip what these already found.
 */
import type { RuleContext } from '../../context';
import { digitTokens, MAX_CANDIDATES, MAX_HITS, MAX_TOKEN, SpanSet } from '../_shared/secrets-scan';
import { classes, countBits, entropy, isPlaceholder, memo } from './_secrets';

export interface SecretHit {
  start: number;
  end: number;
  /** What it is, for the message ("a GitHub token"). */
  kind: string;
  /** The secret itself (for the message preview). */
  value: string;
}

/**
 * Provider key formats: [what it is, regex source]. Each source must match the
 * secret only (no surrounding text); `(?:…)` groups only, no captures.
 */
const PROVIDERS: ReadonlyArray<readonly [kind: string, source: string]> = [
  ['an AWS access key ID', '(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}'],
  ['a GitHub token', 'gh[pousr]_[A-Za-z0-9]{30,251}|github_pat_[A-Za-z0-9_]{22,255}'],
  ['a GitLab token', 'gl(?:pat|ptt|dt|rt|oas|cbt)-[A-Za-z0-9_-]{20,}'],
  ['a Slack token', 'xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\\d-[A-Za-z0-9-]{10,250}'],
  ['a Slack webhook URL', 'https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,}'],
  [
    'a Discord webhook URL',
    'https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{20,}',
  ],
  [
    'a Microsoft Teams webhook URL',
    'https?://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@/_-]{20,}',
  ],
  ['a Stripe secret key', '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}|whsec_[A-Za-z0-9]{20,}'],
  ['a Google API key', 'AIza[0-9A-Za-z_-]{35}'],
  ['a Google OAuth token', 'ya29\\.[0-9A-Za-z_-]{20,}|GOCSPX-[A-Za-z0-9_-]{20,}'],
  ['a SendGrid API key', 'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}'],
  ['an Anthropic API key', 'sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{20,}'],
  ['an OpenAI API key', 'sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}'],
  ['an npm token', 'npm_[A-Za-z0-9]{36}'],
  ['a PyPI token', 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,}'],
  ['a Hugging Face token', 'hf_[A-Za-z0-9]{30,}'],
  ['a DigitalOcean token', 'do[opr]_v1_[a-f0-9]{64}'],
  ['a Shopify token', 'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}'],
  ['a Mailgun API key', 'key-[0-9a-f]{32}'],
  ['a Square token', 'sq0(?:atp|csp)-[0-9A-Za-z_-]{22,}|EAAA[0-9A-Za-z_-]{60}'],
  ['an Atlassian API token', 'ATATT3[A-Za-z0-9_=-]{50,}'],
  ['a Linear API key', 'lin_api_[A-Za-z0-9]{40}'],
  ['a Notion token', '(?:secret_|ntn_)[A-Za-z0-9]{40,}'],
  ['a Telegram bot token', '\\d{8,10}:AA[0-9A-Za-z_-]{33}'],
  ['a Databricks token', 'dapi[a-f0-9]{32}'],
  ['a Postman API key', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'],
  ['a Figma token', 'figd_[A-Za-z0-9_-]{40,}'],
  ['a HashiCorp Vault token', 'hv[sbr]\\.[A-Za-z0-9_-]{24,}'],
  ['a New Relic key', 'NRAK-[A-Z0-9]{27}'],
  ['a Twilio API key', 'SK[0-9a-f]{32}'],
  ['an age secret key', 'AGE-SECRET-KEY-1[0-9A-Z]{58}'],
  ['an Azure storage key', '(?<=AccountKey=)[A-Za-z0-9+/]{86}=='],
];

/**
 * Matched inside one token, so no lookbehind is needed beyond the token's own characters; a key
 * right after "://" is a URL's user part ("https://ghp_…@github.com/…"), not a path.
 */
const PROVIDER_RE = new RegExp(
  `(?:(?<![A-Za-z0-9_+/-])|(?<=:\\/\\/))(?:${PROVIDERS.map(([, s]) => `(${s})`).join('|')})(?![A-Za-z0-9_-])`,
  'g',
);

const AWS_ID = /^A[A-Z]{3}[A-Z0-9]{16}$/;
const AWS_SECRET_NEAR = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_NAMED =
  /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;

function isRandomEnough(body: string): boolean {
  return !isPlaceholder(body) && entropy(body) >= 3;
}

/**
 * Provider-format keys (and AWS secret keys next to an AWS key ID). Every
 * provider format is 16+ characters with a digit in practice, so only such
 * tokens are searched.
 */
export function providerKeys(ctx: RuleContext): SecretHit[] {
  return memo(ctx, 'provider', () => {
    const text = ctx.text;
    const out: SecretHit[] = [];
    let budget = MAX_CANDIDATES;
    for (const token of digitTokens(ctx)) {
      if (out.length >= MAX_HITS) break;
      if (token.end - token.start < 16 || token.end - token.start > MAX_TOKEN) continue;
      if (--budget < 0) break;
      PROVIDER_RE.lastIndex = 0;
      for (let m = PROVIDER_RE.exec(token.text); m; m = PROVIDER_RE.exec(token.text)) {
        let i = 1;
        while (i < m.length && m[i] === undefined) i++;
        const kind = PROVIDERS[i - 1]?.[0] ?? 'an API key';
        const value = m[0];
        // Skip documentation stand-ins such as "sk-xxxxxxxxxxxxxxxxxxxxxxxx".
        const body = value.slice(Math.min(8, value.length >> 2));
        if (!isRandomEnough(body)) continue;
        const start = token.start + m.index;
        out.push({ start, end: start + value.length, kind, value });
        if (AWS_ID.test(value)) awsSecretNear(text, start, start + value.length, out);
      }
      // "aws_secret_access_key = …": the name may be its own token before the 40-character value.
      if (AWS_SECRET_SHAPE.test(token.text) || /ecret_?(?:access_?)?key/i.test(token.text)) {
        if (/ecret_?(?:access_?)?key/i.test(text.slice(Math.max(0, token.start - 40), token.end)))
          awsSecretNamed(text, token.start, out);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

const AWS_SECRET_SHAPE = /^["'=:]*[A-Za-z0-9/+]{40}["',;]*$/;

function awsSecretNamed(text: string, at: number, out: SecretHit[]): void {
  const from = Math.max(0, at - 48);
  const window = text.slice(from, at + 200);
  AWS_SECRET_NAMED.lastIndex = 0;
  for (let m = AWS_SECRET_NAMED.exec(window); m; m = AWS_SECRET_NAMED.exec(window)) {
    const value = m[1] ?? '';
    const start = from + m.index + m[0].length - value.length;
    if (out.some((h) => h.start === start)) continue;
    out.push({ start, end: start + value.length, kind: 'an AWS secret access key', value });
    if (out.length >= MAX_HITS) return;
  }
}

/** An AWS secret key is 40 base64 characters; look for one within a short distance of the key ID. */
function awsSecretNear(text: string, idStart: number, idEnd: number, out: SecretHit[]): void {
  const from = Math.max(0, idStart - 200);
  const window = text.slice(from, Math.min(text.length, idEnd + 200));
  AWS_SECRET_NEAR.lastIndex = 0;
  for (let m = AWS_SECRET_NEAR.exec(window); m; m = AWS_SECRET_NEAR.exec(window)) {
    const value = m[0];
    if (countBits(classes(value)) < 3 || entropy(value) < 4) continue;
    const start = from + m.index;
    if ((start >= idStart && start < idEnd) || out.some((h) => h.start === start)) continue;
    out.push({ start, end: start + value.length, kind: 'an AWS secret access key', value });
  }
}

/** JSON Web Tokens: three base64url parts, the first (and usually the second) starting "eyJ". */
const JWT_RE =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])/g;

export function jwts(ctx: RuleContext): SecretHit[] {
  return memo(ctx, 'jwt', () => {
    const out: SecretHit[] = [];
    for (const token of digitTokens(ctx)) {
      if (out.length >= MAX_HITS) break;
      if (token.end - token.start < 30 || token.end - token.start > MAX_TOKEN || !token.text.includes('eyJ'))
        continue;
      JWT_RE.lastIndex = 0;
      for (let m = JWT_RE.exec(token.text); m; m = JWT_RE.exec(token.text)) {
        const start = token.start + m.index;
        out.push({ start, end: start + m[0].length, kind: 'a JSON Web Token', value: m[0] });
      }
    }
    return out;
  });
}

/** A PEM, OpenSSH, PGP or PuTTY private key: from the BEGIN line to the END line, or to the end of the key body. */
const KEY_BEGIN =
  /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d: [\w-]+|-----BEGIN PGP PRIVATE KEY BLOCK-----/g;
const KEY_END = /-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----|Private-MAC: [0-9a-f]+/g;
/** A body line: base64 (and PEM header lines such as "Proc-Type:"), at least 16 characters. */
const BODY_LINE =
  /^[ \t]*(?:[A-Za-z0-9+/=]{16,}(?:[ \t]+[A-Za-z0-9+/=]{4,}){0,40}|[A-Za-z-]+: [^\n]{1,80})[ \t]*$/;

const BASE64_TOKEN = /^[A-Za-z0-9+/=]+$/;

export function privateKeys(ctx: RuleContext): SecretHit[] {
  return memo(ctx, 'privateKey', () => {
    const text = ctx.text;
    const out: SecretHit[] = [];
    // Key bodies are long base64 lines with digits: look for a BEGIN line only when there is one.
    if (!digitTokens(ctx).some((t) => t.end - t.start >= 16 && BASE64_TOKEN.test(t.text))) return out;
    if (!text.includes('PRIVATE KEY') && !text.includes('PuTTY-User-Key')) return out;
    KEY_BEGIN.lastIndex = 0;
    for (let m = KEY_BEGIN.exec(text); m; m = KEY_BEGIN.exec(text)) {
      const start = m.index;
      const afterBegin = start + m[0].length;
      // A key block is a few kilobytes at most: look for its END line within that.
      const block = text.slice(afterBegin, afterBegin + 16384);
      KEY_END.lastIndex = 0;
      const end = KEY_END.exec(block);
      let stop: number;
      if (end && !block.slice(0, end.index).includes('-----BEGIN'))
        stop = afterBegin + end.index + end[0].length;
      else {
        // No END line: the key body is the run of base64 lines after BEGIN.
        let pos = afterBegin;
        let lastBody = -1;
        while (pos < text.length) {
          const nl = text.indexOf('\n', pos + 1);
          const lineStart = text[pos] === '\n' ? pos + 1 : pos;
          const lineEnd = nl === -1 ? text.length : nl;
          const line = text.slice(lineStart, lineEnd);
          if (lineStart === afterBegin && line.trim() === '') {
            pos = lineEnd;
            continue;
          }
          if (!BODY_LINE.test(line)) break;
          lastBody = lineStart + line.trimEnd().length;
          pos = lineEnd;
          if (nl === -1) break;
        }
        // The BEGIN line alone, with no key material, reveals nothing.
        if (lastBody === -1) continue;
        stop = lastBody;
      }
      out.push({ start, end: stop, kind: 'a private key', value: text.slice(start, stop) });
      if (out.length >= MAX_HITS) break;
      KEY_BEGIN.lastIndex = stop;
    }
    return out;
  });
}

/** scheme://user:password@host — the password part is the secret. */
const CONN_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@"'<>]{0,64}):([^\s@/"'<>]{1,128})@[A-Za-z0-9[]/gi;

export function connectionStrings(ctx: RuleContext): SecretHit[] {
  return memo(ctx, 'connection', () => {
    const out: SecretHit[] = [];
    for (const token of connectionCandidates(ctx)) {
      if (out.length >= MAX_HITS) break;
      CONN_RE.lastIndex = 0;
      const m = CONN_RE.exec(token.text);
      if (!m) continue;
      const password = m[2] ?? '';
      if (isPlaceholder(password) || /^(?:pass(?:word)?|pwd|secret|token|user|username)$/i.test(password))
        continue;
      const start = token.start + m.index + m[0].indexOf(`:${password}@`) + 1;
      out.push({
        start,
        end: start + password.length,
        kind: 'a password in a connection string',
        value: password,
      });
    }
    return out;
  });
}

/** Tokens with "://" and "@" (a connection string nearly always has a digit: a port, a host, a password). */
function connectionCandidates(ctx: RuleContext): Array<{ start: number; text: string }> {
  return digitTokens(ctx).filter((t) => t.text.includes('://') && t.text.includes('@'));
}

/** Everything the specific detectors found; the generic rules skip these spans. */
export function claimedSpans(ctx: RuleContext): SpanSet {
  return memo(
    ctx,
    'claimed',
    () =>
      new SpanSet(
        [...providerKeys(ctx), ...jwts(ctx), ...privateKeys(ctx), ...connectionStrings(ctx)].map(
          (h) => [h.start, h.end] as const,
        ),
      ),
  );
}
