import type { LinkAuditResult } from './links.js';
import type { AuditRecord, UrlUse } from './types.js';

/** Counts of one run, for the closing line and the JSON report. */
export interface RunSummary {
  urls: number;
  classes: Record<string, number>;
  contacts: number;
  corroboration: Record<string, number>;
  offline: boolean;
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

/** How many URLs fell in each class, and how many contact details were corroborated. */
export function summariseRun(result: LinkAuditResult): RunSummary {
  return {
    urls: result.results.size,
    classes: countBy(result.results.values(), (r) => r.class),
    contacts: result.corroborations.length,
    corroboration: countBy(result.corroborations, (c) => c.outcome.status),
    offline: result.offline,
  };
}

const list = (counts: Record<string, number>) => Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');

/** "255 URLs: 250 ok, 5 not-found; 20 contact details: 18 corroborated, 2 not-stated", plus a note when offline. */
export function summaryText(summary: RunSummary): string {
  const urls = `${summary.urls} URL${summary.urls === 1 ? '' : 's'}${summary.urls ? `: ${list(summary.classes)}` : ''}`;
  const contacts = `${summary.contacts} contact detail${summary.contacts === 1 ? '' : 's'}${summary.contacts ? `: ${list(summary.corroboration)}` : ''}`;
  const offline = summary.offline ? '. No URL could be reached: the machine looks offline, so this run was not counted and the state file was left as it was' : '';
  return `${urls}; ${contacts}${offline}`;
}

/** Per URL (with where the records use it) and per contact detail, what the run concluded, for --format json. */
export function jsonDetails(result: LinkAuditResult, records: readonly AuditRecord[]) {
  const uses = new Map<string, UrlUse[]>();
  for (const use of records.flatMap((r) => r.urls)) uses.set(use.url, [...(uses.get(use.url) ?? []), use]);
  return {
    results: [...result.results.values()].map(({ url, class: linkClass, detail, transient, finalUrl }) => ({
      url,
      class: linkClass,
      detail,
      transient,
      ...(finalUrl ? { finalUrl } : {}),
      uses: (uses.get(url) ?? []).map(({ recordId, file, line, column, field }) => ({ record: recordId, file, line, column, field })),
    })),
    contacts: result.corroborations.map(({ detail, outcome, changed }) => ({ file: detail.file, line: detail.line, kind: detail.kind, value: detail.value, ...outcome, ...(changed ? { changed } : {}) })),
  };
}
