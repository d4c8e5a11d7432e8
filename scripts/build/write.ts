import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A generated file that differs from what the build produces now. */
export interface StaleFile {
  path: string;
  problem: 'changed' | 'missing' | 'not generated';
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Compares the committed output folder with freshly built outputs, byte for byte. */
export function staleOutputs(outDir: string, outputs: ReadonlyMap<string, string>): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const [path, content] of outputs) {
    const file = join(outDir, path);
    if (!existsSync(file)) stale.push({ path, problem: 'missing' });
    else if (readFileSync(file, 'utf8') !== content) stale.push({ path, problem: 'changed' });
  }
  for (const path of listFiles(outDir)) if (!outputs.has(path)) stale.push({ path, problem: 'not generated' });
  return stale;
}

/**
 * Writes every output: first all to temporary files, then renames them into place and
 * removes files the build no longer makes, so a failure never leaves a half-written set.
 */
export function writeOutputs(outDir: string, outputs: ReadonlyMap<string, string>): { written: number; removed: number } {
  const pending: [string, string][] = [];
  try {
    for (const [path, content] of outputs) {
      const file = join(outDir, path);
      if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, content);
      pending.push([temporary, file]);
    }
  } catch (error) {
    for (const [temporary] of pending) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, file] of pending) renameSync(temporary, file);
  const extra = listFiles(outDir).filter((path) => !outputs.has(path));
  for (const path of extra) rmSync(join(outDir, path));
  return { written: pending.length, removed: extra.length };
}
