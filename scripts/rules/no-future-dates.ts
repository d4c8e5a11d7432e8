import type { RecordRule } from '../lib/types.js';
import { datesIn } from '../lib/walk.js';

export default {
  id: 'no-future-dates',
  description: 'Dates of consultation, review and sightings are not later than today.',
  scope: 'record',
  check({ record, today }, report) {
    for (const { pointer, value } of datesIn(record.data)) {
      if (value > today) report({ record, pointer, message: `date ${value} is in the future (today is ${today}); use the date the page was actually read or reviewed` });
    }
  },
} satisfies RecordRule;
