import type { DatasetRule, RecordSummary } from '../lib/types.js';

export default {
  id: 'unique-ids',
  description: 'No two records share an id, across organisations and mechanisms.',
  scope: 'dataset',
  check({ records }, report) {
    const first = new Map<string, RecordSummary>();
    for (const record of records) {
      const earlier = first.get(record.id);
      if (!earlier) first.set(record.id, record);
      else report({ record, pointer: '/id', message: `id "${record.id}" is already used by another record; ids must be unique`, related: { record: earlier, pointer: '/id' } });
    }
  },
} satisfies DatasetRule;
