/**
 * Launching Debian's Chromium through playwright-core, optionally with the unpacked extension.
 * Playwright never downloads a browser here: the system Chromium is the only one available.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

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
   * `postguard-e2e-`, for the life of this browser and removed on close. Needs write access to
   * /etc/chromium (root, as in CI here); one policy-launched browser at a time.
   */
  policyDir?: string;
  /**
   * Shortcut for the common case: the extension's chrome.storage.managed contents. Written as a
   * `3rdparty` policy for the extension's id (computed from its path; needs no manifest `key`).
   * Same /etc caveats as `policyDir`. Chromium answers chrome.storage.managed.get() only once its
   * policy loader has settled, some 3–5 s after launch, with or without a policy.
   */
  managedStorage?: Record<string, unknown>;
  /** How long to wait for the extension's service worker. */
  serviceWorkerTimeoutMs?: number;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (host of its service worker URL), when an extension was loaded. */
  extensionId?: string;
  serviceWorker?: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export const SYSTEM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_PREFIX = 'postguard-e2e-';

async function installPolicies(options: LaunchOptions, extensionDir: string | undefined): Promise<string[]> {
  // A run that crashed before close() leaves its files behind; they must not leak into this one.
  if (existsSync(SYSTEM_POLICY_DIR)) {
    for (const stale of (await readdir(SYSTEM_POLICY_DIR)).filter((n) => n.startsWith(POLICY_PREFIX))) {
      await rm(join(SYSTEM_POLICY_DIR, stale), { force: true });
    }
  }
  if (!options.policyDir && !options.managedStorage) return [];
  await mkdir(SYSTEM_POLICY_DIR, { recursive: true });
  const installed: string[] = [];
  if (options.policyDir) {
    for (const name of (await readdir(options.policyDir)).filter((n) => n.endsWith('.json'))) {
      const target = join(SYSTEM_POLICY_DIR, POLICY_PREFIX + name);
      await cp(join(options.policyDir, name), target);
      installed.push(target);
    }
  }
  if (options.managedStorage) {
    const id = extensionDir && unpackedExtensionId(extensionDir);
    if (!id) throw new Error('managedStorage needs an extensionDir whose manifest has no "key"');
    const target = join(SYSTEM_POLICY_DIR, `${POLICY_PREFIX}managed-storage.json`);
    await writeFile(target, JSON.stringify({ '3rdparty': { extensions: { [id]: options.managedStorage } } }));
    installed.push(target);
  }
  return installed;
}

/**
 * Chromium's id for an unpacked extension without a manifest `key`: the first 32 hex digits of
 * SHA-256 of its absolute path, spelled with the letters a–p. Used when no worker shows up.
 */
export function unpackedExtensionId(extensionDir: string): string | undefined {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (existsSync(manifestPath) && 'key' in JSON.parse(readFileSync(manifestPath, 'utf8'))) return undefined;
  // Chromium hashes the absolute path with symlinks resolved.
  const hex = createHash('sha256')
    .update(realpathSync(resolve(extensionDir)))
    .digest('hex')
    .slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
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
  }

  return {
    context,
    ...(extensionId ? { extensionId } : {}),
    ...(serviceWorker ? { serviceWorker } : {}),
    userDataDir,
    close: async () => {
      await context.close().catch(() => {});
      await cleanup();
    },
  };
}
