import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempData, tempData } from '../helpers/data.js';
import { organisation } from '../helpers/records.js';

afterAll(removeTempData);

const script = (name: string) => fileURLToPath(new URL(`../../scripts/cli/${name}.ts`, import.meta.url));

const execFileAsync = promisify(execFile);

/** Runs a command from its TypeScript source (no build needed), outside GitHub Actions. These runs never fetch a URL. */
async function run(name: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GITHUB_'))), NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', 'tsx', script(name), ...args], { env });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the links and freshness commands', () => {
  it.concurrent('links --help documents the exit status and exits 0', async () => {
    const { status, stdout } = await run('links', ['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: npm run links -- [options] [file ...]');
    expect(stdout).toContain('Exit status: 0 nothing actionable, 1 something is');
  });

  it.concurrent('links refuses a bad --shard with exit 2 and says what is expected', async () => {
    const { status, stderr } = await run('links', ['--shard', '3/2']);
    expect(status).toBe(2);
    expect(stderr).toBe('links: --shard must be K/N with 1 ≤ K ≤ N, such as 2/4 (got "3/2")\nRun "links --help" for usage.\n');
  });

  it.concurrent('freshness exits 1 when a record is overdue, and reports it as JSON', async () => {
    const data = tempData({ 'organisations/example-fund.yml': organisation() });
    const { status, stdout } = await run('freshness', ['--data', data.dataDir, '--today', '2027-06-01', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { counts: Record<string, number>; groups: { label: string; items: { id: string; reasons: string[] }[] }[] };
    expect(report.counts.overdue).toBe(1);
    expect(report.groups[0]).toMatchObject({ label: 'Global', items: [{ id: 'example-fund', reasons: ['overdue', 'never-confirmed'] }] });
  });
});
