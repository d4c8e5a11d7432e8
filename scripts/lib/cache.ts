import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaSet } from './schemas.js';
import type { Finding, RecordSummary } from './types.js';

/** What the cache keeps of one file, enough to skip parsing it when it has not changed. */
export interface CacheEntry {
  mtimeMs: number;
  size: number;
  hash: string;
  summary?: RecordSummary;
  findings: Finding[];
}

interface CacheFile {
  key: string;
  entries: Record<string, CacheEntry>;
}

/** Content hash of a file's bytes. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

// The code of the checker itself: a changed rule must invalidate every cached result.
function engineFingerprint(): string {
  const hash = createHash('sha1');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', 'rules')]) {
    for (const name of readdirSync(dir).sort()) if (/\.(js|ts)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

/** The key under which results are valid: schemas, checker code, the day (dates are compared with today) and the working directory (paths in messages). */
export function cacheKey(schemas: SchemaSet, today: string, cwd: string): string {
  return createHash('sha1').update(JSON.stringify(schemas.all)).update(engineFingerprint()).update(today).update(cwd).digest('hex');
}

/** Reads the cache; anything missing, unreadable or made under another key counts as empty. */
export function readCache(file: string, key: string): Map<string, CacheEntry> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return parsed.key === key ? new Map(Object.entries(parsed.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the cache through a temporary file and a rename, so a crash never leaves half a cache. */
export function writeCache(file: string, key: string, entries: Map<string, CacheEntry>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, entries: Object.fromEntries(entries) } satisfies CacheFile));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
