import type { RecordRule } from '../lib/types.js';
import { datesIn } from '../lib/walk.js';

export default {
  id: 'review-after-sources',
  description: 'The review date is not older than the dates its sources were consulted and its facts were seen.',
  scope: 'record',
  check({ record }, report) {
    const reviewed = record.data.review.date;
    for (const { pointer, key, value } of datesIn(record.data)) {
      if ((key === 'consulted' || key === 'seen') && value > reviewed) {
        report({
          record,
          pointer: '/review/date',
          message: `review date ${reviewed} is older than ${pointer.slice(1)} (${value}); review the record again and update review.date`,
          related: { record, pointer },
        });
      }
    }
  },
} satisfies RecordRule;
