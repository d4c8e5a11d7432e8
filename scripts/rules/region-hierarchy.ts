import type { RecordRule } from '../lib/types.js';
import { vocabulary } from '../lib/vocabularies.js';

export default {
  id: 'region-hierarchy',
  description: 'Coverage lists the top-level region of every sub-region and country it names, so regional handouts find the record.',
  scope: 'record',
  check({ record }, report) {
    const { coverage } = record.data;
    const listed = new Set<string>(coverage.regions ?? []);
    const regions = vocabulary('region').terms;
    const countries = vocabulary('country').terms;
    (coverage.regions ?? []).forEach((region, index) => {
      const parents = regions[region]?.parents ?? [];
      if (parents.length > 0 && !parents.some((p) => listed.has(p))) {
        report({ record, pointer: `/coverage/regions/${index}`, message: `sub-region "${region}" belongs to ${parents.map((p) => `"${p}"`).join(' or ')}; add it to coverage.regions` });
      }
    });
    (coverage.countries ?? []).forEach((country, index) => {
      const homes = countries[country]?.regions ?? [];
      if (homes.length > 0 && !homes.some((r) => listed.has(r))) {
        report({ record, pointer: `/coverage/countries/${index}`, message: `country "${country}" (${countries[country]!.label}) is in ${homes.map((r) => `"${r}"`).join(' and ')}; add ${homes.length > 1 ? 'one of them' : 'it'} to coverage.regions` });
      }
    });
  },
} satisfies RecordRule;
