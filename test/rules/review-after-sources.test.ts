import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/review-after-sources.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { CONSULTED, edit, organisation } from '../helpers/records.js';

const AGAIN = 'review the record again and update review.date';
const status = (seen: string) => `status:\n  value: paused\n  seen: ${seen}\n  source: https://example.org/grants\n`;

describe('review-after-sources', () => {
  it('accepts a review on the day the sources were consulted, and older page dates', async () => {
    const yaml = edit(organisation({ extra: status(CONSULTED) }), `    consulted: ${CONSULTED}\n`, `    consulted: ${CONSULTED}\n    page_date: 2025-12-01\n`);
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
  });

  it('reports a source consulted after the review, at the review date with the source as related place', async () => {
    const yaml = edit(organisation(), `    consulted: ${CONSULTED}`, '    consulted: 2026-02-01');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/review/date', message: `review date ${CONSULTED} is older than sources/0/consulted (2026-02-01); ${AGAIN}`, related: '/sources/0/consulted' },
    ]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:17:9: error: review date ${CONSULTED} is older than sources/0/consulted (2026-02-01); ${AGAIN} (see ${ORG}:15:16) [review-after-sources]`,
    ]);
  });

  it('reports a status seen after the review', async () => {
    expect(await lint(organisation({ extra: status('2026-03-15') }))).toEqual([
      `${ORG}:17:9: error: review date ${CONSULTED} is older than status/seen (2026-03-15); ${AGAIN} (see ${ORG}:23:9) [review-after-sources]`,
    ]);
  });
});
