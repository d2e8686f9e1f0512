/** The site adapters; a site's id is its file name. */
import type { SiteId } from '../../shared/messages';
import type { SiteAdapter } from './types';

const modules = import.meta.glob<{ default: SiteAdapter }>(
  ['./*.ts', '!./index.ts', '!./types.ts', '!./*.test.ts'],
  {
    eager: true,
  },
);

export const ADAPTERS: ReadonlyArray<{ id: SiteId; adapter: SiteAdapter }> = Object.entries(modules).map(
  ([path, module]) => ({ id: path.slice(2, -3) as SiteId, adapter: module.default }),
);

function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('.') ? host.endsWith(pattern) || host === pattern.slice(1) : host === pattern;
}

/**
 * The adapter for a host. Any other host is a Mastodon instance the person added
 * (the content script is only registered there when they do).
 */
export function adapterFor(host: string): { id: SiteId; adapter: SiteAdapter } {
  const found = ADAPTERS.find(({ adapter }) => adapter.hosts.some((p) => hostMatches(host, p)));
  return found ?? ADAPTERS.find(({ id }) => id === 'mastodon')!;
}
