import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvErrors from 'ajv-errors';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { repoRoot } from './paths.js';
import { readSchemas, type SchemaSet } from './schemas.js';
import type { RecordKind } from './types.js';

const termsMetaSchema = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['label'],
    additionalProperties: false,
    properties: {
      label: { type: 'string', minLength: 1 },
      definition: { type: 'string', minLength: 1 },
      parents: { type: 'array', items: { type: 'string' } },
      regions: { type: 'array', items: { type: 'string' } },
      inverse: { type: 'string' },
    },
  },
};

/** The one place that configures Ajv: 2020-12, all errors, strict, formats, contributor messages, vocabulary terms. */
export function createAjv(schemas: SchemaSet = readSchemas(), options: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // "required" inside anyOf/oneOf branches names properties declared beside them.
    strictRequired: false,
    discriminator: true,
    verbose: true,
    ...(options.standalone ? { code: { source: true, esm: true, formats: _`fullFormats` } } : {}),
  });
  addFormats.default(ajv, ['date', 'uri', 'email']);
  ajvErrors.default(ajv, { singleError: false });
  ajv.addKeyword({ keyword: 'x-terms', metaSchema: termsMetaSchema });
  for (const schema of schemas.all) ajv.addSchema(schema);
  return ajv;
}

/** Compiled record validators, keyed by record kind. */
export type RecordValidators = Record<RecordKind, ValidateFunction>;

function compileInMemory(schemas: SchemaSet): RecordValidators {
  const ajv = createAjv(schemas);
  return { organisation: ajv.getSchema(schemas.records.organisation.$id)!, mechanism: ajv.getSchema(schemas.records.mechanism.$id)! };
}

const cacheDir = join(repoRoot, 'node_modules', '.cache', 'whrd-protection');
const loaded = new Map<string, Promise<RecordValidators>>();

/**
 * The record validators, compiled once per schema version: Ajv's standalone code is
 * kept in node_modules/.cache so that later processes (and worker threads) load it
 * in a few milliseconds instead of compiling for a few hundred.
 */
export function loadRecordValidators(schemas: SchemaSet): Promise<RecordValidators> {
  const key = createHash('sha256').update(JSON.stringify(schemas.all)).update(standaloneCode.toString()).digest('hex').slice(0, 16);
  let promise = loaded.get(key);
  if (!promise) {
    promise = (async () => {
      const file = join(cacheDir, `validators-${key}.mjs`);
      try {
        if (!existsSync(file)) {
          const ajv = createAjv(schemas, { standalone: true });
          const code = standaloneCode.default(ajv, { organisation: schemas.records.organisation.$id, mechanism: schemas.records.mechanism.$id });
          const prologue = 'import { createRequire } from "node:module";\nimport { fullFormats } from "ajv-formats/dist/formats.js";\nconst require = createRequire(import.meta.url);\n';
          mkdirSync(cacheDir, { recursive: true });
          const temporary = `${file}.${process.pid}.tmp`;
          writeFileSync(temporary, prologue + code);
          renameSync(temporary, file);
        }
        return (await import(pathToFileURL(file).href)) as RecordValidators;
      } catch {
        return compileInMemory(schemas); // a read-only checkout still validates, only slower
      }
    })();
    loaded.set(key, promise);
  }
  return promise;
}
