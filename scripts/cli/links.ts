import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIRM_OPTIONS, confirmPolicy } from '../audit/cli-options.js';
import { DEFAULT_LIMITS, timeoutsWithin } from '../audit/defaults.js';
import { jsonDetails, summariseRun, summaryText } from '../audit/link-summary.js';
import { runLinkAudit } from '../audit/run-links.js';
import { parseShard } from '../audit/shard.js';
import { DEFAULT_STATE, defaultStateFor } from '../audit/state.js';
import { dateOption, EXIT, oneOf, parseCommand, progress, runCommand, todayUtc, UsageError, wholeNumber, type CommandSpec } from '../lib/cli.js';
import { defaultDataDir, displayPath } from '../lib/paths.js';
import { countLine, formatJson, formatText } from '../lib/report.js';
import { findingsMarkdown, reportToGitHub } from '../lib/report-github.js';

const spec: CommandSpec = {
  name: 'links',
  summary: 'Checks every web address in the records (and that a cited source states each e-mail, phone number and form address), politely and hop by hop. With file arguments, audits only those records.',
  usage: 'npm run links -- [options] [file ...]',
  positionals: 'file',
  options: {
    data: { type: 'string', value: 'DIR', description: 'data folder (default: data/)' },
    format: { type: 'string', value: 'FORMAT', description: 'text (default), json or markdown' },
    state: { type: 'string', value: 'FILE', description: `state file kept between runs (default: ${displayPath(DEFAULT_STATE)}, or links-state-K-of-N.json with --shard)` },
    'no-state': { type: 'boolean', description: 'neither read nor write a state file' },
    ...CONFIRM_OPTIONS,
    'changed-from': { type: 'string', value: 'REF', description: 'pull-request mode: audit records changed since the merge base with REF; only added or edited values can fail' },
    shard: { type: 'string', value: 'K/N', description: 'check only part K of N (split by host name), for a workflow matrix' },
    concurrency: { type: 'string', value: 'N', description: `requests at once in all (default: ${DEFAULT_LIMITS.global})` },
    'per-host': { type: 'string', value: 'N', description: `requests at once per host (default: ${DEFAULT_LIMITS.perHost})` },
    timeout: { type: 'string', value: 'SECONDS', description: 'longest time for one request, body included (default: 30)' },
    today: { type: 'string', value: 'DATE', description: 'date of this run, YYYY-MM-DD (default: today, UTC)' },
    strict: { type: 'boolean', description: 'exit 1 on warnings too' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  notes: [
    'Exit status: 0 nothing actionable, 1 something is (a confirmed broken link, a redirect to another domain or to http, and in pull-request mode an added or edited link that fails or contact detail no cited source states), 2 usage error.',
    'A run that reaches no URL at all (offline) reports every failure as a warning, exits 0 and leaves the state file as it was.',
    'In GitHub Actions, the first findings are annotated on the files and all are listed in the job summary. See docs/link-audit.md.',
  ],
};

await runCommand(spec, async (argv) => {
  const { values, positionals } = parseCommand(spec, argv);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  const dataDir = resolve((values.data as string | undefined) ?? defaultDataDir);
  if (!existsSync(dataDir)) throw new UsageError(`data folder ${displayPath(dataDir)} does not exist`);
  const files = positionals.map((file) => resolve(file));
  for (const file of files) {
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    if (!file.startsWith(`${dataDir}/`)) throw new UsageError(`${file} is not inside the data folder ${displayPath(dataDir)}`);
  }
  const shardText = values.shard as string | undefined;
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shardText !== undefined && !shard) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N, such as 2/4 (got "${shardText}")`);
  const perHost = wholeNumber('per-host', values['per-host'] as string | undefined, DEFAULT_LIMITS.perHost);

  const clear = { fn: progress('checking links…') };
  const run = await runLinkAudit({
    dataDir,
    files,
    ...(values['changed-from'] !== undefined ? { changedFrom: values['changed-from'] as string } : {}),
    today: dateOption('today', values.today as string | undefined, todayUtc()),
    statePath: values['no-state'] ? false : resolve((values.state as string | undefined) ?? defaultStateFor(shard)),
    confirm: confirmPolicy(values),
    ...(shard ? { shard } : {}),
    fetcher: {
      limits: { global: wholeNumber('concurrency', values.concurrency as string | undefined, DEFAULT_LIMITS.global), perHost },
      timeouts: timeoutsWithin(wholeNumber('timeout', values.timeout as string | undefined, 30) * 1000),
    },
    recheckAfterMs: 2000,
    onProgress: (done, count) => {
      clear.fn();
      clear.fn = progress(`checking links… ${done}/${count}`);
    },
  });
  clear.fn();

  const { findings } = run;
  const summary = summariseRun(run.result);
  const closing = `${summaryText(summary)} (${run.records.length} records)`;
  for (const note of run.notes) process.stderr.write(`links: ${note}\n`);
  if (format === 'json') process.stdout.write(formatJson(findings, { summary, ...jsonDetails(run.result, run.records) }));
  else if (format === 'markdown') process.stdout.write(findingsMarkdown('Link audit', findings, `${closing}.`));
  else process.stdout.write(formatText(findings, process.stdout.isTTY && !process.env.NO_COLOR));
  if (format !== 'json') process.stderr.write(`${findings.some((f) => f.severity === 'error') ? '✖' : '✔'} ${countLine(findings)}; ${closing}\n`);
  if (process.env.GITHUB_ACTIONS === 'true') await reportToGitHub('Link audit', findings);
  const failing = findings.some((f) => f.severity === 'error' || values.strict);
  return failing ? EXIT.findings : EXIT.ok;
});

// Lookups the system resolver is still retrying (after our DNS time limit gave up on them) would hold the
// process open for up to half a minute; once the report is written nothing else is pending, so leave.
setTimeout(() => process.stdout.write('', () => process.exit()), 200).unref();
