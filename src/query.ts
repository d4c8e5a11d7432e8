import type { Country, Coverage, Mechanism, Organisation, Region, Service } from '../generated/types/records.js';

/** An organisation record, tagged with its kind. */
export type OrganisationEntry = Organisation & { kind: 'organisation' };
/** A mechanism record, tagged with its kind. */
export type MechanismEntry = Mechanism & { kind: 'mechanism' };
/** Any record of the directory, tagged with its kind. */
export type Entry = OrganisationEntry | MechanismEntry;

/** What region membership is computed from: the region and country vocabularies. */
export interface Geography {
  /** Parent regions of each sub-region (top-level regions have none). */
  regionParents: Readonly<Partial<Record<Region, readonly Region[]>>>;
  /** Top-level regions of each country. */
  countryRegions: Readonly<Partial<Record<Country, readonly Region[]>>>;
}

/** Whether a record can help people in a region (global records can help everywhere). */
export function coversRegion(entry: { coverage: Coverage }, region: Region, geography: Geography): boolean {
  const { coverage } = entry;
  if (coverage.global) return true;
  if (coverage.regions?.some((r) => r === region || (geography.regionParents[r] ?? []).includes(region))) return true;
  return coverage.countries?.some((c) => (geography.countryRegions[c] ?? []).includes(region)) ?? false;
}

/** Whether a record can help people in a country: global, listing the country, or covering one of its regions without excluding it. */
export function coversCountry(entry: { coverage: Coverage }, country: Country, geography: Geography): boolean {
  const { coverage } = entry;
  if (coverage.excluded_countries?.includes(country)) return false;
  if (coverage.global || coverage.countries?.includes(country)) return true;
  // A record that names countries is precise: a sub-region list alone is too coarse to claim a country.
  if (coverage.countries?.length) return false;
  const regions = geography.countryRegions[country] ?? [];
  return coverage.regions?.some((r) => regions.includes(r)) ?? false;
}

/** Whether an organisation offers a service. */
export function offers(entry: Entry, service: Service): boolean {
  return entry.kind === 'organisation' && entry.services.includes(service);
}

/** true when the last seen status is open, false when paused or closed, undefined when no source stated it. */
export function isOpen(entry: Entry): boolean | undefined {
  return entry.status ? entry.status.value === 'open' : undefined;
}
