import type { Finding } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning in 2 files", or "no problems". */
export function countLine(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'no problems';
  const files = new Set(findings.map((f) => f.file)).size;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** One finding as `file:line:column: severity: message [rule]`. */
export function formatFinding(f: Finding, color = false): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  return `${f.file}:${f.line}:${f.column}: ${paint(f.severity === 'error' ? 31 : 33, f.severity)}: ${f.message} ${paint(2, `[${f.rule}]`)}`;
}

/** Findings as terminal text, one per line. */
export function formatText(findings: readonly Finding[], color = false): string {
  return findings.map((f) => `${formatFinding(f, color)}\n`).join('');
}

/** Findings as a JSON document for tools. */
export function formatJson(findings: readonly Finding[], extra: Record<string, unknown> = {}): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${JSON.stringify({ ...extra, errors, warnings: findings.length - errors, findings }, null, 2)}\n`;
}

