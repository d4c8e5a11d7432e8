import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { rules } from '../rules/index.js';
import { dateOption, EXIT, oneOf, parseCommand, progress, runCommand, todayUtc, UsageError, wholeNumber, type CommandSpec } from '../lib/cli.js';
import { defaultDataDir, displayPath } from '../lib/paths.js';
import { countLine, formatJson, formatText } from '../lib/report.js';
import { DEFAULT_CACHE, validateDataset } from '../lib/validate.js';

const spec: CommandSpec = {
  name: 'validate',
  summary: 'Checks records against the schemas and the lint rules. With file arguments, reports only on those files; rules across records still see the whole data set.',
  usage: 'npm run validate -- [options] [file ...]',
  positionals: 'file',
  options: {
    data: { type: 'string', value: 'DIR', description: 'data folder (default: data/)' },
    format: { type: 'string', value: 'FORMAT', description: 'text (default) or json' },
    strict: { type: 'boolean', description: 'exit 1 on warnings too' },
    'no-cache': { type: 'boolean', description: 'parse every file again instead of reusing unchanged results' },
    'cache-location': { type: 'string', value: 'FILE', description: `cache file (default: ${displayPath(DEFAULT_CACHE)})` },
    threads: { type: 'string', value: 'N', description: 'threads to use (default: 1, more only for very large data sets)' },
    today: { type: 'string', value: 'DATE', description: 'date to compare dates with, YYYY-MM-DD (default: today, UTC)' },
    'list-rules': { type: 'boolean', description: 'print the lint rules and exit' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  notes: ['Exit status: 0 no problems, 1 problems found, 2 usage error.', 'In GitHub Actions, the first problems are annotated on the files and all are listed in the job summary.'],
};

await runCommand(spec, async (argv) => {
  const { values, positionals } = parseCommand(spec, argv);
  if (values['list-rules']) {
    for (const rule of rules) process.stdout.write(`${rule.id.padEnd(26)}${rule.scope.padEnd(9)}${rule.description}\n`);
    return EXIT.ok;
  }
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const dataDir = resolve((values.data as string | undefined) ?? defaultDataDir);
  if (!existsSync(dataDir)) throw new UsageError(`data folder ${displayPath(dataDir)} does not exist`);
  const only = positionals.map((file) => resolve(file));
  for (const file of only) {
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    if (!file.startsWith(`${dataDir}/`)) throw new UsageError(`${file} is not inside the data folder ${displayPath(dataDir)}`);
  }
  const threads = values.threads === undefined ? undefined : wholeNumber('threads', values.threads as string, 1);
  const done = progress('validating records…');
  const result = await validateDataset({
    dataDir,
    ...(only.length ? { only } : {}),
    today: dateOption('today', values.today as string | undefined, todayUtc()),
    cache: values['no-cache'] ? false : resolve((values['cache-location'] as string | undefined) ?? DEFAULT_CACHE),
    ...(threads ? { threads } : {}),
  });
  done();
  if (format === 'json') process.stdout.write(formatJson(result.findings, { files: result.files, records: result.summaries.length }));
  else {
    process.stdout.write(formatText(result.findings, process.stdout.isTTY && !process.env.NO_COLOR));
    process.stderr.write(`${result.findings.length ? '✖' : '✔'} ${countLine(result.findings)} (${result.files} files, ${result.parsed} parsed, ${result.files - result.parsed} unchanged)\n`);
  }
  if (process.env.GITHUB_ACTIONS === 'true') await (await import('../lib/report-github.js')).reportToGitHub('Record validation', result.findings);
  const failing = result.findings.some((f) => f.severity === 'error' || values.strict);
  return failing ? EXIT.findings : EXIT.ok;
});
