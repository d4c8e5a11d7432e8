import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/ranges-ordered.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { organisation } from '../helpers/records.js';

const amount = (min: number, max: number) => `  - min: ${min}
    max: ${max}
    currency: EUR
    per: grant
    seen: 2026-01-10
    source: https://example.org/grants
`;
const ranges = (response: [number, number], disbursement: [number, number], amounts: [number, number][]) =>
  organisation({
    extra: `response_time:\n  min: ${response[0]}\n  max: ${response[1]}\n  unit: days\ndisbursement_time:\n  min: ${disbursement[0]}\n  max: ${disbursement[1]}\n  unit: weeks\namounts:\n${amounts.map(([min, max]) => amount(min, max)).join('')}`,
  });

describe('ranges-ordered', () => {
  it('accepts ordered and equal bounds, and open ranges', async () => {
    const yaml = ranges([1, 3], [2, 2], [[500, 7500]]);
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
    expect(await lint(organisation({ extra: 'response_time:\n  min: 30\n  unit: days\n' }))).toEqual([]);
  });

  it('reports a response time whose min is larger than its max', async () => {
    const yaml = ranges([5, 2], [1, 2], [[500, 7500]]);
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([{ pointer: '/response_time/min', message: 'min (5) is larger than max (2); swap them' }]);
    expect(await lint(yaml)).toEqual([`${ORG}:22:8: error: min (5) is larger than max (2); swap them [ranges-ordered]`]);
  });

  it('reports disbursement times and each amount at its min', async () => {
    expect(await lint(ranges([1, 2], [4, 3], [[500, 7500], [9000, 1500.5]]))).toEqual([
      `${ORG}:26:8: error: min (4) is larger than max (3); swap them [ranges-ordered]`,
      `${ORG}:36:10: error: min (9000) is larger than max (1500.5); swap them [ranges-ordered]`,
    ]);
  });
});
