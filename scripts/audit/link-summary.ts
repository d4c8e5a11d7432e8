import type { LinkAuditResult } from './links.js';

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
