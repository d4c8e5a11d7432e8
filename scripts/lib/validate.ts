import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { datasetRules } from '../rules/index.js';
import { cacheKey, hashBytes, readCache, writeCache, type CacheEntry } from './cache.js';
import { findingAt } from './check-file.js';
import { applyExceptions, readExceptions } from './exceptions.js';
import { listRecordFiles } from './files.js';
import { parseRecordText, type ParsedText } from './parse.js';
import { displayPath, repoRoot } from './paths.js';
import { checkFiles, threadCount } from './pool.js';
import { readText } from './read-text.js';
import { readSchemas } from './schemas.js';
import type { Finding, RecordSummary } from './types.js';

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
  /** Maximum threads (default: one per core; 1 = this thread only). */
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

/** Validates every record of a data folder: files, syntax, schema, record rules (cached per file), then dataset rules. */
export async function validateDataset(options: ValidateOptions): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  const dataDir = resolve(cwd, options.dataDir);
  const schemas = readSchemas();
  const key = cacheKey(schemas, options.today, cwd);
  const cached = options.cache ? readCache(options.cache, key) : new Map<string, CacheEntry>();
  const { files, misplaced } = listRecordFiles(dataDir);

  const entries = new Map<string, CacheEntry>();
  const stale: string[] = [];
  let touched = false;
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  for (const path of files) {
    const { mtimeMs, size } = statSync(path);
    stats.set(path, { mtimeMs, size });
    const entry = cached.get(path);
    if (entry && entry.mtimeMs === mtimeMs && entry.size === size) entries.set(path, entry);
    else if (entry && entry.size === size && entry.hash === hashBytes(readFileSync(path))) (entries.set(path, { ...entry, mtimeMs }), (touched = true));
    else stale.push(path);
  }
  const checks = stale.length > 0 ? await checkFiles(stale, { today: options.today, cwd }, threadCount(stale.length, options.threads)) : [];
  for (const { path, hash, summary, findings } of checks) entries.set(path, { ...stats.get(path)!, hash, ...(summary ? { summary } : {}), findings });
  if (options.cache && (stale.length > 0 || touched || entries.size !== cached.size)) writeCache(options.cache, key, entries);

  const summaries = files.flatMap((path) => entries.get(path)?.summary ?? []);
  const findings = files.flatMap((path) => entries.get(path)!.findings);
  findings.push(...misplaced.map((m): Finding => ({ file: displayPath(m.path, cwd), line: 1, column: 1, severity: 'error', rule: 'record-folder', message: m.message })));
  findings.push(...runDatasetRules(summaries, cwd));

  const exceptionsPath = join(dataDir, 'exceptions.yml');
  const { exceptions, findings: exceptionProblems } = readExceptions(exceptionsPath, cwd);
  let result = applyExceptions(findings, exceptions, displayPath(exceptionsPath, cwd), !options.only).concat(exceptionProblems);
  if (options.only) {
    const wanted = new Set(options.only.map((p) => displayPath(p, cwd)));
    result = result.filter((f) => wanted.has(f.file));
  }
  return { findings: result.sort(byPosition), summaries, files: files.length, parsed: stale.length };
}

/** Runs the dataset rules; positions are found by parsing again only the files they report on. */
function runDatasetRules(summaries: RecordSummary[], cwd: string): Finding[] {
  const parsed = new Map<string, ParsedText | undefined>();
  const locate = (path: string) => {
    if (!parsed.has(path)) {
      const { text } = readText(readFileSync(path));
      parsed.set(path, text === undefined ? undefined : parseRecordText(text, extname(path) === '.json' ? 'json' : 'yaml'));
    }
    return (pointer: string, atKey?: boolean) => parsed.get(path)?.locate(pointer, atKey) ?? { line: 1, column: 1 };
  };
  const findings: Finding[] = [];
  for (const rule of datasetRules) {
    try {
      rule.check({ records: summaries }, (report) => {
        const file = displayPath(report.record.path, cwd);
        const related = report.related ? (() => {
          const p = locate(report.related.record.path)(report.related.pointer);
          return `${displayPath(report.related.record.path, cwd)}:${p.line}:${p.column}`;
        })() : undefined;
        findings.push(findingAt(locate(report.record.path), file, rule.id, report, related));
      });
    } catch (error) {
      findings.push({ file: '.', line: 1, column: 1, severity: 'error', rule: rule.id, message: `rule failed with an internal error (${error instanceof Error ? error.message : String(error)}); please report this` });
    }
  }
  return findings;
}
