/**
 * The extension pages' strings, from public/_locales/<language>/messages.json
 * through chrome.i18n, so the browser picks the language. Keys are typed from
 * the English file: a misspelt key does not compile, and src/ui/i18n.test.ts
 * checks that every other language has every key.
 */
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The message for `key`, with `$1`… (or the message's named placeholders) filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  // getMessage answers "" for an unknown key; showing the key makes the gap visible instead of blank.
  return globalThis.chrome?.i18n?.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language (e.g. "es-419"), for dates and times in the same language as the text. */
export function uiLanguage(): string {
  return globalThis.chrome?.i18n?.getUILanguage?.() ?? navigator.language;
}

/** Sets the page's language, direction and title; static HTML cannot use __MSG_…__ in extension pages. */
export function localizePage(titleKey: MessageKey): void {
  const root = document.documentElement;
  // The language the strings are in, which is the UI language only when Postguard is translated into it.
  root.lang = t('language');
  root.dir = globalThis.chrome?.i18n?.getMessage('@@bidi_dir') || 'ltr';
  document.title = t(titleKey);
}
