import { resolve } from 'node:path';
import { buildAll } from '../build/index.js';
import { staleOutputs, writeOutputs } from '../build/write.js';
import { dateOption, EXIT, parseCommand, progress, runCommand, todayUtc, type CommandSpec } from '../lib/cli.js';
import { defaultDataDir, displayPath, repoRoot } from '../lib/paths.js';
import { countLine, formatText } from '../lib/report.js';
import { DEFAULT_CACHE } from '../lib/validate.js';

const spec: CommandSpec = {
  name: 'build',
  summary: 'Validates the records, then writes generated/: TypeScript types, the package data, dataset.json, Markdown pages and region handouts. Writes nothing when validation finds errors.',
  usage: 'npm run build -- [options]',
  options: {
    data: { type: 'string', value: 'DIR', description: 'data folder (default: data/)' },
    out: { type: 'string', value: 'DIR', description: 'output folder (default: generated/)' },
    check: { type: 'boolean', description: 'write nothing; exit 1 if the output folder is not up to date' },
    today: { type: 'string', value: 'DATE', description: 'date for the date rules, YYYY-MM-DD (default: today, UTC)' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  notes: ['Exit status: 0 done (or up to date with --check), 1 validation errors or stale output, 2 usage error.'],
};

await runCommand(spec, async (argv) => {
  const { values } = parseCommand(spec, argv);
  const outDir = resolve((values.out as string | undefined) ?? `${repoRoot}/generated`);
  const done = progress('validating and building…');
  const { findings, outputs } = await buildAll({ dataDir: resolve((values.data as string | undefined) ?? defaultDataDir), today: dateOption('today', values.today as string | undefined, todayUtc()), cache: DEFAULT_CACHE });
  done();
  process.stdout.write(formatText(findings, process.stdout.isTTY && !process.env.NO_COLOR));
  if (!outputs) {
    process.stderr.write(`✖ ${countLine(findings)}; nothing was written. Fix the records, then build again.\n`);
    return EXIT.findings;
  }
  if (values.check) {
    const stale = staleOutputs(outDir, outputs);
    for (const s of stale) process.stdout.write(`${displayPath(`${outDir}/${s.path}`)}: ${s.problem === 'not generated' ? 'is not made by the build; delete it' : `is ${s.problem === 'missing' ? 'missing' : 'out of date'}`}; run "npm run build" and commit the result\n`);
    process.stderr.write(stale.length ? `✖ ${stale.length} generated file(s) out of date\n` : `✔ ${outputs.size} generated files up to date\n`);
    return stale.length ? EXIT.findings : EXIT.ok;
  }
  const { written, removed } = writeOutputs(outDir, outputs);
  process.stderr.write(`✔ ${outputs.size} files in ${displayPath(outDir)} (${written} written, ${removed} removed)\n`);
  return EXIT.ok;
});
