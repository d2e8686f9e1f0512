/**
 * Launching Debian's Chromium through playwright-core, optionally with the unpacked extension.
 * Playwright never downloads a browser here: the system Chromium is the only one available.
 */
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { extensionIdFromKey, extensionIdFromPath } from '../../scripts/extension-id';

export const CHROMIUM_PATH = process.env.POSTGUARD_CHROMIUM ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox', // we run as root in a container
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Unpacked extension to load (the built dist/ folder holding manifest.json). */
  extensionDir?: string;
  /** Profile directory to use as is (kept on close). By default a fresh temp dir, removed on close. */
  userDataDir?: string;
  /**
   * Folder of Chromium policy JSON files (the format of /etc/chromium/policies/managed/*.json,
   * e.g. `{"3rdparty":{"extensions":{"<id>":{...}}}}` for chrome.storage.managed). Linux Chromium
   * reads policy only from that fixed system folder, so the files are copied there, prefixed
   * `postguard-e2e-<pid>-`, for the life of this browser and removed on close. Needs write access
   * to /etc/chromium (root, as in CI here); one policy-launched browser at a time. Every Chromium
   * on the machine reads that folder: while the files are there, any browser with the same
   * extension (Postguard's id is fixed by its manifest key) sees the policy too, so keep such
   * tests short.
   */
  policyDir?: string;
  /**
   * Shortcut for the common case: the extension's chrome.storage.managed contents. Written as a
   * `3rdparty` policy for the extension's id (from its manifest `key`, or else from its path).
   * Same /etc caveats as `policyDir`. Chromium answers chrome.storage.managed.get() only once its
   * policy loader has settled, some 3–5 s after launch, with or without a policy.
   */
  managedStorage?: Record<string, unknown>;
  /**
   * Wait, before returning, until chrome.storage.managed answers (some 3 s after launch). The
   * default for an extension whose manifest declares `storage.managed_schema`, as Postguard's
   * does: its worker reads managed storage before the first check, so without the wait a test's
   * first check or popup would take those seconds instead.
   */
  waitForManagedStorage?: boolean;
  /** How long to wait for the extension's service worker. */
  serviceWorkerTimeoutMs?: number;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (host of its service worker URL), when an extension was loaded. */
  extensionId?: string;
  serviceWorker?: Worker;
  userDataDir: string;
  /**
   * Replaces the extension's chrome.storage.managed contents while the browser runs, as an
   * administrator's policy update would. Chromium notices the changed file and, once it has
   * settled (about 5 s), fires storage.onChanged in the 'managed' area.
   */
  setManagedStorage(contents: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export const SYSTEM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_PREFIX = 'postguard-e2e-';
/** Files are named for the test process that wrote them, so that only a dead run's are stale. */
const OWN_PREFIX = `${POLICY_PREFIX}${process.pid}-`;
const MANAGED_STORAGE_FILE = join(SYSTEM_POLICY_DIR, `${OWN_PREFIX}managed-storage.json`);

/** Whether this process may write Chromium's system policy folder (root, as in CI here). */
export function canInstallPolicies(): boolean {
  try {
    accessSync(existsSync(SYSTEM_POLICY_DIR) ? SYSTEM_POLICY_DIR : '/etc', constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the policy files of runs that crashed before close(), so they do not leak into this
 * one; those of test processes still running (another suite's browser) are theirs to remove.
 */
async function removeStalePolicies(): Promise<void> {
  if (!existsSync(SYSTEM_POLICY_DIR)) return;
  for (const name of await readdir(SYSTEM_POLICY_DIR)) {
    const owner = /^postguard-e2e-(\d+)-/.exec(name)?.[1];
    const stale = name.startsWith(POLICY_PREFIX) && (owner === undefined || !isRunning(Number(owner)));
    if (stale) await rm(join(SYSTEM_POLICY_DIR, name), { force: true });
  }
}

async function installPolicies(options: LaunchOptions, extensionDir: string | undefined): Promise<string[]> {
  await removeStalePolicies();
  if (!options.policyDir && !options.managedStorage) return [];
  await mkdir(SYSTEM_POLICY_DIR, { recursive: true });
  const installed: string[] = [];
  if (options.policyDir) {
    for (const name of (await readdir(options.policyDir)).filter((n) => n.endsWith('.json'))) {
      const target = join(SYSTEM_POLICY_DIR, OWN_PREFIX + name);
      await cp(join(options.policyDir, name), target);
      installed.push(target);
    }
  }
  if (options.managedStorage) {
    if (!extensionDir) throw new Error('managedStorage needs an extensionDir');
    installed.push(await writeManagedStorage(extensionDir, options.managedStorage));
  }
  return installed;
}

/** Writes `contents` as the `3rdparty` policy of the extension in `extensionDir`; returns the file. */
async function writeManagedStorage(extensionDir: string, contents: Record<string, unknown>): Promise<string> {
  const id = unpackedExtensionId(extensionDir);
  await mkdir(SYSTEM_POLICY_DIR, { recursive: true });
  await writeFile(MANAGED_STORAGE_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: contents } } }));
  return MANAGED_STORAGE_FILE;
}

interface Manifest {
  key?: unknown;
  storage?: { managed_schema?: unknown };
}

function readManifest(extensionDir: string): Manifest {
  const manifestPath = join(extensionDir, 'manifest.json');
  return existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
}

/**
 * Chromium's id for an unpacked extension, known before it loads: from its manifest `key` when it
 * has one (Postguard's does), else from its absolute path with symlinks resolved.
 */
export function unpackedExtensionId(extensionDir: string): string {
  const { key } = readManifest(extensionDir);
  if (typeof key === 'string') return extensionIdFromKey(key);
  return extensionIdFromPath(realpathSync(resolve(extensionDir)));
}

async function findServiceWorker(context: BrowserContext, timeoutMs: number): Promise<Worker | undefined> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  return context
    .waitForEvent('serviceworker', { predicate: isExtension, timeout: timeoutMs })
    .catch(() => undefined); // an extension without a background worker is allowed
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'postguard-e2e-profile-')));
  const extensionDir = options.extensionDir ? resolve(options.extensionDir) : undefined;
  const policies = await installPolicies(options, extensionDir);
  const args = [...BASE_ARGS];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);

  const cleanup = async () => {
    await Promise.all(policies.map((file) => rm(file, { force: true })));
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      // Playwright adds --disable-extensions by default; it would stop the unpacked extension loading.
      ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await cleanup();
    throw error;
  }

  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (extensionDir) {
    serviceWorker = await findServiceWorker(context, options.serviceWorkerTimeoutMs ?? 10_000);
    extensionId = serviceWorker ? new URL(serviceWorker.url()).host : unpackedExtensionId(extensionDir);
    const managedSchema = readManifest(extensionDir).storage?.managed_schema !== undefined;
    if (serviceWorker && (options.waitForManagedStorage ?? managedSchema)) {
      await serviceWorker.evaluate(() => chrome.storage.managed.get(null));
    }
  }

  return {
    context,
    ...(extensionId ? { extensionId } : {}),
    ...(serviceWorker ? { serviceWorker } : {}),
    userDataDir,
    setManagedStorage: async (contents) => {
      if (!extensionDir) throw new Error('setManagedStorage needs an extensionDir');
      const file = await writeManagedStorage(extensionDir, contents);
      if (!policies.includes(file)) policies.push(file);
    },
    close: async () => {
      await context.close().catch(() => {});
      await cleanup();
    },
  };
}
