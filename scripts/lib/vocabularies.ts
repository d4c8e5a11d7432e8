import { readSchemas, type Vocabulary } from './schemas.js';

let cache: Record<string, Vocabulary> | undefined;

/** The controlled vocabularies, read once from schemas/vocabularies/. */
export function vocabularies(): Record<string, Vocabulary> {
  cache ??= readSchemas().vocabularies;
  return cache;
}

/** One vocabulary by file name (without .schema.json). */
export function vocabulary(name: string): Vocabulary {
  const found = vocabularies()[name];
  if (!found) throw new Error(`no vocabulary ${name}`);
  return found;
}
