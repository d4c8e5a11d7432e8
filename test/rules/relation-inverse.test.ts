import { afterEach, describe, expect, it } from 'vitest';
import { removeTempData, tempData, validateLines } from '../helpers/data.js';
import { mechanism, organisation, relations } from '../helpers/records.js';

afterEach(removeTempData);

/** Two organisations, example-fund and other-fund, with the given relations. */
const pair = (fromExample: [string, string][], fromOther: [string, string][]) =>
  tempData({
    'organisations/example-fund.yml': organisation({ extra: fromExample.length ? relations(...fromExample) : '' }),
    'organisations/other-fund.yml': organisation({ id: 'other-fund', website: 'https://other.example.com/', extra: fromOther.length ? relations(...fromOther) : '' }),
  });

describe('relation-inverse', () => {
  it('accepts relations stated on both records, and relations without an inverse', async () => {
    expect(await validateLines(pair([['member-of', 'other-fund'], ['sister-fund', 'other-fund']], [['has-member', 'example-fund'], ['sister-fund', 'example-fund']]))).toEqual([]);
    expect(await validateLines(pair([['refers-to', 'other-fund']], []))).toEqual([]);
  });

  it('reports a relation whose inverse is missing, naming what to add and where', async () => {
    const data = pair([['refers-to', 'other-fund'], ['member-of', 'other-fund']], []);
    expect(await validateLines(data)).toEqual([
      // The message names the other file relative to the process's working directory, not the run's cwd option.
      `data/organisations/example-fund.yml:24:5: error: "member-of: other-fund" needs the inverse on the other record; add "- type: has-member, id: example-fund" to the relations of "other-fund" (see data/organisations/other-fund.yml:1:1) [relation-inverse]`,
    ]);
  });

  it('reports both sides when each states a different relation', async () => {
    const data = pair([['part-of', 'other-fund']], [['member-of', 'example-fund']]);
    expect(await validateLines(data)).toEqual([
      `data/organisations/example-fund.yml:22:5: error: "part-of: other-fund" needs the inverse on the other record; add "- type: has-part, id: example-fund" to the relations of "other-fund" (see data/organisations/other-fund.yml:22:3) [relation-inverse]`,
      `data/organisations/other-fund.yml:22:5: error: "member-of: example-fund" needs the inverse on the other record; add "- type: has-member, id: other-fund" to the relations of "example-fund" (see data/organisations/example-fund.yml:22:3) [relation-inverse]`,
    ]);
  });

  it('checks relations between organisations and mechanisms', async () => {
    const data = tempData({
      'organisations/example-fund.yml': organisation({ extra: relations(['secretariat-of', 'example-mechanism']) }),
      'mechanisms/example-mechanism.yml': mechanism(),
    });
    expect(await validateLines(data)).toEqual([
      `data/organisations/example-fund.yml:22:5: error: "secretariat-of: example-mechanism" needs the inverse on the other record; add "- type: has-secretariat, id: example-fund" to the relations of "example-mechanism" (see data/mechanisms/example-mechanism.yml:1:1) [relation-inverse]`,
    ]);
  });
});
