import { afterEach, describe, expect, it } from 'vitest';
import { removeTempData, tempData, validateLines } from '../helpers/data.js';
import { mechanism, organisation, relations } from '../helpers/records.js';

afterEach(removeTempData);

const HINT = `if both describe one organisation merge them, otherwise add a relation (such as part-of or works-with) or an exception in data/exceptions.yml`;
const shares = (file: string, other: string, otherFile: string) =>
  `data/organisations/${file}.yml:6:10: error: shares the domain example.org with "${other}" but has no relation to it; ${HINT} (see data/organisations/${otherFile}.yml:6:10) [duplicate-domain]`;

/** alpha-fund on www.example.org and beta-fund on example.org, optionally related. */
const twoOnOneDomain = (betaExtra = '') =>
  tempData({
    'organisations/alpha-fund.yml': organisation({ id: 'alpha-fund', website: 'https://www.example.org/' }),
    'organisations/beta-fund.yml': organisation({ id: 'beta-fund', website: 'https://example.org/beta', extra: betaExtra }),
  });

describe('duplicate-domain', () => {
  it('accepts organisations on different domains, and a mechanism sharing a domain', async () => {
    const data = tempData({
      'organisations/alpha-fund.yml': organisation({ id: 'alpha-fund', website: 'https://alpha.example.com/' }),
      'organisations/beta-fund.yml': organisation({ id: 'beta-fund', website: 'https://example.org/' }),
      'mechanisms/example-mechanism.yml': mechanism({ website: 'https://example.org/mechanism' }),
    });
    expect(await validateLines(data)).toEqual([]);
  });

  it('reports the later of two unrelated organisations on one domain, pointing at the first', async () => {
    expect(await validateLines(twoOnOneDomain())).toEqual([shares('beta-fund', 'alpha-fund', 'alpha-fund')]);
  });

  it('accepts them when one relates to the other', async () => {
    expect(await validateLines(twoOnOneDomain(relations(['refers-to', 'alpha-fund'])))).toEqual([]);
  });

  it('reports a third organisation related to only one of the others', async () => {
    const data = twoOnOneDomain(relations(['refers-to', 'alpha-fund']));
    data.write('organisations/gamma-fund.yml', organisation({ id: 'gamma-fund', website: 'https://grants.example.org/', extra: relations(['refers-to', 'alpha-fund']) }));
    data.write('organisations/delta-fund.yml', organisation({ id: 'delta-fund', website: 'https://example.org/delta', extra: relations(['refers-to', 'alpha-fund']) }));
    expect(await validateLines(data)).toEqual([shares('delta-fund', 'beta-fund', 'beta-fund'), shares('gamma-fund', 'beta-fund', 'beta-fund')]);
  });

  describe('with data/exceptions.yml', () => {
    it('an exception silences the finding it names', async () => {
      const data = twoOnOneDomain();
      data.write('exceptions.yml', '- rule: duplicate-domain\n  record: beta-fund\n  pointer: /website\n  reason: Two programmes of one organisation that publish separate records.\n');
      expect(await validateLines(data)).toEqual([]);
    });

    it('an exception that matches nothing is reported, but not when only some files are checked', async () => {
      const data = twoOnOneDomain(relations(['refers-to', 'alpha-fund']));
      data.write('exceptions.yml', '# Reasoned exceptions\n- rule: duplicate-domain\n  record: beta-fund\n  reason: Two programmes of one organisation.\n');
      expect(await validateLines(data)).toEqual([
        'data/exceptions.yml:2:3: error: exception for duplicate-domain on "beta-fund" no longer matches any finding; remove it [exceptions-file]',
      ]);
      expect(await validateLines(data, { only: [data.path('organisations/beta-fund.yml')] })).toEqual([]);
    });
  });
});
