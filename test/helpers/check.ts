import { createFileChecker, type FileCheck, type FileChecker } from '../../scripts/lib/check-file.js';
import { formatFinding } from '../../scripts/lib/report.js';
import type { LoadedRecord, RecordRule } from '../../scripts/lib/types.js';
import { TODAY } from './records.js';

/** Files are checked from bytes under this made-up root, so positions read `data/<folder>/<id>.yml:…`. */
export const VIRTUAL_ROOT = '/virtual';

/** How the default checked file (an organisation, example-fund) appears in findings. */
export const ORG = 'data/organisations/example-fund.yml';

/** Where a checked file pretends to live. */
export interface FileOptions {
  folder?: string;
  id?: string;
  ext?: string;
  today?: string;
}

const checkers = new Map<string, Promise<FileChecker>>();

/** One checker per date, compiled once per test file. */
export function checkerFor(today = TODAY): Promise<FileChecker> {
  let checker = checkers.get(today);
  if (!checker) checkers.set(today, (checker = createFileChecker({ today, cwd: VIRTUAL_ROOT })));
  return checker;
}

/** The absolute (virtual) path of a record file. */
export function virtualPath({ folder = 'organisations', id = 'example-fund', ext = 'yml' }: FileOptions = {}): string {
  return `${VIRTUAL_ROOT}/data/${folder}/${id}.${ext}`;
}

/** Checks text or bytes as the file described by `options`, without touching the disk. */
export async function checkText(content: string | Uint8Array, options: FileOptions = {}): Promise<FileCheck> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return (await checkerFor(options.today))(virtualPath(options), bytes);
}

/** The findings of one file as the formatted lines the CLI prints. */
export async function lint(content: string | Uint8Array, options: FileOptions = {}): Promise<string[]> {
  return (await checkText(content, options)).findings.map((f) => formatFinding(f));
}

/** A record that passed the schema, for calling a rule's check directly. */
export async function loadRecord(content: string, options: FileOptions = {}): Promise<LoadedRecord> {
  const { record, findings } = await checkText(content, options);
  if (!record) throw new Error(`fixture is not schema-valid:\n${findings.map((f) => formatFinding(f)).join('\n')}`);
  return record;
}

/** A rule's report without the record: where and what. */
export interface Reported {
  pointer: string;
  message: string;
  /** The related pointer, when the rule gives one. */
  related?: string;
}

/** What a record rule reports when called directly, before the runner positions it. */
export function reportsOf(rule: RecordRule, record: LoadedRecord, today = TODAY): Reported[] {
  const reports: Reported[] = [];
  rule.check({ record, today }, (r) => reports.push({ pointer: r.pointer, message: r.message, ...(r.related ? { related: r.related.pointer } : {}) }));
  return reports;
}
