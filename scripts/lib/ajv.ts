import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvErrors from 'ajv-errors';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readSchemas, type SchemaSet } from './schemas.js';
import type { RecordValidators } from './validators.js';

export { loadRecordValidators, type RecordValidators } from './validators.js';

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

/** Compiles the record validators in this process, without the cache. */
export function compileRecordValidators(schemas: SchemaSet): RecordValidators {
  const ajv = createAjv(schemas);
  return { organisation: ajv.getSchema(schemas.records.organisation.$id)!, mechanism: ajv.getSchema(schemas.records.mechanism.$id)! };
}

/** Ajv's standalone module source for the record validators (ESM, with the imports it needs). */
export function standaloneValidatorsSource(schemas: SchemaSet): string {
  const ajv = createAjv(schemas, { standalone: true });
  const code = standaloneCode.default(ajv, { organisation: schemas.records.organisation.$id, mechanism: schemas.records.mechanism.$id });
  return `import { createRequire } from "node:module";\nimport { fullFormats } from "ajv-formats/dist/formats.js";\nconst require = createRequire(import.meta.url);\n${code}`;
}
