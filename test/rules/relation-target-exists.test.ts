import { afterEach, describe, expect, it } from 'vitest';
import { removeTempData, tempData, validateLines } from '../helpers/data.js';
import { mechanism, organisation, relations } from '../helpers/records.js';

afterEach(removeTempData);

const relating = (...items: [string, string][]) =>
  tempData({ 'organisations/example-fund.yml': organisation({ extra: relations(...items) }), 'mechanisms/example-mechanism.yml': mechanism() });

describe('relation-target-exists', () => {
  it('accepts relations to records of either kind', async () => {
    expect(await validateLines(relating(['refers-to', 'example-mechanism']))).toEqual([]);
  });

  it('reports an unknown id with the nearest existing one', async () => {
    expect(await validateLines(relating(['refers-to', 'example-mechanisn']))).toEqual([
      'data/organisations/example-fund.yml:23:9: error: no record has the id "example-mechanisn"; did you mean "example-mechanism"? [relation-target-exists]',
    ]);
  });

  it('reports an unknown id far from every id', async () => {
    expect(await validateLines(relating(['refers-to', 'example-mechanism'], ['works-with', 'unrelated-network']))).toEqual([
      'data/organisations/example-fund.yml:25:9: error: no record has the id "unrelated-network"; add that record first, or remove the relation [relation-target-exists]',
    ]);
  });

  it('reports a record relating to itself', async () => {
    expect(await validateLines(relating(['works-with', 'example-fund']))).toEqual([
      'data/organisations/example-fund.yml:23:9: error: a record cannot relate to itself [relation-target-exists]',
    ]);
  });
});
