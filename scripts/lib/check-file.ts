import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { recordRules } from '../rules/index.js';
import { hashBytes } from './cache.js';
import { loadRecordValidators, type RecordValidators } from './validators.js';
import { idFromPath, kindOf } from './files.js';
import { parseRecordText, recordFormat } from './parse.js';
import { parseFast } from './parse-fast.js';
import { displayPath } from './paths.js';
import { MAX_RECORD_BYTES, readText } from './read-text.js';
import { explainSchemaErrors } from './schema-errors.js';
import { readSchemas, type SchemaSet } from './schemas.js';
import { summarise } from './summary.js';
import { findingAt, type Locate } from './findings.js';
import type { Finding, LoadedRecord, Position, RecordData, RecordKind, RecordSummary } from './types.js';

/** What checking one file gives: its findings, and what dataset rules need to know of it. */
export interface FileCheck {
  path: string;
  summary?: RecordSummary;
  findings: Finding[];
  /** The record, when it passed the schema (not kept in the cache). */
  record?: LoadedRecord;
}

/** Options shared by every check of a run. */
export interface CheckOptions {
  today: string;
  cwd?: string;
}

/** Checks one file: bytes, syntax, schema, then the record rules. */
export type FileChecker = (path: string, bytes: Uint8Array) => FileCheck;

/** A file's check without the record's data, with the hash of the bytes it was made from: what a run keeps. */
export type HashedCheck = Omit<FileCheck, 'record'> & { hash: string };

// One buffer per thread for reading records: thousands of small reads then cost no allocation and no fstat.
const readBuffer = Buffer.allocUnsafe(MAX_RECORD_BYTES + 1);

function readRecordBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, readBuffer, 0, readBuffer.length, 0);
    // Too large to be a record: read it all so that the message can give its size.
    return length > MAX_RECORD_BYTES ? readFileSync(path) : readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Reads and checks one file, keeping only what a run reports (holding every record's data would only feed the garbage collector). */
export function checkPath(check: FileChecker, path: string): HashedCheck {
  const bytes = readRecordBytes(path);
  const hash = hashBytes(bytes);
  const { record: _record, ...result } = check(path, bytes);
  return { ...result, hash };
}

/** Builds a checker with the schemas compiled once. */
export async function createFileChecker(options: CheckOptions, schemas: SchemaSet = readSchemas()): Promise<FileChecker> {
  const validators: RecordValidators = await loadRecordValidators(schemas);
  return (path, bytes) => checkFile(path, bytes, options, schemas, validators);
}

function checkFile(path: string, bytes: Uint8Array, options: CheckOptions, schemas: SchemaSet, validators: RecordValidators): FileCheck {
  const file = displayPath(path, options.cwd);
  const kind = kindOf(path);
  const at = (position: Position, rule: string, message: string): Finding => ({ file, ...position, severity: 'error', rule, message });
  if (!kind) return { path, findings: [at({ line: 1, column: 1 }, 'record-folder', 'records go in data/organisations/ or data/mechanisms/; move the file')] };
  const { text, problems: byteProblems } = readText(bytes);
  const byteFindings = byteProblems.map((p) => at(p.position, p.rule, p.message));
  if (text === undefined) return { path, findings: byteFindings };
  const format = recordFormat(path);
  // Most records are clean: judge them on the fast parse, and parse again with positions only to report findings.
  const fast = format === 'yaml' && byteFindings.length === 0 ? parseFast(text) : undefined;
  if (fast) {
    const result = checkValue(path, kind, fast, options, schemas, validators, () => ({ line: 1, column: 1 }));
    if (result.findings.length === 0) return result;
  }
  const parsed = parseRecordText(text, format);
  const findings = [...byteFindings, ...parsed.problems.map((p) => at(p.position, p.rule, p.message))];
  if (!parsed.value) return { path, findings };
  const result = checkValue(path, kind, parsed.value, options, schemas, validators, parsed.locate);
  return { ...result, findings: [...findings, ...result.findings] };
}

/** The checks on a parsed record: file name, schema, then the record rules. */
function checkValue(path: string, kind: RecordKind, value: Record<string, unknown>, options: CheckOptions, schemas: SchemaSet, validators: RecordValidators, locate: Locate): FileCheck {
  const file = displayPath(path, options.cwd);
  const findings: Finding[] = [];
  const expectedId = idFromPath(path);
  if (typeof value.id === 'string' && value.id !== expectedId) {
    findings.push(findingAt(locate, file, 'file-name', { pointer: '/id', message: `id "${value.id}" does not match the file name; rename the file to ${value.id}${extname(path)} or set id: ${expectedId}` }));
  }
  const summary = summarise(path, kind, value, expectedId);
  const validate = validators[kind];
  if (!validate(value)) {
    for (const problem of explainSchemaErrors(validate.errors ?? [], schemas)) findings.push(findingAt(locate, file, problem.rule, problem));
    return { path, summary, findings };
  }
  const record: LoadedRecord = { path, kind, data: value as unknown as RecordData };
  for (const rule of recordRules) {
    try {
      rule.check({ record, today: options.today }, (report) => {
        const related = report.related && report.related.pointer !== report.pointer ? positionText(file, locate(report.related.pointer)) : undefined;
        findings.push(findingAt(locate, file, rule.id, report, related));
      });
    } catch (error) {
      findings.push({ file, line: 1, column: 1, severity: 'error', rule: rule.id, message: `rule failed with an internal error (${error instanceof Error ? error.message : String(error)}); please report this` });
    }
  }
  return { path, summary, findings, record };
}

function positionText(file: string, position: Position): string {
  return `${file}:${position.line}:${position.column}`;
}
