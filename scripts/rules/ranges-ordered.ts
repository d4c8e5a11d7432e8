import type { RecordRule } from '../lib/types.js';

export default {
  id: 'ranges-ordered',
  description: 'In amounts and durations, min is not larger than max.',
  scope: 'record',
  check({ record }, report) {
    const data = record.data as { response_time?: Range; disbursement_time?: Range; amounts?: Range[] };
    const ranges: [string, Range | undefined][] = [
      ['/response_time', data.response_time],
      ['/disbursement_time', data.disbursement_time],
      ...(data.amounts ?? []).map((amount, i): [string, Range] => [`/amounts/${i}`, amount]),
    ];
    for (const [pointer, range] of ranges) {
      if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
        report({ record, pointer: `${pointer}/min`, message: `min (${range.min}) is larger than max (${range.max}); swap them` });
      }
    }
  },
} satisfies RecordRule;

interface Range {
  min?: number;
  max?: number;
}
