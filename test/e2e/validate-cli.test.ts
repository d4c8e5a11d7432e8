import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../scripts/rules/index.js';
import { assertBuilt, REPO_ROOT, runValidate, VALIDATE_JS } from '../helpers/cli.js';
import { BETA_TYPO, removeTempData, tempData, threeRecords, type TempData } from '../helpers/data.js';
import { edit, mechanism, organisation, relations, TODAY, withServiceTypo } from '../helpers/records.js';

beforeAll(assertBuilt);
afterEach(removeTempData);

const USAGE_HINT = 'Run "validate --help" for usage.\n';
/** Runs validate from the temp folder's root on its data folder, without cache, on a fixed day. */
const validate = (data: TempData, args: string[] = [], env: Record<string, string> = {}) =>
  runValidate(['--data', 'data', '--no-cache', '--today', TODAY, ...args], { cwd: data.root, env });

describe('validate --help and usage errors', () => {
  it('--help exits 0 and describes every option', async () => {
    const { status, stdout, stderr } = await runValidate(['--help'], { cwd: REPO_ROOT });
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Usage: npm run validate -- [options] [file ...]');
    const flags = lines.filter((l) => /^ {2}(?:-h, | {4})--/.test(l)).map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(flags).toEqual(['--data DIR', '--format FORMAT', '--strict', '--no-cache', '--cache-location FILE', '--threads N', '--today DATE', '--list-rules', '-h, --help']);
    expect(lines).toContain('Exit status: 0 no problems, 1 problems found, 2 usage error.');
  });

  it.each([
    [['--frobnicate'], "validate: Unknown option '--frobnicate'"],
    [['--format', 'xml'], 'validate: --format must be one of: text, json (got "xml")'],
    [['--threads', '0'], 'validate: --threads must be a whole number of at least 1 (got "0")'],
    [['--today', '2026-13-01'], 'validate: --today must be a date written YYYY-MM-DD (got "2026-13-01")'],
    [['--data', 'missing'], 'validate: data folder missing does not exist'],
  ])('%j exits 2 with one line saying why', async (args, message) => {
    const data = tempData();
    expect(await runValidate(args, { cwd: data.root })).toEqual({ status: 2, stdout: '', stderr: `${message}\n${USAGE_HINT}` });
  });

  it('a file argument outside the data folder exits 2', async () => {
    const data = threeRecords();
    const outside = data.write('../elsewhere.yml', organisation());
    expect(await validate(data, [outside])).toEqual({ status: 2, stdout: '', stderr: `validate: ${outside} is not inside the data folder data\n${USAGE_HINT}` });
    expect(await validate(data, ['data/organisations/gamma-fund.yml'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `validate: no such file: ${data.path('organisations/gamma-fund.yml')}\n${USAGE_HINT}`,
    });
  });

  it('--list-rules lists every rule with its scope and description', async () => {
    const { status, stdout } = await runValidate(['--list-rules'], { cwd: REPO_ROOT });
    expect(status).toBe(0);
    expect(stdout).toBe(rules.map((r) => `${r.id.padEnd(26)}${r.scope.padEnd(9)}${r.description}\n`).join(''));
  });

  it('stops quietly when its reader closes early (| head -1)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${VALIDATE_JS}" --list-rules | head -1`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe(`${rules[0]!.id.padEnd(26)}${rules[0]!.scope.padEnd(9)}${rules[0]!.description}\n`);
    expect(result.stderr).toBe('');
  });
});

describe('validate results', () => {
  it('exits 0 on clean data', async () => {
    const data = tempData({ 'organisations/alpha-fund.yml': organisation({ id: 'alpha-fund' }), 'mechanisms/example-mechanism.yml': mechanism() });
    expect(await validate(data)).toEqual({ status: 0, stdout: '', stderr: '✔ no problems (2 files, 2 parsed, 0 unchanged)\n' });
  });

  it('exits 1 on findings, one line each on stdout and a count on stderr', async () => {
    expect(await validate(threeRecords())).toEqual({ status: 1, stdout: `${BETA_TYPO}\n`, stderr: '✖ 1 error, 0 warnings in 1 file (3 files, 3 parsed, 0 unchanged)\n' });
  });

  it('--format json gives counts and every finding with its pointer', async () => {
    const { status, stdout, stderr } = await validate(threeRecords(), ['--format', 'json']);
    expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      files: 3,
      records: 3,
      errors: 1,
      warnings: 0,
      findings: [
        {
          file: 'data/organisations/beta-fund.yml',
          line: 10,
          column: 5,
          severity: 'error',
          rule: 'controlled-vocabulary',
          message: 'unknown service "emergency-grnt"; did you mean "emergency-grant"?',
          pointer: '/services/0',
        },
      ],
    });
  });

  it('file arguments restrict what is reported, while dataset rules still see every record', async () => {
    const data = threeRecords();
    data.write('organisations/gamma-fund.yml', organisation({ id: 'gamma-fund', website: 'https://gamma.example.com/', extra: relations(['refers-to', 'beta-fund']) }));
    expect(await validate(data, ['data/organisations/gamma-fund.yml'])).toEqual({ status: 0, stdout: '', stderr: '✔ no problems (4 files, 4 parsed, 0 unchanged)\n' });
    expect(await validate(data, ['data/organisations/beta-fund.yml', 'data/organisations/gamma-fund.yml'])).toEqual({
      status: 1,
      stdout: `${BETA_TYPO}\n`,
      stderr: '✖ 1 error, 0 warnings in 1 file (4 files, 4 parsed, 0 unchanged)\n',
    });
  });

  it('names the other record relative to the working directory in relation messages', async () => {
    const data = tempData({
      'organisations/alpha-fund.yml': organisation({ id: 'alpha-fund', website: 'https://alpha.example.org/', extra: relations(['member-of', 'beta-fund']) }),
      'organisations/beta-fund.yml': organisation({ id: 'beta-fund', website: 'https://beta.example.com/' }),
    });
    expect((await validate(data)).stdout).toBe(
      'data/organisations/alpha-fund.yml:22:5: error: "member-of: beta-fund" needs the inverse on the other record; add "- type: has-member, id: alpha-fund" to the relations of "beta-fund" (see data/organisations/beta-fund.yml:1:1) [relation-inverse]\n',
    );
  });

  it('reuses its cache on a second run', async () => {
    const data = threeRecords();
    const args = ['--data', 'data', '--cache-location', 'cache.json', '--today', TODAY];
    await runValidate(args, { cwd: data.root });
    expect(await runValidate(args, { cwd: data.root })).toEqual({ status: 1, stdout: `${BETA_TYPO}\n`, stderr: '✖ 1 error, 0 warnings in 1 file (3 files, 0 parsed, 3 unchanged)\n' });
  });
});

describe('validate in GitHub Actions', () => {
  const DANGEROUS = '<script>alert(1)</script> | *x* [a](b)';
  const SEE = 'see schemas/vocabularies/service.schema.json';

  it('annotates the first 10 findings and lists all of them, escaped, in the job summary', async () => {
    const services = [...Array.from({ length: 11 }, (_, i) => `  - service-${i + 1}`), `  - ${JSON.stringify(DANGEROUS)}`].join('\n');
    const data = tempData({ 'organisations/example-fund.yml': edit(organisation(), '  - emergency-grant', services) });
    const summary = join(data.root, 'summary.md');
    writeFileSync(summary, '');
    const { status, stdout } = await validate(data, [], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(status).toBe(1);

    const annotations = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toEqual(
      Array.from(
        { length: 10 },
        (_, i) =>
          `::error title=Record validation%3A controlled-vocabulary,file=data/organisations/example-fund.yml,line=${i + 10},col=5::unknown service "service-${i + 1}"; ${SEE}`,
      ),
    );

    const markdown = readFileSync(summary, 'utf8');
    const [heading, blank, count] = markdown.split('\n');
    expect([heading, blank, count]).toEqual(['## Record validation', '', '12 errors, 0 warnings in 1 file. The first 10 are annotated on the files; all are listed here.']);
    const rows = markdown.split('\n').filter((l) => l.startsWith('|'));
    // Cells split on pipes that are not escaped; every row keeps exactly three cells.
    const cells = rows.map((row) => row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
    expect(cells.map((c) => c.length)).toEqual(rows.map(() => 3));
    expect(cells[0]).toEqual(['Place', 'Problem', 'Rule']);
    expect(cells.slice(2)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [`\`data/organisations/example-fund.yml:${i + 10}:5\``, `unknown service "service-${i + 1}"; ${SEE}`, '`controlled-vocabulary`']),
      ['`data/organisations/example-fund.yml:21:5`', `unknown service "\\<script>alert(1)\\</script> \\| \\*x\\* \\[a]\\(b)"; ${SEE}`, '`controlled-vocabulary`'],
    ]);
    expect(markdown).not.toMatch(/(?<!\\)<script/);
  });
});

describe('validate with worker threads', () => {
  it('gives the same result for 900 files with two threads as with one', async () => {
    const data = tempData();
    for (let i = 0; i < 900; i++) {
      const extra = i === 1 ? relations(['member-of', 'fund-2'], ['refers-to', 'fund-899']) : '';
      const yaml = organisation({ id: `fund-${i}`, website: `https://example-${i}.org/`, extra });
      data.write(`organisations/fund-${i}.yml`, i % 150 === 7 ? withServiceTypo(yaml) : yaml);
    }
    // Counts the worker threads the main thread starts, by wrapping Worker before the CLI loads.
    const counter = join(data.root, 'count-workers.mjs');
    writeFileSync(
      counter,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
const threads = createRequire(import.meta.url)('node:worker_threads');
if (threads.isMainThread) {
  const Original = threads.Worker;
  threads.Worker = class extends Original { constructor(...args) { super(...args); process.stderr.write('worker started\\n'); } };
  syncBuiltinESMExports();
}
`,
    );
    const run = (threads: string) => runValidate(['--data', 'data', '--no-cache', '--today', TODAY, '--format', 'json', '--threads', threads], { cwd: data.root, nodeArgs: ['--import', pathToFileURL(counter).href] });
    const [two, one] = [await run('2'), await run('1')];
    expect(two.stderr).toBe('worker started\n');
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout) as { files: number; findings: { file: string; line: number; rule: string }[] };
    expect(result.files).toBe(900);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'data/organisations/fund-1.yml:22 relation-inverse',
      ...[157, 307, 457, 607, 7, 757].map((i) => `data/organisations/fund-${i}.yml:10 controlled-vocabulary`),
    ]);
  });
});

describe('validate on the real data', () => {
  it('finds no problems in data/', async () => {
    const { status, stdout, stderr } = await runValidate(['--no-cache'], { cwd: REPO_ROOT });
    expect({ status, stdout }).toEqual({ status: 0, stdout: '' });
    expect(stderr).toMatch(/^✔ no problems \(\d+ files, \d+ parsed, 0 unchanged\)\n$/);
  });
});
