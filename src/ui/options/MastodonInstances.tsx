/**
 * Mastodon instances beyond mastodon.social. Adding one asks the browser for that
 * host's permission at that moment; the worker then guards it (src/background/mastodon-instances.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { grantedInstances, originPattern } from '../../background/mastodon-instances';
import { t } from '../i18n';

const hostOf = (pattern: string): string => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

export function MastodonInstances() {
  const [instances, setInstances] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const refresh = () => void grantedInstances().then(setInstances);
  useEffect(refresh, []);

  const add = (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(input);
    if (!pattern) {
      setStatus({ text: t('mastodon_notAHost', input), error: true });
      return;
    }
    // The request must run in the click's own task, before any await: browsers only show it for a user gesture.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        setStatus(
          granted
            ? { text: t('mastodon_granted', hostOf(pattern)), error: false }
            : { text: t('mastodon_denied', hostOf(pattern)), error: true },
        );
        if (granted) setInput('');
        refresh();
      },
      (error: unknown) => setStatus({ text: String(error), error: true }),
    );
  };

  const remove = (pattern: string) => {
    void browser.permissions.remove({ origins: [pattern] }).then(() => {
      setStatus({ text: t('mastodon_removed', hostOf(pattern)), error: false });
      refresh();
    });
  };

  return (
    <section aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">{t('mastodon_heading')}</h2>
      <p class="help">{t('mastodon_help')}</p>
      <form onSubmit={add}>
        <label class="sr-only" for="instance">
          {t('mastodon_inputLabel')}
        </label>
        <input
          id="instance"
          type="text"
          placeholder="fosstodon.org"
          value={input}
          aria-label={t('mastodon_inputLabel')}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          {t('mastodon_add')}
        </button>
      </form>
      {status && (
        <p class={`status${status.error ? ' error' : ''}`} role="status">
          {status.text}
        </p>
      )}
      {instances.length > 0 && (
        <ul class="instances" aria-label={t('mastodon_listLabel')}>
          {instances.map((p) => (
            <li key={p}>
              <span>{hostOf(p)}</span>
              <button type="button" onClick={() => remove(p)} aria-label={t('mastodon_removeLabel', hostOf(p))}>
                {t('mastodon_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
