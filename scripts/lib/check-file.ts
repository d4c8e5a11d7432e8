import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { recordRules } from '../rules/index.js';
import { hashBytes } from './cache.js';
import { loadRecordValidators, type RecordValidators } from './validators.js';
import { idFromPath, kindOf } from './files.js';
import { parseRecordText } from './parse.js';
import { displayPath } from './paths.js';
import { readText } from './read-text.js';
import { explainSchemaErrors } from './schema-errors.js';
import { readSchemas, type SchemaSet } from './schemas.js';
import { summarise } from './summary.js';
import type { Finding, LoadedRecord, Position, RecordData, RecordSummary, RuleReport } from './types.js';

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

/** Reads and checks one file, keeping only what a run reports (holding every record's data would only feed the garbage collector). */
export function checkPath(check: FileChecker, path: string): HashedCheck {
  const bytes = readFileSync(path);
  const { record: _record, ...result } = check(path, bytes);
  return { ...result, hash: hashBytes(bytes) };
}

/** Turns a rule's report into a positioned finding. */
export function findingAt(locate: (pointer: string, atKey?: boolean) => Position, file: string, rule: string, report: Pick<RuleReport, 'pointer' | 'message' | 'severity' | 'atKey'>, related?: string): Finding {
  const { line, column } = locate(report.pointer, report.atKey);
  return { file, line, column, severity: report.severity ?? 'error', rule, message: related ? `${report.message} (see ${related})` : report.message, pointer: report.pointer };
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
  const findings = byteProblems.map((p) => at(p.position, p.rule, p.message));
  if (text === undefined) return { path, findings };
  const parsed = parseRecordText(text, extname(path) === '.json' ? 'json' : 'yaml');
  findings.push(...parsed.problems.map((p) => at(p.position, p.rule, p.message)));
  const value = parsed.value;
  if (!value) return { path, findings };
  const expectedId = idFromPath(path);
  if (typeof value.id === 'string' && value.id !== expectedId) {
    findings.push(findingAt(parsed.locate, file, 'file-name', { pointer: '/id', message: `id "${value.id}" does not match the file name; rename the file to ${value.id}${extname(path)} or set id: ${expectedId}` }));
  }
  const summary = summarise(path, kind, value, expectedId);
  const validate = validators[kind];
  if (!validate(value)) {
    for (const problem of explainSchemaErrors(validate.errors ?? [], schemas)) findings.push(findingAt(parsed.locate, file, problem.rule, problem));
    return { path, summary, findings };
  }
  const record: LoadedRecord = { path, kind, data: value as unknown as RecordData };
  for (const rule of recordRules) {
    try {
      rule.check({ record, today: options.today }, (report) => {
        const related = report.related && report.related.pointer !== report.pointer ? positionText(file, parsed.locate(report.related.pointer)) : undefined;
        findings.push(findingAt(parsed.locate, file, rule.id, report, related));
      });
    } catch (error) {
      findings.push(at({ line: 1, column: 1 }, rule.id, `rule failed with an internal error (${error instanceof Error ? error.message : String(error)}); please report this`));
    }
  }
  return { path, summary, findings, record };
}

function positionText(file: string, position: Position): string {
  return `${file}:${position.line}:${position.column}`;
}
