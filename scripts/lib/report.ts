import { md, toMarkdown } from './markdown.js';
import type { Finding } from './types.js';

/** GitHub shows only about ten annotations per step; the rest go to the job summary. */
export const ANNOTATION_LIMIT = 10;

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

/** The job summary: a heading, a count and a table of every finding, built as mdast. */
export function findingsMarkdown(title: string, findings: readonly Finding[], note?: string): string {
  const tree = md.root([
    md.heading(2, md.text(title)),
    md.paragraph(md.text(findings.length === 0 ? 'No problems found.' : `${countLine(findings)}.`), ...(note ? [md.text(` ${note}`)] : [])),
    ...(findings.length === 0
      ? []
      : [md.table(['Place', 'Problem', 'Rule'], findings.map((f) => [[md.code(`${f.file}:${f.line}:${f.column}`)], [md.text(f.message)], [md.code(f.rule)]]))]),
  ]);
  return toMarkdown(tree);
}

/** In GitHub Actions: annotations on the first findings, and the full list in the job summary. */
export async function reportToGitHub(title: string, findings: readonly Finding[]): Promise<void> {
  // Loaded only in Actions: it costs a noticeable part of a local run's start-up.
  const core = await import('@actions/core');
  for (const f of findings.slice(0, ANNOTATION_LIMIT)) {
    const properties = { title: `${title}: ${f.rule}`, file: f.file, startLine: f.line, startColumn: f.column };
    if (f.severity === 'error') core.error(f.message, properties);
    else core.warning(f.message, properties);
  }
  const rest = findings.length > ANNOTATION_LIMIT ? `The first ${ANNOTATION_LIMIT} are annotated on the files; all are listed here.` : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(findingsMarkdown(title, findings, rest)).write();
}
