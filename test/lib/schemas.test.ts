// The schemas are the contract: each must compile strictly, refuse an empty record, accept a minimal one,
// and each vocabulary must define every word it lists, with ISO lists checked against their standards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileRecordValidators, createAjv, loadRecordValidators } from '../../scripts/lib/ajv.js';
import { listRecordFiles, kindOf } from '../../scripts/lib/files.js';
import { readSchemas } from '../../scripts/lib/schemas.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { mechanism, organisation } from '../helpers/records.js';

const schemas = readSchemas();
const vocabularies = Object.values(schemas.vocabularies);
const ISO = new Set(['country', 'language', 'currency']);

describe('record schemas', () => {
  const validators = compileRecordValidators(schemas);

  it('are valid JSON Schema 2020-12 under strict mode', () => {
    const ajv = createAjv(schemas);
    for (const schema of schemas.all) expect([schema.$id, ajv.validateSchema(schema)]).toEqual([schema.$id, true]);
  });

  it('refuse an empty record and accept a minimal one', () => {
    expect(validators.organisation({})).toBe(false);
    expect(validators.mechanism({})).toBe(false);
    expect([validators.organisation(parse(organisation())), validators.organisation.errors]).toEqual([true, null]);
    expect([validators.mechanism(parse(mechanism())), validators.mechanism.errors]).toEqual([true, null]);
  });

  it('give the same verdicts compiled in memory and loaded from the standalone cache, on every real record', async () => {
    const cached = await loadRecordValidators(schemas);
    for (const path of listRecordFiles(join(REPO_ROOT, 'data')).files) {
      const kind = kindOf(path)!;
      const data: unknown = parse(readFileSync(path, 'utf8'));
      expect([path, cached[kind](data)]).toEqual([path, validators[kind](data)]);
    }
  });
});

describe('vocabularies', () => {
  it.each(vocabularies.map((v) => [v.name, v] as const))('%s lists each word once and defines every word it lists', (_name, v) => {
    expect(new Set(v.words).size).toBe(v.words.length);
    expect(Object.keys(v.terms)).toEqual(v.words);
    for (const word of v.words) {
      expect(v.terms[word]!.label.trim()).not.toBe('');
      if (!ISO.has(v.name)) expect([word, v.terms[word]!.definition?.trim() ? 'defined' : 'undefined']).toEqual([word, 'defined']);
    }
  });

  it('places sub-regions and countries in top-level regions only', () => {
    const region = schemas.vocabularies.region!;
    const topLevel = region.words.filter((w) => !region.terms[w]!.parents?.length);
    expect(topLevel).toEqual(['africa', 'americas', 'asia-pacific', 'europe-central-asia', 'middle-east-north-africa']);
    for (const word of region.words) for (const parent of region.terms[word]!.parents ?? []) expect(topLevel).toContain(parent);
    const country = schemas.vocabularies.country!;
    for (const word of country.words) for (const r of country.terms[word]!.regions ?? []) expect(topLevel).toContain(r);
  });

  it('pairs every relation with an inverse that points back', () => {
    const relation = schemas.vocabularies['relation-type']!;
    for (const word of relation.words) {
      const inverse = relation.terms[word]!.inverse;
      if (inverse) expect([word, relation.terms[inverse]?.inverse]).toEqual([word, word]);
    }
  });

  it('list the ISO 3166-1 countries, ISO 639-1 languages and ISO 4217 currencies', () => {
    expect([...schemas.vocabularies.country!.words].sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const code of schemas.vocabularies.language!.words) expect([code, languageNames.of(code) !== code]).toEqual([code, true]);
    const currencies = new Set(Intl.supportedValuesOf('currency'));
    for (const code of schemas.vocabularies.currency!.words) expect([code, currencies.has(code)]).toEqual([code, true]);
  });
});
