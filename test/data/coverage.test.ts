// The dataset's promises to facilitators: every region has its own organisations and mechanisms, and every record is sourced and reviewed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Region } from '../../generated/types/records.js';
import { loadEntries } from '../../scripts/build/dataset.js';
import { geographyOf } from '../../scripts/lib/geography.js';
import { readSchemas } from '../../scripts/lib/schemas.js';
import { coversRegion, type Entry } from '../../src/query.js';

const REGIONS: Region[] = ['africa', 'americas', 'asia-pacific', 'europe-central-asia', 'middle-east-north-africa'];
let entries: Entry[];

beforeAll(async () => {
  ({ entries } = await loadEntries(resolve(import.meta.dirname, '../../data'), new Date().toISOString().slice(0, 10)));
});

describe('the dataset', () => {
  it('has at least 45 organisations and 25 mechanisms', () => {
    expect(entries.filter((e) => e.kind === 'organisation').length).toBeGreaterThanOrEqual(45);
    expect(entries.filter((e) => e.kind === 'mechanism').length).toBeGreaterThanOrEqual(25);
  });

  it.each(REGIONS)('has organisations and mechanisms of its own for %s, besides worldwide ones', (region) => {
    const vocabularies = readSchemas().vocabularies;
    const geography = geographyOf(vocabularies.region!, vocabularies.country!);
    const own = entries.filter((e) => !e.coverage.global && coversRegion(e, region, geography));
    expect(own.filter((e) => e.kind === 'organisation').map((e) => e.id)).not.toEqual([]);
    expect(own.filter((e) => e.kind === 'mechanism').map((e) => e.id)).not.toEqual([]);
  });

  it('has worldwide organisations and mechanisms', () => {
    expect(entries.some((e) => e.kind === 'organisation' && e.coverage.global)).toBe(true);
    expect(entries.some((e) => e.kind === 'mechanism' && e.coverage.global)).toBe(true);
  });

  it('gives every record sources, a review and an English summary', () => {
    const lacking = entries.filter((e) => e.sources.length === 0 || !e.review?.date || !e.review.verification || !e.summary?.en?.trim());
    expect(lacking.map((e) => e.id)).toEqual([]);
  });

  it('marks records as confirmed only with a named reviewer', () => {
    const confirmed = entries.filter((e) => e.review.verification === 'confirmed-with-organisation');
    expect(confirmed.filter((e) => !e.review.by.startsWith('@') || e.review.method === 'published-sources').map((e) => e.id)).toEqual([]);
  });
});

describe('the README', () => {
  it('states how many records of each kind exist', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const organisations = entries.filter((e) => e.kind === 'organisation').length;
    const mechanisms = entries.filter((e) => e.kind === 'mechanism').length;
    expect(readme).toContain(`**${organisations + mechanisms} records: ${organisations} organisations and ${mechanisms} mechanisms**`);
  });
});
