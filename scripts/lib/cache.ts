import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

// On disk each entry is a tuple keyed by the path below the data folder: the cache of a large
// data set is read on every run, so it is kept small.
type StoredSummary = Omit<RecordSummary, 'path'>;
type StoredEntry = [mtimeMs: number, size: number, hash: string, summary: StoredSummary | 0, findings: Finding[] | 0];

interface CacheFile {
  key: string;
  entries: Record<string, StoredEntry>;
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

/** Reads the cache of the files under `root`; anything missing, unreadable or made under another key counts as empty. */
export function readCache(file: string, key: string, root: string): Map<string, CacheEntry> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.key !== key) return new Map();
    const entries = new Map<string, CacheEntry>();
    const prefix = `${root}${sep}`;
    for (const relative in parsed.entries) {
      const [mtimeMs, size, hash, summary, findings] = parsed.entries[relative]!;
      // Plain concatenation: keys were written relative to the same root, and path.join costs on large folders.
      const path = prefix + relative;
      const entry: CacheEntry = { mtimeMs, size, hash, findings: findings || [] };
      if (summary) entry.summary = Object.assign(summary, { path });
      entries.set(path, entry);
    }
    return entries;
  } catch {
    return new Map();
  }
}

function toStored({ mtimeMs, size, hash, summary, findings }: CacheEntry): StoredEntry {
  const stripped: StoredSummary | 0 = summary ? { kind: summary.kind, id: summary.id, ...(summary.domain ? { domain: summary.domain } : {}), relations: summary.relations } : 0;
  return [mtimeMs, size, hash, stripped, findings.length ? findings : 0];
}

/** Writes the cache through a temporary file and a rename, so a crash never leaves half a cache. */
export function writeCache(file: string, key: string, root: string, entries: Map<string, CacheEntry>): void {
  const stored: Record<string, StoredEntry> = {};
  const prefix = `${root}${sep}`;
  for (const [path, entry] of entries) {
    stored[path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path)] = toStored(entry);
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, entries: stored } satisfies CacheFile));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
