import { execFileSync } from 'node:child_process';
import { extname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../lib/cli.js';
import { RECORD_EXTENSIONS } from '../lib/files.js';
import { parseRecordText, recordFormat } from '../lib/parse.js';
import { urlsIn } from '../lib/walk.js';
import { contactDetailsIn } from './collect.js';
import { normaliseDetail } from './corroborate.js';
import type { AuditRecord, ContactDetail } from './types.js';

/** In pull-request mode: the values of one record that the change adds or edits. */
export interface RecordChanges {
  urls: Set<string>;
  /** Keys from detailKey(). */
  contacts: Set<string>;
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    throw new UsageError(`--changed-from needs git: git ${args[0]} failed: ${typeof stderr === 'string' && stderr.trim() ? stderr.trim().split('\n')[0] : 'is git installed and is this a git checkout?'}`);
  }
}

/** A contact detail's identity for comparison across versions. */
export function detailKey(detail: Pick<ContactDetail, 'kind' | 'value'>): string {
  return `${detail.kind} ${normaliseDetail(detail.kind, detail.value)}`;
}

/** The commit a pull request branched from: the merge base of REF and HEAD. */
export function baseCommit(ref: string, cwd: string): string {
  try {
    return git(['merge-base', ref, 'HEAD'], cwd).trim();
  } catch {
    throw new UsageError(`cannot compare with "${ref}": git knows no such commit or branch; fetch it first (for example: git fetch origin main --depth=100)`);
  }
}

/** Record files under dataDir that differ from the base commit (edited, added or renamed; untracked new files too). */
export function changedFiles(base: string, dataDir: string, cwd: string): string[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const changed = git(['diff', '--name-only', '--diff-filter=AMR', base, '--', dataDir], cwd);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', dataDir], cwd);
  const paths = [...changed.split('\n').map((p) => resolve(top, p)), ...untracked.split('\n').map((p) => resolve(cwd, p))];
  return [...new Set(paths.filter((p) => p.trim() && RECORD_EXTENSIONS.has(extname(p))))].sort();
}

/** A record's data as it was at the base commit, or undefined when the file is new there. */
export function baseVersion(base: string, path: string, cwd: string): Record<string, unknown> | undefined {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const inRepo = relative(top, path).split(sep).join('/');
  let text: string;
  try {
    text = execFileSync('git', ['show', `${base}:${inRepo}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  return parseRecordText(text, recordFormat(path)).value;
}

/** The URLs and contact details of a record that are not in its base version. */
export function changesAgainst(record: AuditRecord, before: Record<string, unknown> | undefined): RecordChanges {
  const oldUrls = new Set(urlsIn(before ?? {}).map((u) => u.value));
  const oldDetails = new Set(contactDetailsIn(before).map(detailKey));
  return {
    urls: new Set(record.urls.map((u) => u.url).filter((url) => !oldUrls.has(url))),
    contacts: new Set(record.contacts.map(detailKey).filter((key) => !oldDetails.has(key))),
  };
}
