import type { Entry } from '../../src/query.js';
import type { SchemaSet } from '../lib/schemas.js';
import { banner } from './banner.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The typed data module of the npm package. */
export function renderDataModule(entries: readonly Entry[]): string {
  const organisations = entries.filter((e) => e.kind === 'organisation');
  const mechanisms = entries.filter((e) => e.kind === 'mechanism');
  return [
    banner('data/', 'npm run build'),
    "import type { MechanismEntry, OrganisationEntry } from '../../src/query.js';",
    '',
    '/** Every organisation record, sorted by id. */',
    `export const organisations: readonly OrganisationEntry[] = ${json(organisations)};`,
    '',
    '/** Every mechanism record, sorted by id. */',
    `export const mechanisms: readonly MechanismEntry[] = ${json(mechanisms)};`,
    '',
  ].join('\n');
}

/** The vocabularies module of the npm package: every word with its label and definition. */
export function renderVocabularyModule(schemas: SchemaSet): string {
  const vocabularies = Object.fromEntries(
    Object.values(schemas.vocabularies).map((v) => [v.name, { title: v.title, description: v.description, terms: v.terms }]),
  );
  return [
    banner('schemas/vocabularies/', 'npm run build'),
    '',
    '/** One word of a controlled vocabulary. */',
    'export interface Term {',
    '  readonly label: string;',
    '  readonly definition?: string;',
    '  /** Region words: the top-level regions a sub-region belongs to. */',
    '  readonly parents?: readonly string[];',
    '  /** Country words: the top-level regions the country belongs to. */',
    '  readonly regions?: readonly string[];',
    '  /** Relation words: the relation the other record must state. */',
    '  readonly inverse?: string;',
    '}',
    '',
    '/** A controlled vocabulary with its words. */',
    'export interface Vocabulary {',
    '  readonly title: string;',
    '  readonly description: string;',
    '  readonly terms: Readonly<Record<string, Term>>;',
    '}',
    '',
    '/** Every controlled vocabulary, by name, with a label and definition for each word. */',
    `export const vocabularies = ${json(vocabularies)} as const satisfies Record<string, Vocabulary>;`,
    '',
  ].join('\n');
}

/** The whole dataset as one JSON document for consumers outside JavaScript. */
export function renderDatasetJson(entries: readonly Entry[]): string {
  return `${json({ $comment: 'Generated from data/ by `npm run build`. Do not edit by hand.', records: entries })}\n`;
}
