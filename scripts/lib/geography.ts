import type { Geography } from '../../src/query.js';
import type { Vocabulary } from './schemas.js';

/** Region parents and country regions from the region and country vocabularies, for the query helpers in src/query.ts. */
export function geographyOf(region: Vocabulary, country: Vocabulary): Geography {
  return {
    regionParents: Object.fromEntries(Object.entries(region.terms).filter(([, t]) => t.parents?.length).map(([w, t]) => [w, t.parents!])),
    countryRegions: Object.fromEntries(Object.entries(country.terms).map(([w, t]) => [w, t.regions ?? []])),
  } as Geography;
}
