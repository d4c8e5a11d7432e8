import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetRules } from '../rules/index.js';
import { cacheKey, hashBytes, readCache, writeCache, type CacheEntry } from './cache.js';
import { listRecordFiles } from './files.js';
import { findingAt, type Locate } from './findings.js';
import { displayPath, repoRoot } from './paths.js';
import { readSchemas } from './schemas.js';
import type { Finding, RecordSummary, RuleReport } from './types.js';

/** What to validate and how. */
export interface ValidateOptions {
  dataDir: string;
  /** Report only on these files (absolute paths); dataset rules still see every record. */
  only?: string[];
  /** Today's date, YYYY-MM-DD. */
  today: string;
  cwd?: string;
  /** Cache file path, or false for none. */
  cache?: string | false;
  /** Threads to use (default: chosen by the number of files; 1 = this thread only). */
  threads?: number;
}

/** The outcome of a validation run. */
export interface ValidateResult {
  findings: Finding[];
  summaries: RecordSummary[];
  files: number;
  /** Files parsed in this run; the others came from the cache. */
  parsed: number;
}

/** Default cache location, beside other tools' caches. */
export const DEFAULT_CACHE = join(repoRoot, 'node_modules', '.cache', 'whrd-protection', 'validate.json');

const byPosition = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

/**
 * Validates every record of a data folder: files, syntax, schema, record rules (cached per
 * file), then dataset rules. The parsers, Ajv and the record rules are loaded only when
 * some file has to be checked, so a run over unchanged files starts fast.
 */
export async function validateDataset(options: ValidateOptions): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  const dataDir = resolve(cwd, options.dataDir);
  const key = cacheKey(readSchemas(), options.today, cwd);
  const cached = options.cache ? readCache(options.cache, key, dataDir) : new Map<string, CacheEntry>();
  const { files, misplaced } = listRecordFiles(dataDir);

  const entries = new Map<string, CacheEntry>();
  const stale: string[] = [];
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  let touched = false;
  for (const path of files) {
    if (!options.cache) {
      stale.push(path);
      continue;
    }
    const { mtimeMs, size } = statSync(path);
    stats.set(path, { mtimeMs, size });
    const entry = cached.get(path);
    if (entry && entry.mtimeMs === mtimeMs && entry.size === size) {
      entries.set(path, entry);
    } else if (entry && entry.size === size && entry.hash === hashBytes(readFileSync(path))) {
      // Touched but not changed (a checkout, a save without edits): remember the new date.
      entries.set(path, { ...entry, mtimeMs });
      touched = true;
    } else {
      stale.push(path);
    }
  }
  if (stale.length > 0) {
    const { checkFiles, threadCount } = await import('./pool.js');
    const checks = await checkFiles(stale, { today: options.today, cwd }, threadCount(stale.length, options.threads));
    for (const { path, hash, summary, findings } of checks) entries.set(path, { ...(stats.get(path) ?? { mtimeMs: 0, size: 0 }), hash, ...(summary ? { summary } : {}), findings });
  }
  if (options.cache && (stale.length > 0 || touched || entries.size !== cached.size)) writeCache(options.cache, key, dataDir, entries);

  const summaries = files.flatMap((path) => entries.get(path)?.summary ?? []);
  const findings = files.flatMap((path) => entries.get(path)!.findings);
  findings.push(...misplaced.map((m): Finding => ({ file: displayPath(m.path, cwd), line: 1, column: 1, severity: 'error', rule: 'record-folder', message: m.message })));
  findings.push(...(await runDatasetRules(summaries, cwd)));

  let result = findings;
  const exceptionsPath = join(dataDir, 'exceptions.yml');
  if (existsSync(exceptionsPath)) {
    const { applyExceptions, readExceptions } = await import('./exceptions.js');
    const { exceptions, findings: exceptionProblems } = readExceptions(exceptionsPath, cwd);
    result = applyExceptions(findings, exceptions, displayPath(exceptionsPath, cwd), !options.only).concat(exceptionProblems);
  }
  if (options.only) {
    const wanted = new Set(options.only.map((p) => displayPath(p, cwd)));
    result = result.filter((f) => wanted.has(f.file));
  }
  return { findings: result.sort(byPosition), summaries, files: files.length, parsed: stale.length };
}

/** Runs the dataset rules; positions are found by parsing again only the files they report on. */
async function runDatasetRules(summaries: RecordSummary[], cwd: string): Promise<Finding[]> {
  const reports: { rule: string; report: RuleReport }[] = [];
  const failures: Finding[] = [];
  for (const rule of datasetRules) {
    try {
      rule.check({ records: summaries }, (report) => reports.push({ rule: rule.id, report }));
    } catch (error) {
      failures.push({ file: '.', line: 1, column: 1, severity: 'error', rule: rule.id, message: `rule failed with an internal error (${error instanceof Error ? error.message : String(error)}); please report this` });
    }
  }
  if (reports.length === 0) return failures;
  const { parseRecordFile } = await import('./parse.js');
  const parsed = new Map<string, Locate>();
  const locate = (path: string): Locate => {
    if (!parsed.has(path)) {
      const record = parseRecordFile(path);
      parsed.set(path, (pointer, atKey) => record?.locate(pointer, atKey) ?? { line: 1, column: 1 });
    }
    return parsed.get(path)!;
  };
  return [
    ...failures,
    ...reports.map(({ rule, report }) => {
      const related = report.related ? `${displayPath(report.related.record.path, cwd)}:${Object.values(locate(report.related.record.path)(report.related.pointer)).join(':')}` : undefined;
      return findingAt(locate(report.record.path), displayPath(report.record.path, cwd), rule, report, related);
    }),
  ];
}
