import type { DatasetRule, RecordSummary } from '../lib/types.js';
import { vocabulary } from '../lib/vocabularies.js';

export default {
  id: 'relation-inverse',
  description: 'A relation with an inverse (sister-fund, member-of/has-member, part-of/has-part, …) is stated on both records.',
  scope: 'dataset',
  check({ records }, report) {
    const terms = vocabulary('relation-type').terms;
    const byId = new Map<string, RecordSummary>(records.map((r) => [r.id, r]));
    for (const record of records) {
      for (const relation of record.relations) {
        const inverse = terms[relation.type]?.inverse;
        const target = byId.get(relation.id);
        if (!inverse || !target || target.id === record.id) continue;
        if (target.relations.some((back) => back.type === inverse && back.id === record.id)) continue;
        report({
          record,
          pointer: `/relations/${relation.index}`,
          message: `"${relation.type}: ${relation.id}" needs the inverse on the other record; add "- type: ${inverse}, id: ${record.id}" to the relations of "${target.id}"`,
          related: { record: target, pointer: '/relations' },
        });
      }
    }
  },
} satisfies DatasetRule;
