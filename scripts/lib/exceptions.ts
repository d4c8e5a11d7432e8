import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { rules } from '../rules/index.js';
import { idFromPath } from './files.js';
import { displayPath } from './paths.js';
import type { Finding } from './types.js';

/** A reasoned exception: one rule that may fire on one record (optionally at one pointer). */
export interface RuleException {
  rule: string;
  record: string;
  pointer?: string;
  reason: string;
  position: { line: number; column: number };
}

/** Reads data/exceptions.yml; problems in it are findings of the rule "exceptions-file". */
export function readExceptions(path: string, cwd?: string): { exceptions: RuleException[]; findings: Finding[] } {
  if (!existsSync(path)) return { exceptions: [], findings: [] };
  const file = displayPath(path, cwd);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (offset: number, message: string): Finding => ({ file, ...at(offset), severity: 'error', rule: 'exceptions-file', message });
  if (doc.errors.length > 0) return { exceptions: [], findings: doc.errors.map((e) => problem(e.pos[0], e.message.split('\n')[0]!)) };
  if (doc.contents === null) return { exceptions: [], findings: [] };
  if (!isSeq(doc.contents)) return { exceptions: [], findings: [problem(0, 'the exceptions file must be a list of entries with rule, record and reason')] };
  const ruleIds = new Set(rules.map((r) => r.id));
  const exceptions: RuleException[] = [];
  const findings: Finding[] = [];
  for (const item of doc.contents.items) {
    const offset = (item as { range?: readonly number[] } | null)?.range?.[0] ?? 0;
    const entry = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const text = (key: string) => (typeof entry?.[key] === 'string' ? (entry[key] as string).trim() : '');
    if (!entry || !text('rule') || !text('record') || !text('reason')) {
      findings.push(problem(offset, 'each exception needs "rule", "record" and a "reason" that explains why the finding is acceptable'));
    } else if (!ruleIds.has(text('rule'))) {
      findings.push(problem(offset, `unknown rule "${text('rule')}"; exceptions apply to the rules listed by --list-rules`));
    } else {
      exceptions.push({ rule: text('rule'), record: text('record'), ...(text('pointer') ? { pointer: text('pointer') } : {}), reason: text('reason'), position: at(offset) });
    }
  }
  return { exceptions, findings };
}

/** Splits findings into those an exception covers and the rest, and reports exceptions that matched nothing. */
export function applyExceptions(findings: Finding[], exceptions: RuleException[], exceptionsFile: string, reportUnused: boolean): Finding[] {
  const used = new Set<RuleException>();
  const kept = findings.filter((finding) => {
    const match = exceptions.find((e) => e.rule === finding.rule && e.record === idFromPath(finding.file) && (!e.pointer || e.pointer === finding.pointer));
    if (match) used.add(match);
    return !match;
  });
  if (reportUnused) {
    for (const e of exceptions) {
      if (!used.has(e)) kept.push({ file: exceptionsFile, ...e.position, severity: 'error', rule: 'exceptions-file', message: `exception for ${e.rule} on "${e.record}" no longer matches any finding; remove it` });
    }
  }
  return kept;
}
