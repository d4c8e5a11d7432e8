import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this module to the folder whose package.json is this project's (works from scripts/ and build/scripts/). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'whrd-protection') return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the whrd-protection package above ${start}`);
  }
}

/** Absolute path of the repository root. */
export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
/** Absolute path of schemas/. */
export const schemasDir = join(repoRoot, 'schemas');
/** Absolute path of the default data folder. */
export const defaultDataDir = join(repoRoot, 'data');
/** Absolute path of config/. */
export const configDir = join(repoRoot, 'config');

/** A path for messages: relative to the working directory when inside it, with forward slashes. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') ? absolute : rel;
  return shown.split(sep).join('/');
}
