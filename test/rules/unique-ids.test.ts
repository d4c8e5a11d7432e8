import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempData, tempData, validateLines } from '../helpers/data.js';
import { mechanism, organisation } from '../helpers/records.js';

afterEach(removeTempData);

describe('unique-ids', () => {
  it('accepts distinct ids', async () => {
    expect(await validateLines(tempData({ 'organisations/example-fund.yml': organisation(), 'mechanisms/example-mechanism.yml': mechanism() }))).toEqual([]);
  });

  it('reports an id used by an organisation and a mechanism, pointing at the first', async () => {
    const data = tempData({ 'organisations/shared-id.yml': organisation({ id: 'shared-id' }), 'mechanisms/shared-id.yml': mechanism({ id: 'shared-id' }) });
    expect(await validateLines(data)).toEqual([
      'data/organisations/shared-id.yml:1:5: error: id "shared-id" is already used by another record; ids must be unique (see data/mechanisms/shared-id.yml:1:5) [unique-ids]',
    ]);
  });

  it('reports two files of one record in different formats', async () => {
    const json = JSON.stringify(parse(organisation({ website: 'https://example.com/' })), null, 2);
    const data = tempData({ 'organisations/example-fund.yml': organisation(), 'organisations/example-fund.json': json });
    expect(await validateLines(data)).toEqual([
      'data/organisations/example-fund.yml:1:5: error: id "example-fund" is already used by another record; ids must be unique (see data/organisations/example-fund.json:2:9) [unique-ids]',
    ]);
  });
});
