/** Where the built fixture pages live, and building them on demand. */
import { fileURLToPath } from 'node:url';
import { buildFixtures as build, scriptPath } from '../fixtures/build.mjs';

export const FIXTURE_DIST_DIR = fileURLToPath(new URL('../fixtures/dist/', import.meta.url));
export { scriptPath };

let pending: Promise<void> | undefined;

/** Builds tests/fixtures/dist when missing or stale; a no-op costing a few ms otherwise. */
export function buildFixtures(options: { force?: boolean } = {}): Promise<void> {
  if (options.force) return build(options).then(() => {});
  // One build per test process, however many files or hooks ask for it.
  pending ??= build().then(
    () => {},
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
