import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { repoRoot } from './paths.js';
import type { SchemaSet } from './schemas.js';
import type { RecordKind } from './types.js';

/** Compiled record validators, keyed by record kind. */
export type RecordValidators = Record<RecordKind, ValidateFunction>;

const cacheDir = join(repoRoot, 'node_modules', '.cache', 'whrd-protection');
const ajvVersion = () => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'ajv', 'package.json'), 'utf8')) as { version: string }).version;
const loaded = new Map<string, Promise<RecordValidators>>();

/**
 * The record validators, compiled once per schema version: Ajv's standalone code is
 * kept in node_modules/.cache so that later processes (and worker threads) load it
 * in a few milliseconds instead of compiling for a few hundred. Ajv itself is only
 * imported when the code has to be generated.
 */
export function loadRecordValidators(schemas: SchemaSet): Promise<RecordValidators> {
  const key = createHash('sha256').update(JSON.stringify(schemas.all)).update(ajvVersion()).digest('hex').slice(0, 16);
  let promise = loaded.get(key);
  if (!promise) {
    promise = (async () => {
      const file = join(cacheDir, `validators-${key}.mjs`);
      try {
        if (!existsSync(file)) {
          const { standaloneValidatorsSource } = await import('./ajv.js');
          mkdirSync(cacheDir, { recursive: true });
          const temporary = `${file}.${process.pid}.tmp`;
          writeFileSync(temporary, standaloneValidatorsSource(schemas));
          renameSync(temporary, file);
        }
        return (await import(pathToFileURL(file).href)) as RecordValidators;
      } catch {
        // A read-only checkout still validates, only slower.
        const { compileRecordValidators } = await import('./ajv.js');
        return compileRecordValidators(schemas);
      }
    })();
    loaded.set(key, promise);
  }
  return promise;
}
