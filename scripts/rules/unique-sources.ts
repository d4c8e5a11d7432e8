import type { RecordRule } from '../lib/types.js';

export default {
  id: 'unique-sources',
  description: 'A record cites each page only once.',
  scope: 'record',
  check({ record }, report) {
    const first = new Map<string, number>();
    record.data.sources.forEach((source, index) => {
      const earlier = first.get(source.url);
      if (earlier === undefined) first.set(source.url, index);
      else report({ record, pointer: `/sources/${index}/url`, message: `cites ${source.url} again (also sources[${earlier}]); keep one entry`, related: { record, pointer: `/sources/${earlier}/url` } });
    });
  },
} satisfies RecordRule;
