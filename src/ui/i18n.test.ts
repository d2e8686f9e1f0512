/**
 * Every language has exactly the keys and placeholders of English, every key the code uses
 * exists, and the English category texts match the checker's (the popup translates them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_TITLES, DEFAULT_REASONS } from '../checker/categories';
import { formatMessage, loadMessages } from './testing/chrome-i18n';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES_DIR = join(ROOT, 'public/_locales');
const languages = readdirSync(LOCALES_DIR);
const english = loadMessages('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Keys passed to t('…'), and the message keys the label tables name ('category_…_title' and the like). */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) used.set(match[1]!, file);
    if (file.endsWith('policy-labels.ts')) {
      for (const match of text.matchAll(/:\s*'([a-z]+_[A-Za-z0-9_]+)'/g)) used.set(match[1]!, file);
    }
  }
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(match[1]!, 'manifest.json');
  return used;
}

const placeholderNames = (entry: { placeholders?: Record<string, unknown> }) =>
  Object.keys(entry.placeholders ?? {})
    .map((n) => n.toLowerCase())
    .sort();

describe('locales', () => {
  it('include English and Spanish', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(languages.filter((l) => l !== 'en'))('%s has exactly the keys of English', (language) => {
    const messages = loadMessages(language);
    const missing = Object.keys(english).filter((k) => !(k in messages));
    const extra = Object.keys(messages).filter((k) => !(k in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(languages)('%s: every message is non-empty and has the placeholders of English', (language) => {
    const messages = loadMessages(language);
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      if (english[key]) expect(placeholderNames(entry), key).toEqual(placeholderNames(english[key]));
      // Every $NAME$ in the text is a declared placeholder (the browser would print it literally).
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g))
        expect(placeholderNames(entry), `${key}: $${name}$`).toContain(name!.toLowerCase());
    }
  });

  it.each(languages)('%s: the language key names the locale folder', (language) => {
    expect(loadMessages(language).language?.message).toBe(language);
  });

  it('has every key the code uses', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(50); // the scan found the t('…') calls at all
    const missing = [...used].filter(([key]) => !(key in english)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('English category texts', () => {
  // The popup and options page show the built-in titles and reasons translated, from the locale files.
  // When the checker's wording changes, change public/_locales/*/messages.json with it.
  it.each(CATEGORIES)('%s matches src/checker/categories.ts', (category) => {
    const key = category.replaceAll('-', '_');
    expect(english[`category_${key}_title`]?.message).toBe(CATEGORY_TITLES[category]);
    expect(english[`category_${key}_reason`]?.message).toBe(DEFAULT_REASONS[category]);
  });
});

describe('formatMessage (the test stand-in for chrome.i18n)', () => {
  it('fills named placeholders from substitutions', () => {
    expect(formatMessage(english.popup_pausedUntil!, ['x.com', '14:30'])).toBe('Paused on x.com until 14:30.');
  });
});
