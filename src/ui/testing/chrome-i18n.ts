/**
 * chrome.i18n for component tests, answering from public/_locales/<language>/messages.json
 * the way the browser does: named placeholders ($NAME$) become their content, then
 * $1…$9 become the substitutions and $$ a dollar sign.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's and does not resolve file: URLs.
const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../public/_locales');

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function loadMessages(language: string): Record<string, Entry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Record<string, Entry>;
}

export function formatMessage(entry: Entry, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) =>
    placeholders.has(name.toLowerCase()) ? placeholders.get(name.toLowerCase())! : whole,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** Installs `globalThis.chrome.i18n` answering in `language`; returns the messages for assertions. */
export function installChromeI18n(language = 'en'): Record<string, Entry> {
  const messages = loadMessages(language);
  const byLowerKey = new Map(Object.entries(messages).map(([k, e]) => [k.toLowerCase(), e]));
  const i18n = {
    getMessage(key: string, substitutions?: string | string[]): string {
      if (key === '@@bidi_dir') return 'ltr';
      const entry = byLowerKey.get(key.toLowerCase());
      if (!entry) return '';
      return formatMessage(entry, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
    },
    getUILanguage: () => language,
  };
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  g.chrome = { ...g.chrome, i18n };
  return messages;
}
