import type { Coverage } from '../../generated/types/records.js';
import type { Vocabulary } from '../lib/schemas.js';
import { vocabulary } from '../lib/vocabularies.js';

/** The group of records that work everywhere. */
export const GLOBAL = 'global';

/** The region and country vocabularies that say which top-level region a place belongs to. */
export interface Places {
  region: Vocabulary;
  country: Vocabulary;
}

/** The project's vocabularies (read once from schemas/). */
export function projectPlaces(): Places {
  return { region: vocabulary('region'), country: vocabulary('country') };
}

/** The top-level regions above a region (itself when it has no parents). */
function topsOf(region: string, places: Places, depth = 0): string[] {
  const parents = places.region.terms[region]?.parents ?? [];
  if (parents.length === 0 || depth > 8) return [region];
  return parents.flatMap((parent) => topsOf(parent, places, depth + 1));
}

/** The top-level region ids of the regions (as listed in the vocabulary, without parents). */
export function topLevelRegions(places: Places): string[] {
  return places.region.words.filter((word) => !(places.region.terms[word]?.parents ?? []).length);
}

/** The top-level regions a coverage falls in, in vocabulary order; ["global"] for global coverage. */
export function regionsOf(coverage: Coverage, places: Places): string[] {
  if (coverage.global) return [GLOBAL];
  const found = new Set<string>();
  for (const region of coverage.regions ?? []) for (const top of topsOf(region, places)) found.add(top);
  for (const country of coverage.countries ?? []) for (const region of places.country.terms[country]?.regions ?? []) for (const top of topsOf(region, places)) found.add(top);
  return places.region.words.filter((word) => found.has(word));
}

/** A region id's label ("Africa"), "Global" for global coverage. */
export function regionLabel(region: string, places: Places): string {
  return region === GLOBAL ? 'Global' : (places.region.terms[region]?.label ?? region);
}
