// Times `validate` over 10,000 records synthesised from the real ones, cold and warm, beside
// the time to only read and parse the same files with the same parser on one core.
// Prints figures and ratios; asserts nothing. Usage: npm run bench:validate [-- --records N] [-- --all-sizes] [-- --runs N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { listRecordFiles } from '../scripts/lib/files.js';
import { repoRoot } from '../scripts/lib/paths.js';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '10000' }, 'all-sizes': { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, 'parse-only': { type: 'string' }, data: { type: 'string' } },
});

// Child mode for the baselines: read and parse every file, print the milliseconds, exit.
if (values['parse-only']) {
  const start = performance.now();
  const files = listRecordFiles(values.data!).files;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (values['parse-only'] === 'yaml') parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false, prettyErrors: false, strict: true });
    else jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  }
  process.stdout.write(String(performance.now() - start));
  process.exit(0);
}
const total = Number(values.records);
const runs = Number(values.runs);
const out = join(repoRoot, 'bench', '.results', 'validate');
const dataDir = join(out, 'data');
const cache = join(out, 'cache.json');
const cli = join(repoRoot, 'build', 'scripts', 'cli', 'validate.js');

/** Copies real records under new ids; relations and websites are rewritten so the copies stay valid together. */
function synthesise(): { files: string[]; meanLines: number } {
  rmSync(out, { recursive: true, force: true });
  const real = listRecordFiles(join(repoRoot, 'data')).files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  // The reference figure is for forty-line records; by default use the real ones nearest that size.
  const pool = values['all-sizes'] ? real : real.filter((r) => Math.abs(r.text.split('\n').length - 40) <= 12);
  const files: string[] = [];
  let lines = 0;
  for (let i = 0; i < total; i++) {
    const { path, text } = pool[i % pool.length]!;
    const id = path.replace(/^.*\//, '').replace(/\.yml$/, '');
    const copy = Math.floor(i / pool.length);
    const newId = `${id}-copy-${copy}`;
    const body = text
      .replace(/^id: .*$/m, `id: ${newId}`)
      .replace(/^(\s+id: )([a-z0-9-]+)$/gm, (_, prefix: string, target: string) => `${prefix}${target}-copy-${copy}`)
      .replace(/^website: https:\/\/[^\n]*$/m, `website: https://${newId}.org/`);
    const folder = join(dataDir, path.includes('/mechanisms/') ? 'mechanisms' : 'organisations');
    mkdirSync(folder, { recursive: true });
    files.push(join(folder, `${newId}.yml`));
    writeFileSync(files.at(-1)!, body);
    lines += body.split('\n').length;
  }
  return { files, meanLines: lines / total };
}

function wall(args: string[]): { ms: number; exit: number; stderr: string } {
  const start = performance.now();
  try {
    execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return { ms: performance.now() - start, exit: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { ms: performance.now() - start, exit: e.status, stderr: e.stderr };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { files, meanLines } = synthesise();
// Relations only point at copies that exist when every record of a relation's pair was copied as often.
const missing = new Set<string>();
const present = new Set(files.map((f) => f.replace(/^.*\//, '').replace(/\.yml$/, '')));
for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/^\s+id: ([a-z0-9-]+)$/gm)) if (!present.has(m[1]!)) missing.add(f);
for (const f of missing) writeFileSync(f, readFileSync(f, 'utf8').replace(/^relations:\n(?:  .*\n)+/m, ''));

// Baselines: read and parse every file on this one core, in a fresh process each time (as validate runs), with
// each of the two parsers validate uses: `yaml` (positions; every finding is reported from it) and js-yaml
// (the fast path that clean records take).
const baseline = (parser: 'yaml' | 'js-yaml') =>
  median(
    Array.from({ length: runs }, () =>
      Number(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--parse-only', parser, '--data', dataDir], { encoding: 'utf8' })),
    ),
  );
const parse = baseline('yaml');
const parseFast = baseline('js-yaml');

const coldRuns = Array.from({ length: runs }, () => wall(['--data', dataDir, '--no-cache']));
if (coldRuns.some((r) => r.exit !== 0)) {
  process.stderr.write(`validate reported problems on the synthesised data:\n${coldRuns.find((r) => r.exit !== 0)!.stderr.slice(0, 2000)}\n`);
  process.exit(1);
}
const cold = median(coldRuns.map((r) => r.ms));
const single = median(Array.from({ length: runs }, () => wall(['--data', dataDir, '--no-cache', '--threads', '1']).ms));
wall(['--data', dataDir, '--cache-location', cache]); // fill the cache
const warmTimes: number[] = [];
for (let r = 0; r < runs; r++) {
  const victim = files[(r * 7919) % files.length]!;
  writeFileSync(victim, readFileSync(victim, 'utf8').replace(/^summary:\n  en: /m, `summary:\n  en: Changed ${r}. `));
  warmTimes.push(wall(['--data', dataDir, '--cache-location', cache]).ms);
}
const warm = median(warmTimes);
const unchanged = median(Array.from({ length: runs }, () => wall(['--data', dataDir, '--cache-location', cache]).ms));

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string, string][] = [
  ['records', `${files.length} (${readdirSync(join(dataDir, 'organisations')).length} organisations, mean ${meanLines.toFixed(1)} lines)`, ''],
  ['cores', String(availableParallelism()), ''],
  ['read + parse, yaml, one core', s(parse), 'baseline'],
  ['read + parse, js-yaml, one core', s(parseFast), `${(parseFast / parse).toFixed(2)}× baseline`],
  ['validate cold, wall incl. process start', s(cold), `${(cold / parse).toFixed(2)}× baseline, ${(cold / parseFast).toFixed(2)}× js-yaml (target ≤ 1.5×, < 3 s)`],
  ['validate cold, --threads 1', s(single), `${(single / parse).toFixed(2)}× baseline, ${(single / parseFast).toFixed(2)}× js-yaml`],
  ['validate warm, one file changed', s(warm), `${(warm / cold).toFixed(3)}× cold (target < 0.5 s)`],
  ['validate warm, nothing changed', s(unchanged), `${(unchanged / cold).toFixed(3)}× cold`],
];
for (const [name, value, ratio] of rows) process.stdout.write(`${name.padEnd(42)}${value.padEnd(44)}${ratio}\n`);
process.stdout.write(`(median of ${runs} runs each)\n`);
