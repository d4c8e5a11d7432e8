// Packs the npm package and uses the tarball from a fresh project, as a consumer would: ESM, CommonJS and TypeScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let tarball: string;
let consumer: string;

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (file: string) => JSON.parse(run(process.execPath, [file], consumer)) as unknown;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'whrd-package-'));
  run(npm, ['pack', '--silent', '--pack-destination', work], root);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumer);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed npm package', () => {
  it('exports exactly these names', () => {
    writeFileSync(join(consumer, 'exports.mjs'), "import * as pkg from 'whrd-protection'; console.log(JSON.stringify(Object.keys(pkg).sort()));");
    expect(node('exports.mjs')).toEqual([
      'getRecord', 'isOpen', 'labelOf', 'mechanisms', 'mechanismsOf', 'organisations', 'organisationsOffering', 'records', 'recordsForCountry', 'recordsForRegion', 'relatedRecords', 'vocabularies',
    ]);
  });

  it('contains the built code, schemas and dataset, and no sources, tests or runtime dependencies', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const file of ['dist/esm/src/index.js', 'dist/esm/src/index.d.ts', 'dist/cjs/src/index.js', 'dist/cjs/package.json', 'schemas/organisation.schema.json', 'generated/dataset.json', 'LICENSE', 'README.md', 'package.json']) expect(files).toContain(file);
    expect(files.filter((f) => /^(data|scripts|test|bench|src)\//.test(f))).toEqual([]);
    writeFileSync(join(consumer, 'manifest.cjs'), "console.log(JSON.stringify(require('whrd-protection/package.json').dependencies ?? null))");
    expect(node('manifest.cjs')).toBeNull();
  });

  it('works from ESM', () => {
    writeFileSync(join(consumer, 'esm.mjs'), `
      import { records, organisations, mechanisms, getRecord, recordsForRegion, organisationsOffering, labelOf, isOpen } from 'whrd-protection';
      const fld = getRecord('front-line-defenders');
      console.log(JSON.stringify({
        total: records.length, organisations: organisations.length, mechanisms: mechanisms.length,
        fld: fld && { kind: fld.kind, name: fld.name.en, hasSources: fld.sources.length > 0 },
        africa: recordsForRegion('africa').some((r) => r.id === 'defenddefenders'),
        grants: organisationsOffering('emergency-grant').length > 0,
        label: labelOf('region', 'middle-east-north-africa'),
        open: typeof isOpen(fld),
      }));`);
    const out = node('esm.mjs') as Record<string, unknown>;
    expect(out.total).toBe((out.organisations as number) + (out.mechanisms as number));
    expect(out).toMatchObject({ fld: { kind: 'organisation', name: 'Front Line Defenders', hasSources: true }, africa: true, grants: true, label: 'Middle East and North Africa' });
    expect(out.organisations).toBeGreaterThanOrEqual(45);
    expect(out.mechanisms).toBeGreaterThanOrEqual(25);
  });

  it('works from CommonJS, with the same data as ESM', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), `
      const pkg = require('whrd-protection');
      const dataset = require('whrd-protection/dataset.json');
      console.log(JSON.stringify({ ids: pkg.records.map((r) => r.id), datasetIds: dataset.records.map((r) => r.id).sort(), country: pkg.recordsForCountry('KE').some((r) => r.id === 'defenddefenders') }));`);
    writeFileSync(join(consumer, 'ids.mjs'), "import { records } from 'whrd-protection'; console.log(JSON.stringify(records.map((r) => r.id)));");
    const out = node('cjs.cjs') as { ids: string[]; datasetIds: string[]; country: boolean };
    expect(out.ids).toEqual(node('ids.mjs'));
    expect(out.datasetIds).toEqual([...out.ids].sort());
    expect(out.country).toBe(true);
  });

  it('type-checks a TypeScript consumer, and rejects a word outside a vocabulary', () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts', 'consumer.cts'] }));
    writeFileSync(join(consumer, 'consumer.ts'), `
      import { getRecord, recordsForRegion, type Entry, type Organisation, type Region, type Service } from 'whrd-protection';
      const region: Region = 'africa';
      const entries: Entry[] = recordsForRegion(region);
      const first = entries[0];
      if (first?.kind === 'organisation') { const o: Organisation = first; const s: Service[] = o.services; console.log(s.length); }
      if (first?.kind === 'mechanism') console.log(first.limits[0]?.en.toUpperCase());
      console.log(getRecord('x')?.review.verification);
      // @ts-expect-error "atlantis" is not a region
      recordsForRegion('atlantis');
    `);
    writeFileSync(join(consumer, 'consumer.cts'), `
      import pkg = require('whrd-protection');
      const names: string[] = pkg.records.map((r) => r.name.en);
      console.log(names.length);
    `);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)).not.toThrow();
  });
});
