import { relative } from 'node:path';
import type { Region } from '../../generated/types/records.js';
import type { Entry } from '../../src/query.js';
import { topLevelRegions } from '../audit/regions.js';
import { geographyOf } from '../lib/geography.js';
import { repoRoot } from '../lib/paths.js';
import type { SchemaSet } from '../lib/schemas.js';
import { labeller } from './describe.js';
import { renderIndex, renderVocabularies } from './directory-index.js';
import { renderHandout } from './handouts.js';
import { renderDataModule, renderDatasetJson, renderVocabularyModule } from './package-data.js';
import { pagePath, renderRecordPage } from './record-page.js';
import { renderReviewSchedule } from './review-schedule.js';
import { renderTypes } from './types.js';

/** Every generated file, by path relative to the output folder, rendered in memory. */
export async function buildOutputs(entries: readonly Entry[], sourceFiles: ReadonlyMap<string, string>, schemas: SchemaSet): Promise<Map<string, string>> {
  const label = labeller(schemas);
  const geography = geographyOf(schemas.vocabularies.region!, schemas.vocabularies.country!);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const topLevel = topLevelRegions({ region: schemas.vocabularies.region!, country: schemas.vocabularies.country! }) as Region[];
  const outputs = new Map<string, string>([
    ['types/records.ts', await renderTypes(schemas)],
    ['package/data.ts', renderDataModule(entries)],
    ['package/vocabularies.ts', renderVocabularyModule(schemas)],
    ['dataset.json', renderDatasetJson(entries)],
    ['markdown/README.md', renderIndex(entries, topLevel, label)],
    ['markdown/vocabularies.md', renderVocabularies(schemas)],
  ]);
  const schedule = renderReviewSchedule(entries, sourceFiles, label);
  outputs.set('freshness.json', schedule.json);
  outputs.set('markdown/review-schedule.md', schedule.markdown);
  for (const region of topLevel) outputs.set(`markdown/regions/${region}.md`, renderHandout(region, entries, geography, label));
  for (const entry of entries) {
    const source = relative(repoRoot, sourceFiles.get(entry.id) ?? '').split('\\').join('/');
    outputs.set(`markdown/${pagePath(entry)}`, renderRecordPage(entry, source, label, (id) => byId.get(id)));
  }
  return outputs;
}
