import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck, FileChecker } from '../../scripts/lib/check-file.js';
import { listRecordFiles } from '../../scripts/lib/files.js';
import { parseRecordText } from '../../scripts/lib/parse.js';
import { parseFast } from '../../scripts/lib/parse-fast.js';
import { formatFinding } from '../../scripts/lib/report.js';
import { vocabularies } from '../../scripts/lib/vocabularies.js';
import { checkerFor, virtualPath } from '../helpers/check.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { CONSULTED, mechanism, organisation, TODAY } from '../helpers/records.js';

/** A call that takes longer than this is treated as a hang (generous: this catches hangs, it does not measure speed). */
const MAX_MS = 5000;
/** Runs per property; raise it (PROPERTY_RUNS=5000) to search harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** Rules whose findings mean there is no schema-valid record. */
const FATAL = new Set(['file-too-large', 'yaml-syntax', 'json-syntax', 'multiple-documents', 'empty-file', 'not-a-record', 'required-field', 'unknown-field', 'controlled-vocabulary', 'value-type', 'schema']);

let check: FileChecker;
beforeAll(async () => void (check = await checkerFor()));

/** Checks bytes as an organisation file and asserts what must hold for any input. */
function checkSafely(bytes: Uint8Array, ext: 'yml' | 'json' = 'yml'): FileCheck {
  const path = virtualPath({ ext });
  const started = performance.now();
  const result = check(path, bytes);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MAX_MS);
  expect(Array.isArray(result.findings)).toBe(true);
  const lines = Buffer.from(bytes).toString('latin1').split('\n').length;
  for (const f of result.findings) {
    expect(f.file).toBe(`data/organisations/example-fund.${ext}`);
    expect(Number.isInteger(f.line) && f.line >= 1 && f.line <= lines).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(f.message.trim()).not.toBe('');
  }
  // A record is kept only when the file parsed and passed the schema.
  if (result.record) expect(result.findings.filter((f) => FATAL.has(f.rule))).toEqual([]);
  return result;
}

const encode = (text: string) => new TextEncoder().encode(text);

// Pieces of YAML that parsers and checkers find hard, to build and mutate texts with.
const SNIPPETS = [
  '\t', '  ', '&a ', '*a', '!!binary ', '!!set ', '!foo ', '!!str ', '---\n', '...\n', '? ', ': ', '- ', '"', "'", '{', '}', '[', ']', '#', '|\n', '>-\n',
  '\uFEFF', '\u202E', '\u200B', '\u0000', '\r\n', '\r', '__proto__: 1\n', 'constructor:\n', '<<: *a\n', '%YAML 1.1\n', 'id: other\n', '0x1F', '1e999', '~', 'null',
  '2026-02-30', 'https://', 'http://192.0.2.1/', '\\u00', 'é', '😀', ',', '@', '`', '%', '\n',
];
const snippet = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 8 }));
const KEYS = ['id', 'name', 'en', 'summary', 'website', 'types', 'services', 'coverage', 'global', 'regions', 'sources', 'url', 'consulted', 'review', 'date', 'contacts', 'kind', 'number', 'relations'];

/** Lines of YAML-looking text: indentation, keys, list markers, scalars and snippets. */
const yamlLike = fc
  .array(
    fc.tuple(
      fc.nat(6),
      fc.constantFrom('', '- ', '? '),
      fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
      fc.oneof(snippet, fc.constantFrom('true', '12', '+353 1 210 0489', 'en', 'https://example.org/', CONSULTED, '[a, b]', '{a: 1}', '"quoted"')),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.map(([indent, marker, key, value]) => `${' '.repeat(indent)}${marker}${key === undefined ? '' : `${key}: `}${value}`).join('\n'));

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'swap-lines' | 'duplicate-line'; at: number; other: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: snippet }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: snippet }),
  fc.record({ kind: fc.constantFrom('swap-lines' as const, 'duplicate-line' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.constant({ kind: 'bom' as const }),
);

function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  const lines = text.split('\n');
  const line = 'at' in m ? m.at % lines.length : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + 1);
    case 'swap-lines': {
      const other = m.other % lines.length;
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join('\n');
    }
    case 'duplicate-line':
      lines.splice(m.other % lines.length, 0, lines[line]!);
      return lines.join('\n');
    case 'indent':
      lines[line] = m.by >= 0 ? ' '.repeat(m.by) + lines[line]! : lines[line]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, at);
    case 'bom':
      return `\uFEFF${text}`;
  }
}

describe('the checker never throws and always positions its findings', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('yml' as const, 'json' as const), (bytes, ext) => void checkSafely(bytes, ext)), { numRuns: RUNS });
  });

  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('yml' as const, 'json' as const), (text, ext) => void checkSafely(encode(text), ext)), { numRuns: RUNS });
  });

  it('on random YAML-like text', () => {
    fc.assert(fc.property(yamlLike, (text) => void checkSafely(encode(text))), { numRuns: RUNS });
  });

  it('on mutations of a valid record', () => {
    const base = organisation({ extra: 'contacts:\n  - kind: hotline\n    number: +353 1 210 0489\n    languages: [en, fr]\n' });
    expect(checkSafely(encode(base)).findings).toEqual([]);
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => void checkSafely(encode(mutations.reduce(mutate, base)))), { numRuns: RUNS });
  });

  it('on mutations of a record as JSON', () => {
    const base = JSON.stringify(parse(organisation()), null, 2);
    expect(checkSafely(encode(base), 'json').findings).toEqual([]);
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => void checkSafely(encode(mutations.reduce(mutate, base)), 'json')), { numRuns: RUNS });
  });
});

describe('valid records pass', () => {
  const words = (name: string) => vocabularies()[name]!.words;
  const some = (name: string, max = 4) => fc.uniqueArray(fc.constantFrom(...words(name)), { minLength: 1, maxLength: max });
  const sentence = fc.array(fc.constantFrom('support', 'for', 'defenders', 'at', 'risk', 'grants', 'in', 'emergencies', 'Example', 'Fund', 'network'), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
  const localised = fc.record({ en: sentence, extra: fc.uniqueArray(fc.constantFrom(...words('language')), { maxLength: 3 }) }).map(({ en, extra }) => ({ en, ...Object.fromEntries(extra.map((code) => [code, en])) }));
  const subRegions = words('region').filter((r) => (vocabularies().region!.terms[r]?.parents ?? []).length > 0);
  // Sub-regions and countries never contain one another, so coverage-precise has nothing to say.
  const coverage = fc.oneof(
    fc.constant({ global: true }),
    fc.record({ regions: fc.uniqueArray(fc.constantFrom(...subRegions), { minLength: 1, maxLength: 4 }), countries: fc.uniqueArray(fc.constantFrom(...words('country')), { minLength: 1, maxLength: 5 }) }),
  );
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-0${1 + (d % 5)}-${String(d).padStart(2, '0')}`);
  const review = { date: TODAY, by: 'Project maintainers', method: 'published-sources', verification: 'desk-research' };
  const contact = fc.record({ kind: fc.constant('email'), address: fc.constant('help@example.org'), languages: some('language', 3) });

  it('organisations built from the vocabularies have no findings', () => {
    const record = fc.record({
      name: localised,
      summary: localised,
      types: some('organisation-type'),
      services: some('service', 6),
      service_mode: some('service-mode'),
      beneficiaries: some('beneficiary'),
      requesters: some('requester'),
      coverage,
      contacts: fc.array(contact, { minLength: 1, maxLength: 2 }),
      consulted: day,
    });
    fc.assert(
      fc.property(record, ({ consulted, ...fields }) => {
        const yaml = stringify({ id: 'example-fund', ...fields, website: 'https://example.org/', sources: [{ url: 'https://example.org/grants', consulted }], review });
        expect(checkSafely(encode(yaml)).findings.map((f) => formatFinding(f))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('mechanisms built from the vocabularies have no findings', () => {
    const record = fc.record({
      name: localised,
      summary: localised,
      system: fc.constantFrom(...words('system')),
      type: fc.constantFrom(...words('mechanism-type')),
      procedures: fc.array(fc.record({ type: fc.constantFrom(...words('procedure-type')), urgent: fc.boolean() }), { minLength: 1, maxLength: 3 }),
      limits: fc.array(localised, { minLength: 1, maxLength: 2 }),
      coverage,
      consulted: day,
    });
    const mechanismPath = virtualPath({ folder: 'mechanisms', id: 'example-mechanism' });
    expect(check(mechanismPath, encode(mechanism())).findings).toEqual([]);
    fc.assert(
      fc.property(record, ({ consulted, ...fields }) => {
        const yaml = stringify({ id: 'example-mechanism', ...fields, sources: [{ url: 'https://example.net/submit', consulted }], review });
        expect(check(mechanismPath, encode(yaml)).findings.map((f) => formatFinding(f))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast parser agrees with the full parser', () => {
  // A record accepted on the fast parse alone must be exactly what the full parser reads, without problems.
  // (A fast parse that the checks reject is never used: the full parser then reports.)
  const agrees = (text: string) => {
    const fast = parseFast(text);
    if (fast === undefined || check(virtualPath(), encode(text)).findings.length > 0) return;
    const full = parseRecordText(text, 'yaml');
    expect(full.problems).toEqual([]);
    expect(fast).toEqual(full.value);
  };

  it('on mutations of a valid record', () => {
    const base = organisation({ extra: 'contacts:\n  - kind: hotline\n    number: +353 1 210 0489\n    languages: [en, fr]\n' });
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => agrees(mutations.reduce(mutate, base))), { numRuns: RUNS * 3 });
  });

  it('on random YAML-like text', () => {
    fc.assert(fc.property(yamlLike, agrees), { numRuns: RUNS * 3 });
  });

  it('on mutations of the real records (checked as if they were an organisation file)', () => {
    const real = listRecordFiles(join(REPO_ROOT, 'data')).files.map((path) => readFileSync(path, 'utf8').replace(/^id: .*$/m, 'id: example-fund'));
    fc.assert(fc.property(fc.constantFrom(...real), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => agrees(mutations.reduce(mutate, text))), { numRuns: RUNS * 3 });
  });
});
