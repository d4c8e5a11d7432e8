import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFinding } from '../../scripts/lib/report.js';
import { datasetRules, recordRules } from '../../scripts/rules/index.js';
import { BETA_TYPO, removeTempData, tempData, threeRecords, validateLines, validateTemp, type TempData } from '../helpers/data.js';
import { mechanism, organisation, relations, TODAY, withServiceTypo } from '../helpers/records.js';

afterEach(removeTempData);
afterEach(() => void vi.restoreAllMocks());

describe('validateDataset', () => {
  it('checks every record and summarises each for dataset rules', async () => {
    const data = threeRecords();
    const result = await validateTemp(data);
    expect(result.findings.map((f) => formatFinding(f))).toEqual([BETA_TYPO]);
    expect(result.files).toBe(3);
    expect(result.parsed).toBe(3);
    expect(result.summaries.map((s) => [s.kind, s.id, s.domain])).toEqual([
      ['mechanism', 'example-mechanism', 'example.net'],
      ['organisation', 'alpha-fund', 'example.org'],
      ['organisation', 'beta-fund', 'example.com'],
    ]);
  });

  it('reads .yaml and .json records as well as .yml', async () => {
    const data = tempData({
      'organisations/alpha-fund.yaml': organisation({ id: 'alpha-fund', website: 'https://alpha.example.org/' }),
      'organisations/beta-fund.json': '{"id": "beta-fund"}\n',
    });
    expect(await validateLines(data)).toEqual([
      'data/organisations/beta-fund.json:1:1: error: missing required field "name" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "summary" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "types" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "services" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "coverage" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "sources" [required-field]',
      'data/organisations/beta-fund.json:1:1: error: missing required field "review" [required-field]',
    ]);
  });

  it('reports a record whose id differs from its file name', async () => {
    expect(await validateLines(tempData({ 'organisations/example-fund.yml': organisation({ id: 'other-fund' }) }))).toEqual([
      'data/organisations/example-fund.yml:1:5: error: id "other-fund" does not match the file name; rename the file to other-fund.yml or set id: example-fund [file-name]',
    ]);
  });

  it('reports misplaced files and folders, and skips hidden files, README.md and exceptions.yml', async () => {
    const data = tempData({
      'organisations/example-fund.yml': organisation(),
      'organisations/notes.txt': 'to do\n',
      'organisations/drafts/other-fund.yml': organisation({ id: 'other-fund' }),
      'organisations/.DS_Store': 'x',
      'people/someone.yml': 'id: someone\n',
      'example-fund.yml': organisation(),
      'README.md': '# Data\n',
      'exceptions.yml': '# No exceptions yet.\n',
      '.gitattributes': '* text\n',
      'constructor/x.yml': 'id: x\n',
    });
    expect(await validateLines(data)).toEqual([
      'data/constructor:1:1: error: "constructor" does not belong here; records go in organisations/ or mechanisms/ [record-folder]',
      'data/example-fund.yml:1:1: error: "example-fund.yml" does not belong here; records go in organisations/ or mechanisms/ [record-folder]',
      'data/organisations/drafts:1:1: error: "drafts" is not a record; records are .yml, .yaml or .json files [record-folder]',
      'data/organisations/notes.txt:1:1: error: "notes.txt" is not a record; records are .yml, .yaml or .json files [record-folder]',
      'data/people:1:1: error: "people" does not belong here; records go in organisations/ or mechanisms/ [record-folder]',
    ]);
  });

  it('isolates a record rule that throws: it becomes a finding and the other rules still run', async () => {
    const [first, second] = recordRules;
    if (!first || !second) throw new Error('expected at least two record rules');
    vi.spyOn(first, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const data = tempData({ 'organisations/example-fund.yml': organisation({ website: 'http://example.org/' }) });
    expect(await validateLines(data)).toEqual([
      `data/organisations/example-fund.yml:1:1: error: rule failed with an internal error (boom); please report this [${first.id}]`,
      'data/organisations/example-fund.yml:6:10: error: "http://example.org/" uses http://; use https:// (an unencrypted link can be intercepted or altered) [url-safety]',
    ]);
  });

  it('isolates a dataset rule that throws', async () => {
    const uniqueIds = datasetRules.find((r) => r.id === 'unique-ids');
    if (!uniqueIds) throw new Error('expected the unique-ids rule');
    vi.spyOn(uniqueIds, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const data = tempData({ 'organisations/example-fund.yml': organisation({ extra: relations(['refers-to', 'missing-fund']) }) });
    expect(await validateLines(data)).toEqual([
      '.:1:1: error: rule failed with an internal error (boom); please report this [unique-ids]',
      'data/organisations/example-fund.yml:23:9: error: no record has the id "missing-fund"; add that record first, or remove the relation [relation-target-exists]',
    ]);
  });
});

describe('data/exceptions.yml', () => {
  const withExceptions = (exceptions: string) => tempData({ 'organisations/example-fund.yml': organisation({ website: 'http://example.org/' }), 'exceptions.yml': exceptions });
  const HTTP = 'data/organisations/example-fund.yml:6:10: error: "http://example.org/" uses http://; use https:// (an unencrypted link can be intercepted or altered) [url-safety]';

  it('silences a finding by rule, record and pointer', async () => {
    const data = withExceptions('- rule: url-safety\n  record: example-fund\n  pointer: /website\n  reason: The organisation publishes no https address yet.\n');
    expect(await validateLines(data)).toEqual([]);
  });

  it('does not silence a finding at another pointer, and reports the exception as unused', async () => {
    const data = withExceptions('- rule: url-safety\n  record: example-fund\n  pointer: /sources/0/url\n  reason: The organisation publishes no https address yet.\n');
    expect(await validateLines(data)).toEqual([
      'data/exceptions.yml:1:3: error: exception for url-safety on "example-fund" no longer matches any finding; remove it [exceptions-file]',
      HTTP,
    ]);
  });

  it('reports entries without a reason and entries for unknown rules', async () => {
    const data = withExceptions('- rule: url-safety\n  record: example-fund\n- rule: url-safty\n  record: example-fund\n  reason: Typo in the rule.\n');
    expect(await validateLines(data)).toEqual([
      'data/exceptions.yml:1:3: error: each exception needs "rule", "record" and a "reason" that explains why the finding is acceptable [exceptions-file]',
      'data/exceptions.yml:3:3: error: unknown rule "url-safty"; exceptions apply to the rules listed by --list-rules [exceptions-file]',
      HTTP,
    ]);
  });

  it('reports a file that is not a list', async () => {
    expect(await validateLines(withExceptions('rule: url-safety\n'))).toEqual([
      'data/exceptions.yml:1:1: error: the exceptions file must be a list of entries with rule, record and reason [exceptions-file]',
      HTTP,
    ]);
  });
});

describe('validateDataset with only some files', () => {
  it('reports only on the listed files while dataset rules still see every record', async () => {
    const data = tempData({
      // Not listed: a schema error and a one-sided relation to beta-fund, neither reported.
      'organisations/alpha-fund.yml': withServiceTypo(organisation({ id: 'alpha-fund', website: 'https://alpha.example.org/', extra: relations(['member-of', 'beta-fund']) })),
      // Listed: refers to alpha-fund, which exists only in an unlisted file, and is part of it without the inverse.
      'organisations/beta-fund.yml': organisation({ id: 'beta-fund', website: 'https://beta.example.com/', extra: relations(['refers-to', 'alpha-fund'], ['part-of', 'alpha-fund']) }),
    });
    const result = await validateTemp(data, { only: [data.path('organisations/beta-fund.yml')] });
    expect(result.findings.map((f) => formatFinding(f))).toEqual([
      `data/organisations/beta-fund.yml:24:5: error: "part-of: alpha-fund" needs the inverse on the other record; add "- type: has-part, id: beta-fund" to the relations of "alpha-fund" (see data/organisations/alpha-fund.yml:22:3) [relation-inverse]`,
    ]);
    expect(result.files).toBe(2);
  });
});

describe('validateDataset cache', () => {
  const cached = (data: TempData, today = TODAY) => validateTemp(data, { cache: join(data.root, 'cache', 'validate.json'), today });

  it('parses nothing on a second run and gives the same findings', async () => {
    const data = threeRecords();
    const first = await cached(data);
    const second = await cached(data);
    expect([first.parsed, second.parsed]).toEqual([3, 0]);
    expect(second.findings).toEqual(first.findings);
    expect(second.summaries).toEqual(first.summaries);
  });

  it('reuses a touched file whose content did not change', async () => {
    const data = threeRecords();
    await cached(data);
    const later = new Date(Date.now() + 60_000);
    utimesSync(data.path('organisations/alpha-fund.yml'), later, later);
    const result = await cached(data);
    expect(result.parsed).toBe(0);
    expect(result.findings.map((f) => formatFinding(f))).toEqual([BETA_TYPO]);
    // The new date is remembered, so the next run need not read the file again to hash it.
    const cache = JSON.parse(readFileSync(join(data.root, 'cache', 'validate.json'), 'utf8')) as { entries: Record<string, [mtimeMs: number]> };
    expect(cache.entries['organisations/alpha-fund.yml']?.[0]).toBe(statSync(data.path('organisations/alpha-fund.yml')).mtimeMs);
  });

  it('parses again only the file that changed', async () => {
    const data = threeRecords();
    await cached(data);
    data.write('organisations/beta-fund.yml', organisation({ id: 'beta-fund', website: 'https://beta.example.com/' }));
    const result = await cached(data);
    expect(result.parsed).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it('parses a new file and forgets a deleted one', async () => {
    const data = threeRecords();
    await cached(data);
    data.write('organisations/gamma-fund.yml', organisation({ id: 'gamma-fund', website: 'https://gamma.example.com/', extra: relations(['refers-to', 'alpha-fund']) }));
    expect((await cached(data)).parsed).toBe(1);
    const file = readFileSync(join(data.root, 'cache', 'validate.json'), 'utf8');
    expect(Object.keys((JSON.parse(file) as { entries: Record<string, unknown> }).entries)).toHaveLength(4);
  });

  it('parses everything again for another day, since dates are compared with today', async () => {
    const data = threeRecords();
    await cached(data);
    expect((await cached(data, '2026-06-02')).parsed).toBe(3);
    expect((await cached(data, '2026-06-02')).parsed).toBe(0);
  });

  it('treats an unreadable cache file as empty', async () => {
    const data = threeRecords();
    data.write('../cache/validate.json', '{ not json');
    const result = await cached(data);
    expect(result.parsed).toBe(3);
    expect((await cached(data)).parsed).toBe(0);
  });
});
