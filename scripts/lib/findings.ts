import type { Finding, Position, RuleReport } from './types.js';

/** Finds the position of the value (or key) at a JSON Pointer in a record's file. */
export type Locate = (pointer: string, atKey?: boolean) => Position;

/** Turns a rule's report into a positioned finding. */
export function findingAt(locate: Locate, file: string, rule: string, report: Pick<RuleReport, 'pointer' | 'message' | 'severity' | 'atKey'>, related?: string): Finding {
  const { line, column } = locate(report.pointer, report.atKey);
  return { file, line, column, severity: report.severity ?? 'error', rule, message: related ? `${report.message} (see ${related})` : report.message, pointer: report.pointer };
}
