import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAcceptedRecords } from '../audit/collect.js';
import { CONFIRM_OPTIONS, confirmPolicy } from '../audit/cli-options.js';
import { freshnessReport } from '../audit/freshness.js';
import { freshnessMarkdown, freshnessText } from '../audit/freshness-format.js';
import { DEFAULT_POLICY, readPolicy } from '../audit/policy.js';
import { projectPlaces, topLevelRegions } from '../audit/regions.js';
import { DEFAULT_REVIEWERS, readReviewers } from '../audit/reviewers.js';
import { mergeStates, readState } from '../audit/state.js';
import { dateOption, EXIT, oneOf, parseCommand, progress, runCommand, todayUtc, UsageError, type CommandSpec } from '../lib/cli.js';
import { listRecordFiles } from '../lib/files.js';
import { defaultDataDir, displayPath } from '../lib/paths.js';

const spec: CommandSpec = {
  name: 'freshness',
  summary: 'Lists the records reviewers should look at first: overdue, due, never confirmed with the organisation, sources changed since review, broken links; grouped by region and reviewers.',
  usage: 'npm run freshness -- [options]',
  options: {
    data: { type: 'string', value: 'DIR', description: 'data folder (default: data/)' },
    format: { type: 'string', value: 'FORMAT', description: 'text (default), json or markdown' },
    today: { type: 'string', value: 'DATE', description: 'date to measure review ages from, YYYY-MM-DD (default: today, UTC)' },
    state: { type: 'string', multiple: true, value: 'FILE', description: 'link-audit state file(s), for changed sources and broken links (repeat for shards)' },
    policy: { type: 'string', value: 'FILE', description: `review policy (default: ${displayPath(DEFAULT_POLICY)})` },
    reviewers: { type: 'string', value: 'FILE', description: `who reviews what, CODEOWNERS-style (default: ${displayPath(DEFAULT_REVIEWERS)})` },
    reviewer: { type: 'string', value: 'TEAM', description: 'only the groups this team or person reviews, such as @org/africa-reviewers' },
    ...CONFIRM_OPTIONS,
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  notes: ['Exit status: 0 no record overdue, 1 some record overdue, 2 usage error.', 'In GitHub Actions the Markdown report is written to the job summary. See docs/link-audit.md.'],
};

await runCommand(spec, async (argv) => {
  const { values } = parseCommand(spec, argv);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  const today = dateOption('today', values.today as string | undefined, todayUtc());
  const dataDir = resolve((values.data as string | undefined) ?? defaultDataDir);
  if (!existsSync(dataDir)) throw new UsageError(`data folder ${displayPath(dataDir)} does not exist`);
  const policy = readPolicy(resolve((values.policy as string | undefined) ?? DEFAULT_POLICY));
  const places = projectPlaces();
  const reviewers = readReviewers(topLevelRegions(places), resolve((values.reviewers as string | undefined) ?? DEFAULT_REVIEWERS));
  const statePaths = ((values.state as string[] | undefined) ?? []).map((p) => resolve(p));
  for (const path of statePaths) if (!existsSync(path)) throw new UsageError(`no state file at ${path}; run "npm run links" first or leave out --state`);
  const states = statePaths.map((path) => readState(path));

  const done = progress('reading records…');
  const { accepted, skipped } = await loadAcceptedRecords(listRecordFiles(dataDir).files, { today });
  done();
  const report = freshnessReport(
    accepted.map((a) => a.record),
    {
      today,
      policy,
      ...(statePaths.length ? { state: mergeStates(states.map((s) => s.state)) } : {}),
      confirm: confirmPolicy(values),
      rules: reviewers.rules,
      places,
      ...(values.reviewer ? { reviewer: values.reviewer as string } : {}),
    },
  );
  for (const note of [...reviewers.problems, ...states.flatMap((s) => s.problem ?? []), ...skipped.map((f) => `${f.file}: ${f.message}`)]) process.stderr.write(`freshness: ${note}\n`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') process.stdout.write(freshnessMarkdown(report));
  else process.stdout.write(freshnessText(report));
  if (process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(freshnessMarkdown(report)).write();
  return report.counts.overdue > 0 ? EXIT.findings : EXIT.ok;
});
