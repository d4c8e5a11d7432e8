import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/source-cited.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { organisation } from '../helpers/records.js';

const withStatus = (source: string) => organisation({ extra: `status:\n  value: open\n  seen: 2026-01-10\n  source: ${source}\n` });

describe('source-cited', () => {
  it('accepts a status source that is one of the sources', async () => {
    const yaml = withStatus('https://example.org/grants');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
  });

  it('suggests a cited page that is close', async () => {
    const yaml = withStatus('https://example.org/grant');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/status/source', message: '"https://example.org/grant" is not among the record\'s sources; did you mean "https://example.org/grants"?' },
    ]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:24:11: error: "https://example.org/grant" is not among the record's sources; did you mean "https://example.org/grants"? [source-cited]`,
    ]);
  });

  it('asks to add a page that is not close to any source, for contacts too', async () => {
    const extra = 'contacts:\n  - kind: web-form\n    url: https://forms.example.com/apply\n    source: https://news.example.com/2026/a-fund-opens-its-doors\n';
    expect(await lint(organisation({ extra }))).toEqual([
      `${ORG}:24:13: error: "https://news.example.com/2026/a-fund-opens-its-doors" is not among the record's sources; add the page to "sources" with the date you consulted it [source-cited]`,
    ]);
  });
});
