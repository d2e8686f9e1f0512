// Shared by the generators: write a generated file, or with `--check` fail when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {URL | string} target the generated file
 * @param {string} next its content as it should be
 * @param {string} command what regenerates it, for the error message
 * @returns {boolean} true when the file was (re)written
 */
export function writeOrCheck(target, next, command) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // no file yet: it will be written
  }
  if (current === next) return false;
  if (process.argv.includes('--check')) {
    console.error(`${String(target).replace(/^file:\/\/.*?\/(?=(src|policy))/, '')} is out of date: run ${command}`);
    process.exit(1);
  }
  writeFileSync(target, next);
  return true;
}
