import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/unique-sources.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { edit, organisation } from '../helpers/records.js';

const citing = (...urls: string[]) => edit(organisation(), '  - url: https://example.org/grants\n    consulted: 2026-01-10\n', urls.map((url) => `  - url: ${url}\n    consulted: 2026-01-10\n`).join(''));

describe('unique-sources', () => {
  it('accepts different pages', async () => {
    const yaml = citing('https://example.org/grants', 'https://example.org/grants/apply');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
  });

  it('reports a page cited twice, at the repeat with the first as related place', async () => {
    const yaml = citing('https://example.org/grants', 'https://example.org/about', 'https://example.org/grants');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/sources/2/url', message: 'cites https://example.org/grants again (also sources[0]); keep one entry', related: '/sources/0/url' },
    ]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:18:10: error: cites https://example.org/grants again (also sources[0]); keep one entry (see ${ORG}:14:10) [unique-sources]`,
    ]);
  });
});
