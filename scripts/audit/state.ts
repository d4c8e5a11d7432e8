import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../lib/paths.js';
import type { ConfirmPolicy, LinkClass, LinkResult, LinkState, UrlState } from './types.js';

/** Default state file, beside other tools' caches (the scheduled workflow keeps it with actions/cache). */
export const DEFAULT_STATE = join(repoRoot, 'node_modules', '.cache', 'whrd-protection', 'links-state.json');

/** The default state file of one shard, so that parallel runners never share a file. */
export function defaultStateFor(shard: { index: number; count: number } | undefined): string {
  return shard ? DEFAULT_STATE.replace(/\.json$/, `-${shard.index}-of-${shard.count}.json`) : DEFAULT_STATE;
}

/** Classes that mean the link works. */
const WORKING = new Set<LinkClass>(['ok', 'moved-permanently']);
/** Classes that need a person rather than a count of failures: they neither reset nor extend a run of failures. */
const NEEDS_A_PERSON = new Set<LinkClass>(['cross-domain-redirect', 'https-downgrade', 'bot-protection', 'soft-404']);

/** Whether a class counts as a failed check for the "broken after N runs over D days" rule. */
export function countsAsFailure(linkClass: LinkClass): boolean {
  return !WORKING.has(linkClass) && !NEEDS_A_PERSON.has(linkClass);
}

/** A state with nothing remembered. */
export function emptyState(): LinkState {
  return { version: 1, urls: {} };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function cleanEntry(value: unknown): UrlState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.consecutiveFailures !== 'number' || !Number.isInteger(v.consecutiveFailures) || v.consecutiveFailures < 0) return undefined;
  const entry: UrlState = { consecutiveFailures: v.consecutiveFailures };
  for (const key of ['firstFailure', 'lastFailure', 'lastSuccess', 'fingerprintSince'] as const) if (isDate(v[key])) entry[key] = v[key];
  if (typeof v.lastClass === 'string') entry.lastClass = v.lastClass as LinkClass;
  if (typeof v.fingerprint === 'string') entry.fingerprint = v.fingerprint;
  if (v.fingerprintChanged === true) entry.fingerprintChanged = true;
  return entry;
}

/** Reads a state file; a missing file is an empty state, an unreadable one is reported and replaced. */
export function readState(file: string): { state: LinkState; problem?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { state: emptyState() };
  }
  try {
    const parsed = JSON.parse(text) as { version?: unknown; urls?: unknown };
    if (parsed.version !== 1 || typeof parsed.urls !== 'object' || parsed.urls === null) throw new Error('unknown layout');
    const urls: Record<string, UrlState> = {};
    for (const [url, value] of Object.entries(parsed.urls)) {
      const entry = cleanEntry(value);
      if (entry) urls[url] = entry;
    }
    return { state: { version: 1, urls } };
  } catch {
    return { state: emptyState(), problem: `state file ${file} is not a link-audit state; starting from an empty state (it will be replaced)` };
  }
}

/** Merges several state files (one per shard) into one view; later files win for a URL. */
export function mergeStates(states: LinkState[]): LinkState {
  return { version: 1, urls: Object.assign({}, ...states.map((s) => s.urls)) as Record<string, UrlState> };
}

/** Writes the state through a temporary file and a rename, so an interrupted run never leaves half a file. */
export function writeState(file: string, state: LinkState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const sorted = Object.fromEntries(Object.entries(state.urls).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(temporary, `${JSON.stringify({ version: 1, urls: sorted }, null, 1)}\n`);
  renameSync(temporary, file);
}

/** One URL's state after this run's result. */
export function nextUrlState(previous: UrlState | undefined, result: LinkResult, today: string): UrlState {
  const entry: UrlState = { ...(previous ?? { consecutiveFailures: 0 }), lastClass: result.class };
  if (countsAsFailure(result.class)) {
    entry.consecutiveFailures += 1;
    entry.firstFailure = entry.consecutiveFailures === 1 ? today : (entry.firstFailure ?? today);
    entry.lastFailure = today;
    return entry;
  }
  if (!WORKING.has(result.class)) return entry;
  entry.consecutiveFailures = 0;
  delete entry.firstFailure;
  entry.lastSuccess = today;
  if (result.fingerprint && result.fingerprint !== entry.fingerprint) {
    if (entry.fingerprint) entry.fingerprintChanged = true;
    entry.fingerprint = result.fingerprint;
    entry.fingerprintSince = today;
  }
  return entry;
}

/** The state after a run: every checked URL updated; with `keepOnly`, URLs no longer audited are dropped. */
export function recordRun(state: LinkState, results: Iterable<LinkResult>, today: string, keepOnly?: ReadonlySet<string>): LinkState {
  const urls: Record<string, UrlState> = {};
  for (const [url, entry] of Object.entries(state.urls)) if (!keepOnly || keepOnly.has(url)) urls[url] = entry;
  for (const result of results) urls[result.url] = nextUrlState(state.urls[result.url], result, today);
  return { version: 1, urls };
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A URL is broken once it failed in at least N consecutive runs spanning at least D days. */
export function isConfirmedBroken(entry: UrlState | undefined, policy: ConfirmPolicy): boolean {
  if (!entry?.firstFailure || !entry.lastFailure) return false;
  return entry.consecutiveFailures >= policy.runs && daysBetween(entry.firstFailure, entry.lastFailure) >= policy.days;
}

/** Whether a source page's fingerprint changed after the given review date. */
export function changedSince(entry: UrlState | undefined, reviewDate: string): boolean {
  return Boolean(entry?.fingerprintChanged && entry.fingerprintSince && entry.fingerprintSince > reviewDate);
}
