import { listRecordFiles } from '../lib/files.js';
import type { Finding } from '../lib/types.js';
import { baseCommit, baseVersion, changedFiles, changesAgainst, type RecordChanges } from './changes.js';
import { collectRecords } from './collect.js';
import { defaultFetcherOptions } from './defaults.js';
import { createFetcher, type FetcherOptions } from './fetch-url.js';
import { auditLinks, type LinkAuditResult } from './links.js';
import type { Shard } from './shard.js';
import { emptyState, readState, writeState } from './state.js';
import type { AuditRecord, ConfirmPolicy } from './types.js';

/** What `npm run links` was asked to do. */
export interface LinkRunOptions {
  dataDir: string;
  /** Audit only these record files (absolute paths); all records when empty. */
  files: string[];
  /** Pull-request mode: compare with the merge base of this git ref. */
  changedFrom?: string;
  today: string;
  /** State file, or false to neither read nor write one. */
  statePath: string | false;
  confirm: ConfirmPolicy;
  shard?: Shard;
  fetcher?: Partial<FetcherOptions>;
  recheckAfterMs?: number;
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
}

/** The audit's result, with findings for records it could not audit and problems with the state file. */
export interface LinkRun {
  result: LinkAuditResult;
  findings: Finding[];
  /** The records audited (in pull-request mode, the changed ones). */
  records: AuditRecord[];
  notes: string[];
}

/** Loads the records (only the changed ones in pull-request mode), audits them, and keeps the state. */
export async function runLinkAudit(options: LinkRunOptions): Promise<LinkRun> {
  const cwd = options.cwd ?? process.cwd();
  const notes: string[] = [];
  const base = options.changedFrom === undefined ? undefined : baseCommit(options.changedFrom, cwd);
  const files = options.files.length > 0 ? options.files : base ? changedFiles(base, options.dataDir, cwd) : listRecordFiles(options.dataDir).files;
  const { records, skipped } = await collectRecords(files, { today: options.today, cwd });
  let changes: Map<string, RecordChanges> | undefined;
  if (base) changes = new Map(records.map((r) => [r.path, changesAgainst(r, baseVersion(base, r.path, cwd))]));

  const usesState = options.statePath !== false && !base;
  const loaded = usesState ? readState(options.statePath as string) : { state: emptyState() };
  if (loaded.problem) notes.push(loaded.problem);

  const fetcher = createFetcher(defaultFetcherOptions(options.fetcher));
  let result: LinkAuditResult;
  try {
    result = await auditLinks(records, {
      fetcher,
      today: options.today,
      state: loaded.state,
      confirm: options.confirm,
      wholeDataSet: options.files.length === 0 && !base,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(changes ? { changes } : {}),
      ...(options.recheckAfterMs !== undefined ? { recheckAfterMs: options.recheckAfterMs } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    await fetcher.close();
  }
  if (usesState && !result.offline) {
    try {
      writeState(options.statePath as string, result.state);
    } catch (error) {
      notes.push(`could not write the state file ${options.statePath} (${error instanceof Error ? error.message : String(error)}); this run will not count towards "broken"`);
    }
  }
  if (base && files.length === 0) notes.push(`no record changed since ${options.changedFrom}`);
  return { result, findings: [...skipped, ...result.findings], records, notes };
}
