import { mechanisms, organisations } from '../generated/package/data.js';
import { vocabularies, type Term } from '../generated/package/vocabularies.js';
import type { Country, Region, Service } from '../generated/types/records.js';
import * as query from './query.js';
import type { Entry, Geography, MechanismEntry, OrganisationEntry } from './query.js';

export type * from '../generated/types/records.js';
export type { Entry, MechanismEntry, OrganisationEntry } from './query.js';
export type { Term, Vocabulary } from '../generated/package/vocabularies.js';
export { mechanisms, organisations, vocabularies };

/** Every record, organisations then mechanisms, each sorted by id. */
export const records: readonly Entry[] = [...organisations, ...mechanisms];

const byId = new Map<string, Entry>(records.map((r) => [r.id, r]));

const geography: Geography = {
  regionParents: Object.fromEntries(Object.entries(vocabularies.region.terms).map(([word, term]) => [word, (term as Term).parents ?? []])),
  countryRegions: Object.fromEntries(Object.entries(vocabularies.country.terms).map(([word, term]) => [word, (term as Term).regions ?? []])),
};

/** The record with this id, if any. */
export function getRecord(id: string): Entry | undefined {
  return byId.get(id);
}

/** Records that can help defenders in a region: global ones and those listing the region, a sub-region or a country in it. */
export function recordsForRegion(region: Region): Entry[] {
  return records.filter((r) => query.coversRegion(r, region, geography));
}

/** Records that can help defenders in a country (ISO 3166-1 alpha-2). */
export function recordsForCountry(country: Country): Entry[] {
  return records.filter((r) => query.coversCountry(r, country, geography));
}

/** Organisations that offer a service. */
export function organisationsOffering(service: Service): OrganisationEntry[] {
  return organisations.filter((o) => query.offers(o, service));
}

/** Mechanisms of one system, such as "united-nations" or "african-union". */
export function mechanismsOf(system: MechanismEntry['system']): MechanismEntry[] {
  return mechanisms.filter((m) => m.system === system);
}

/** Records related to this one, with the relation's type. */
export function relatedRecords(entry: Entry): { type: string; record: Entry }[] {
  return (entry.relations ?? []).flatMap((r) => {
    const record = byId.get(r.id);
    return record ? [{ type: r.type, record }] : [];
  });
}

/** true when the last seen status is open, false when paused or closed, undefined when no source stated it. */
export const isOpen = query.isOpen;

/** The label of a vocabulary word (the word itself when unknown). */
export function labelOf(vocabulary: keyof typeof vocabularies, word: string): string {
  return (vocabularies[vocabulary].terms as Record<string, Term>)[word]?.label ?? word;
}
