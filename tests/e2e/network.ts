/**
 * Serves the fixture pages at the real sites' URLs and keeps every test offline.
 *
 * Each site origin is answered from tests/fixtures/dist; every other http(s) request is aborted
 * and recorded. Requests the extension itself makes (from its service worker or its own pages)
 * are recorded separately, so a test can assert the "everything runs locally" promise.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { buildFixtures, FIXTURE_DIST_DIR, scriptPath } from './fixtures';
import { SITES, type Site } from './sites';

export interface NetworkLog {
  /** http(s) URLs requested by the extension: its service worker or a chrome-extension:// frame. */
  extensionRequests: string[];
  /** Every http(s) URL aborted because no fixture serves it. */
  aborted: string[];
  /** Fixture URLs answered (HTML and scripts), for debugging. */
  served: string[];
  /** Removes the routes and listeners. */
  dispose(): Promise<void>;
}

const isHttp = (url: string) => url.startsWith('http://') || url.startsWith('https://');

function isFromExtension(request: Request): boolean {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://');
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false; // no frame (e.g. a worker Playwright does not attribute): not provably ours
  }
}

interface SiteFiles {
  html: string;
  js: string;
}

async function loadFiles(site: Site): Promise<SiteFiles> {
  const [html, js] = await Promise.all([
    readFile(join(FIXTURE_DIST_DIR, `${site.fixture}.html`), 'utf8'),
    readFile(join(FIXTURE_DIST_DIR, `${site.fixture}.js`), 'utf8'),
  ]);
  return { html, js };
}

/** Routes the nine site origins to their fixtures and aborts all other web traffic. */
export async function serveFixtures(
  context: BrowserContext,
  sites: readonly Site[] = SITES,
): Promise<NetworkLog> {
  await buildFixtures(); // no-op when current; lets a test skip calling it itself
  const log: Omit<NetworkLog, 'dispose'> = { extensionRequests: [], aborted: [], served: [] };
  const origins = new Set(sites.map((s) => s.origin));
  const files = new Map(await Promise.all(sites.map(async (s) => [s.origin, await loadFiles(s)] as const)));

  const serveSite = (site: Site) => async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const { html, js } = files.get(site.origin)!;
    if (url.pathname === scriptPath(site.fixture)) {
      log.served.push(url.href);
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: js });
    } else if (request.resourceType() === 'document') {
      // Any page on the origin gets the site's fixture, so reloads after pushState still work.
      log.served.push(url.href);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      log.aborted.push(url.href); // e.g. /favicon.ico
      await route.abort();
    }
  };

  // A predicate, not the glob '**/*': a glob would also catch chrome-extension:// loads.
  const isForeignWeb = (url: URL) =>
    (url.protocol === 'http:' || url.protocol === 'https:') && !origins.has(url.origin);
  const abortForeign = async (route: Route) => {
    log.aborted.push(route.request().url());
    await route.abort('blockedbyclient');
  };

  const onRequest = (request: Request) => {
    if (isHttp(request.url()) && isFromExtension(request)) log.extensionRequests.push(request.url());
  };

  const siteRoutes = sites.map((s) => [`${s.origin}/**`, serveSite(s)] as const);
  for (const [glob, handler] of siteRoutes) await context.route(glob, handler);
  await context.route(isForeignWeb, abortForeign);
  context.on('request', onRequest);

  return {
    ...log,
    dispose: async () => {
      context.off('request', onRequest);
      for (const [glob, handler] of siteRoutes) await context.unroute(glob, handler);
      await context.unroute(isForeignWeb, abortForeign);
    },
  };
}
