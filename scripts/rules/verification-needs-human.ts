import type { RecordRule } from '../lib/types.js';

export default {
  id: 'verification-needs-human',
  description: 'Only a named reviewer who contacted the organisation can mark a record confirmed.',
  scope: 'record',
  check({ record }, report) {
    const { review } = record.data;
    if (review.verification !== 'confirmed-with-organisation') return;
    if (review.method === 'published-sources') {
      report({ record, pointer: '/review/method', message: 'a record read from published pages is desk research; set verification: desk-research, or method: contact-with-organisation if you confirmed it with them' });
    }
    if (!review.by.startsWith('@')) {
      report({ record, pointer: '/review/by', message: 'a confirmed record must name the reviewer who confirmed it by GitHub handle, such as @name' });
    }
  },
} satisfies RecordRule;
