/**
 * Chrome's extension ids. An extension whose manifest has a "key" (Postguard's does, so that IT
 * can name it in policies before it is installed) gets the same id everywhere: the first 32 hex
 * digits of SHA-256 of the DER public key, spelled with the letters a–p. An unpacked extension
 * without one gets an id from its folder's absolute path instead.
 *
 *   npx tsx scripts/extension-id.ts     prints the id of manifest.json's key
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

function idFromBytes(bytes: Buffer | string): string {
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The id of an extension whose manifest "key" is `base64Key` (the DER public key, base64). */
export function extensionIdFromKey(base64Key: string): string {
  return idFromBytes(Buffer.from(base64Key, 'base64'));
}

/** The id Chromium gives an unpacked extension without a "key": from its absolute, symlink-free path. */
export function extensionIdFromPath(absolutePath: string): string {
  return idFromBytes(absolutePath);
}

/** Postguard's id, from the "key" in the project's manifest.json. */
export function postguardExtensionId(): string {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as { key: string };
  return extensionIdFromKey(manifest.key);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  console.log(postguardExtensionId());
}
