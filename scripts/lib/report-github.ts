import * as core from '@actions/core';
import { md, toMarkdown } from './markdown.js';
import { countLine } from './report.js';
import type { Finding } from './types.js';

// Imported only when running in GitHub Actions: @actions/core and the Markdown tools cost a local run's start-up.

/** GitHub shows only about ten annotations per step; the rest go to the job summary. */
export const ANNOTATION_LIMIT = 10;

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
  for (const f of findings.slice(0, ANNOTATION_LIMIT)) {
    const properties = { title: `${title}: ${f.rule}`, file: f.file, startLine: f.line, startColumn: f.column };
    if (f.severity === 'error') core.error(f.message, properties);
    else core.warning(f.message, properties);
  }
  const rest = findings.length > ANNOTATION_LIMIT ? `The first ${ANNOTATION_LIMIT} are annotated on the files; all are listed here.` : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(findingsMarkdown(title, findings, rest)).write();
}
