import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from './paths.js';
import type { RecordKind } from './types.js';

/** A JSON Schema document as plain data. */
export type SchemaObject = Record<string, unknown> & { $id: string; title?: string; description?: string };

/** One word of a controlled vocabulary, from the schema's "x-terms". */
export interface Term {
  label: string;
  definition?: string;
  parents?: string[];
  regions?: string[];
  inverse?: string;
}

/** A controlled vocabulary: its words in order with label and definition. */
export interface Vocabulary {
  name: string;
  title: string;
  description: string;
  file: string;
  words: string[];
  terms: Record<string, Term>;
}

/** Every schema of the project, read from schemas/. */
export interface SchemaSet {
  records: Record<RecordKind, SchemaObject>;
  common: SchemaObject;
  vocabularies: Record<string, Vocabulary>;
  /** All documents, for registering with Ajv. */
  all: SchemaObject[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SchemaObject;

/** Reads every schema under `dir` (default schemas/). */
export function readSchemas(dir = schemasDir): SchemaSet {
  const vocabularies: Record<string, Vocabulary> = {};
  const vocabSchemas: SchemaObject[] = [];
  for (const file of readdirSync(join(dir, 'vocabularies')).filter((f) => f.endsWith('.schema.json')).sort()) {
    const schema = readJson(join(dir, 'vocabularies', file));
    vocabSchemas.push(schema);
    const name = file.replace(/\.schema\.json$/, '');
    vocabularies[name] = {
      name,
      title: schema.title ?? name,
      description: schema.description ?? '',
      file: `schemas/vocabularies/${file}`,
      words: schema.enum as string[],
      terms: schema['x-terms'] as Record<string, Term>,
    };
  }
  const common = readJson(join(dir, 'common.schema.json'));
  const records = {
    organisation: readJson(join(dir, 'organisation.schema.json')),
    mechanism: readJson(join(dir, 'mechanism.schema.json')),
  };
  return { records, common, vocabularies, all: [...vocabSchemas, common, records.organisation, records.mechanism] };
}
