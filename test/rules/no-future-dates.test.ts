import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/no-future-dates.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { CONSULTED, edit, organisation, TODAY } from '../helpers/records.js';

const dated = (date: string) => organisation().replaceAll(CONSULTED, date);
const ADVICE = 'use the date the page was actually read or reviewed';

describe('no-future-dates', () => {
  it('accepts dates up to and including today', async () => {
    expect(reportsOf(rule, await loadRecord(dated(TODAY)))).toEqual([]);
    expect(await lint(dated(TODAY))).toEqual([]);
  });

  it('reports each date after today', async () => {
    const yaml = dated('2026-06-02');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/sources/0/consulted', message: `date 2026-06-02 is in the future (today is ${TODAY}); ${ADVICE}` },
      { pointer: '/review/date', message: `date 2026-06-02 is in the future (today is ${TODAY}); ${ADVICE}` },
    ]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:15:16: error: date 2026-06-02 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
      `${ORG}:17:9: error: date 2026-06-02 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
    ]);
  });

  it('reports page dates, status and amount sightings and the review date too', async () => {
    const extra = `status:
  value: open
  seen: 2027-01-01
  source: https://example.org/grants
amounts:
  - max: 5000
    currency: USD
    per: grant
    seen: 2027-01-01
    source: https://example.org/grants
`;
    const yaml = edit(edit(organisation({ extra }), `    consulted: ${CONSULTED}\n`, `    consulted: ${CONSULTED}\n    page_date: 2027-01-01\n`), `  date: ${CONSULTED}`, '  date: 2027-01-01');
    expect(await lint(yaml, { today: '2027-01-01' })).toEqual([]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:16:16: error: date 2027-01-01 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
      `${ORG}:18:9: error: date 2027-01-01 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
      `${ORG}:24:9: error: date 2027-01-01 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
      `${ORG}:30:11: error: date 2027-01-01 is in the future (today is ${TODAY}); ${ADVICE} [no-future-dates]`,
    ]);
  });
});
