import type { RecordRule } from '../lib/types.js';
import { stringsUnder } from '../lib/walk.js';
import { nearest } from '../lib/suggest.js';

const SOURCE = new Set(['source']);

export default {
  id: 'source-cited',
  description: 'Every "source" of a contact, amount or status is one of the pages listed in the record\'s sources.',
  scope: 'record',
  check({ record }, report) {
    const cited = record.data.sources.map((s) => s.url);
    for (const { pointer, value } of stringsUnder(record.data, SOURCE)) {
      if (cited.includes(value)) continue;
      const close = nearest(value, cited);
      report({ record, pointer, message: `${JSON.stringify(value)} is not among the record's sources; ${close ? `did you mean ${JSON.stringify(close)}?` : 'add the page to "sources" with the date you consulted it'}` });
    }
  },
} satisfies RecordRule;
