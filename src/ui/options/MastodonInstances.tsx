/**
 * Mastodon instances beyond mastodon.social. Adding one asks the browser for that
 * host's permission at that moment; the worker then guards it (src/background/mastodon-instances.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { grantedInstances, originPattern } from '../../background/mastodon-instances';

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
      setStatus({ text: `“${input}” is not a host name such as fosstodon.org.`, error: true });
      return;
    }
    // The request must run in the click's own task, before any await: browsers only show it for a user gesture.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        setStatus(
          granted
            ? { text: `Postguard now guards ${hostOf(pattern)}. Reload its open tabs.`, error: false }
            : { text: `Permission for ${hostOf(pattern)} was not granted.`, error: true },
        );
        if (granted) setInput('');
        refresh();
      },
      (error: unknown) => setStatus({ text: String(error), error: true }),
    );
  };

  const remove = (pattern: string) => {
    void browser.permissions.remove({ origins: [pattern] }).then(() => {
      setStatus({ text: `Postguard no longer runs on ${hostOf(pattern)}.`, error: false });
      refresh();
    });
  };

  return (
    <section aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Mastodon instances</h2>
      <p class="help">
        Postguard guards mastodon.social. Add your own instance and your browser will ask to let Postguard run
        on that site only.
      </p>
      <form onSubmit={add}>
        <label class="sr-only" for="instance">
          Mastodon instance
        </label>
        <input
          id="instance"
          type="text"
          placeholder="fosstodon.org"
          value={input}
          aria-label="Mastodon instance"
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          Add instance
        </button>
      </form>
      {status && (
        <p class={`status${status.error ? ' error' : ''}`} role="status">
          {status.text}
        </p>
      )}
      {instances.length > 0 && (
        <ul class="instances" aria-label="Added instances">
          {instances.map((p) => (
            <li key={p}>
              <span>{hostOf(p)}</span>
              <button type="button" onClick={() => remove(p)} aria-label={`Remove ${hostOf(p)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
