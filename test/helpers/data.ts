import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatFinding } from '../../scripts/lib/report.js';
import { validateDataset, type ValidateOptions, type ValidateResult } from '../../scripts/lib/validate.js';
import { mechanism, organisation, TODAY, withServiceTypo } from './records.js';

/** A data folder in a temporary directory: `root/data/…`, so that paths read `data/organisations/x.yml` from `root`. */
export interface TempData {
  root: string;
  dataDir: string;
  /** Absolute path of a file given relative to the data folder. */
  path(relative: string): string;
  /** Writes a file relative to the data folder, creating folders; returns its absolute path. */
  write(relative: string, content: string | Uint8Array): string;
}

const created: string[] = [];

/** The one finding of `threeRecords()`. */
export const BETA_TYPO = 'data/organisations/beta-fund.yml:10:5: error: unknown service "emergency-grnt"; did you mean "emergency-grant"? [controlled-vocabulary]';

/** A data folder with alpha-fund and example-mechanism, both clean, and beta-fund with a misspelt service. */
export function threeRecords(): TempData {
  return tempData({
    'organisations/alpha-fund.yml': organisation({ id: 'alpha-fund', website: 'https://alpha.example.org/' }),
    'organisations/beta-fund.yml': withServiceTypo(organisation({ id: 'beta-fund', website: 'https://beta.example.com/' })),
    'mechanisms/example-mechanism.yml': mechanism(),
  });
}

/** Creates a data folder holding `files` (paths relative to it, such as `organisations/x.yml`). */
export function tempData(files: Record<string, string | Uint8Array> = {}): TempData {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'whrd-test-')));
  created.push(root);
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const data: TempData = {
    root,
    dataDir,
    path: (relative) => join(dataDir, relative),
    write(relative, content) {
      const path = join(dataDir, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
  for (const [relative, content] of Object.entries(files)) data.write(relative, content);
  return data;
}

/** Removes every folder tempData made; use as `afterEach(removeTempData)`, or `afterAll` with concurrent tests. */
export function removeTempData(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Validates a temp data folder from its root, without cache or worker threads. */
export function validateTemp(data: TempData, options: Partial<ValidateOptions> = {}): Promise<ValidateResult> {
  return validateDataset({ dataDir: data.dataDir, cwd: data.root, today: TODAY, cache: false, threads: 1, ...options });
}

/** The formatted findings of a temp data folder. */
export async function validateLines(data: TempData, options: Partial<ValidateOptions> = {}): Promise<string[]> {
  return (await validateTemp(data, options)).findings.map((f) => formatFinding(f));
}
