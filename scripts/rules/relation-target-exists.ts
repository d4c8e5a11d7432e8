import type { DatasetRule } from '../lib/types.js';
import { nearest } from '../lib/suggest.js';

export default {
  id: 'relation-target-exists',
  description: 'Every relation points to another record that exists.',
  scope: 'dataset',
  check({ records }, report) {
    const ids = records.map((r) => r.id);
    const known = new Set(ids);
    for (const record of records) {
      for (const relation of record.relations) {
        const pointer = `/relations/${relation.index}/id`;
        if (relation.id === record.id) report({ record, pointer, message: 'a record cannot relate to itself' });
        else if (!known.has(relation.id)) {
          const close = nearest(relation.id, ids);
          report({ record, pointer, message: `no record has the id "${relation.id}"; ${close ? `did you mean "${close}"?` : 'add that record first, or remove the relation'}` });
        }
      }
    }
  },
} satisfies DatasetRule;
