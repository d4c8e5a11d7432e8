import type { Coverage, Region } from '../../generated/types/records.js';
import { coversRegion } from '../../src/query.js';
import { geographyOf } from '../lib/geography.js';
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

/** The top-level region ids of the regions (as listed in the vocabulary, without parents). */
export function topLevelRegions(places: Places): string[] {
  return places.region.words.filter((word) => !(places.region.terms[word]?.parents ?? []).length);
}

/** The top-level regions a coverage falls in, in vocabulary order; ["global"] for global coverage. */
export function regionsOf(coverage: Coverage, places: Places): string[] {
  if (coverage.global) return [GLOBAL];
  const geography = geographyOf(places.region, places.country);
  return topLevelRegions(places).filter((region) => coversRegion({ coverage }, region as Region, geography));
}

/** A region id's label ("Africa"), "Global" for global coverage. */
export function regionLabel(region: string, places: Places): string {
  return region === GLOBAL ? 'Global' : (places.region.terms[region]?.label ?? region);
}
