import type { RecordRule } from '../lib/types.js';
import { vocabulary } from '../lib/vocabularies.js';

export default {
  id: 'coverage-precise',
  description: 'Coverage does not list a region together with a sub-region or country inside it, which would claim the whole region.',
  scope: 'record',
  check({ record }, report) {
    const { coverage } = record.data;
    const regions = coverage.regions ?? [];
    const index = new Map<string, number>(regions.map((r, i) => [r, i]));
    const regionTerms = vocabulary('region').terms;
    const countryTerms = vocabulary('country').terms;
    const inside = new Map<string, string[]>();
    for (const region of regions) for (const parent of regionTerms[region]?.parents ?? []) if (index.has(parent)) inside.set(parent, [...(inside.get(parent) ?? []), `"${region}"`]);
    for (const country of coverage.countries ?? []) for (const home of countryTerms[country]?.regions ?? []) if (index.has(home)) inside.set(home, [...(inside.get(home) ?? []), country]);
    for (const [region, narrower] of inside) {
      report({
        record,
        pointer: `/coverage/regions/${index.get(region)}`,
        message: `"${region}" would claim the whole region, but ${narrower.join(', ')} inside it ${narrower.length > 1 ? 'are' : 'is'} listed too; keep "${region}" only if the record works across all of it, otherwise remove it (the narrower areas still place the record in that region's handout)`,
      });
    }
  },
} satisfies RecordRule;
