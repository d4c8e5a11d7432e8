import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The compiled validate command (npm test builds it first). */
export const VALIDATE_JS = fileURLToPath(new URL('../../build/scripts/cli/validate.js', import.meta.url));

/** How a command ended and what it printed. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** What a run may change: the working directory, extra environment, and Node options placed before the script. */
export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/** Fails with a clear message when the CLI has not been compiled. */
export function assertBuilt(): void {
  if (!existsSync(VALIDATE_JS)) throw new Error(`${VALIDATE_JS} is missing; run "npm run build:scripts" (npm test does it first)`);
}

/** Runs `node build/scripts/cli/validate.js …` outside GitHub Actions (unless env says otherwise), without colour. */
export function runValidate(args: string[], { cwd, env = {}, nodeArgs = [] }: CliOptions): Promise<CliResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_') && name !== 'DEBUG'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, VALIDATE_JS, ...args], { cwd, env: { ...base, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
