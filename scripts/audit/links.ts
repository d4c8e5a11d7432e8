import { setTimeout as sleep } from 'node:timers/promises';
import type { Finding } from '../lib/types.js';
import type { RecordChanges } from './changes.js';
import { detailKey } from './changes.js';
import { classify } from './classify.js';
import { corroborate, evidenceFrom, type Corroboration, type Evidence, type Unreadable } from './corroborate.js';
import type { Fetcher } from './fetch-url.js';
import { contactFinding, linkFinding, sourceChangedFinding } from './link-findings.js';
import { readPage } from './page-text.js';
import { inShard, shardOf, type Shard } from './shard.js';
import { changedSince, recordRun } from './state.js';
import type { AuditRecord, ConfirmPolicy, ContactDetail, FetchOutcome, LinkClass, LinkResult, LinkState } from './types.js';

/** What one link audit run needs besides the records. */
export interface LinkAuditOptions {
  fetcher: Fetcher;
  today: string;
  state: LinkState;
  confirm: ConfirmPolicy;
  shard?: Shard;
  /** Pull-request mode: per record path, what the change adds or edits; only those values can fail. */
  changes?: ReadonlyMap<string, RecordChanges>;
  /** The records are the whole data set, so URLs no longer used can leave the state. */
  wholeDataSet: boolean;
  /** Wait at least this long after the main pass before re-checking transient failures. */
  recheckAfterMs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** One contact detail and what the cited pages say about it. */
export interface CorroborationResult {
  detail: ContactDetail;
  outcome: Corroboration;
  /** Added or edited by the change (pull-request mode). */
  changed: boolean;
}

/** Everything a link audit found. */
export interface LinkAuditResult {
  /** Per URL checked as a link in this run. */
  results: Map<string, LinkResult>;
  corroborations: CorroborationResult[];
  findings: Finding[];
  /** The state to keep for the next run (unchanged in pull-request mode or when offline). */
  state: LinkState;
  /** No URL could be reached: the machine looks offline, and the run counts for nothing. */
  offline: boolean;
}

/** Classes that, when every URL has one, mean the network (not the sites) is down. */
const NETWORK_DOWN = new Set<LinkClass>(['dns-failure', 'connection-refused', 'connection-reset', 'network-error', 'timeout']);

/** Whether every result is a network failure: then the machine, not the sites, is offline. */
function looksOffline(results: Iterable<LinkResult>): boolean {
  const all = [...results];
  return all.length > 0 && all.every((r) => NETWORK_DOWN.has(r.class));
}

/** Why a fetched page cannot serve as evidence, or its evidence. */
function evidenceOf(outcome: FetchOutcome, result: LinkResult): Evidence | Unreadable {
  if (result.class !== 'ok' && result.class !== 'moved-permanently') return { problem: result.detail };
  if (outcome.body === undefined) return { problem: `not a web page (${outcome.headers?.contentType ?? 'unknown type'}), which cannot be read automatically` };
  return evidenceFrom(readPage(outcome.body, outcome.hops.at(-1)?.url ?? outcome.url));
}

/** What the run checks: URLs as links (in this shard), and pages fetched as evidence for contact details. */
function plan(records: AuditRecord[], options: LinkAuditOptions) {
  const links = new Set<string>();
  const bodies = new Set<string>();
  const contacts: { detail: ContactDetail; changed: boolean }[] = [];
  const nothing: RecordChanges = { urls: new Set(), contacts: new Set() };
  for (const record of records) {
    const changes = options.changes ? (options.changes.get(record.path) ?? nothing) : undefined;
    for (const use of record.urls) {
      if (changes && !changes.urls.has(use.url)) continue;
      if (!inShard(use.url, options.shard)) continue;
      links.add(use.url);
      if (use.role === 'source') bodies.add(use.url);
    }
    // A record's contacts are corroborated by one shard, chosen by record id.
    if (options.shard && shardOf(record.id, options.shard.count) !== options.shard.index) continue;
    for (const detail of record.contacts) {
      const changed = changes?.contacts.has(detailKey(detail)) ?? false;
      if (changes && !changed) continue;
      contacts.push({ detail, changed });
      for (const url of detail.evidence) bodies.add(url);
    }
  }
  return { links, bodies, contacts };
}

/** Checks every URL and contact detail of the records; returns results, findings and the next state. */
export async function auditLinks(records: AuditRecord[], options: LinkAuditOptions): Promise<LinkAuditResult> {
  const { links, bodies, contacts } = plan(records, options);
  const all = [...new Set([...links, ...bodies])];
  const results = new Map<string, LinkResult>();
  const evidence = new Map<string, Evidence | Unreadable>();
  let done = 0;
  let total = all.length;
  const check = async (url: string) => {
    const outcome = await options.fetcher.fetch(url, bodies.has(url));
    const result = classify(outcome, bodies.has(url));
    results.set(url, result);
    if (bodies.has(url)) evidence.set(url, evidenceOf(outcome, result));
    options.onProgress?.(++done, total);
  };
  await Promise.all(all.map(check));
  // Re-check transient failures once, unless nothing answered at all (then the network is down, not the sites).
  const transient = looksOffline(results.values()) ? [] : all.filter((url) => results.get(url)?.transient);
  if (transient.length > 0) {
    total += transient.length;
    await sleep(options.recheckAfterMs ?? 0);
    options.fetcher.newRound();
    await Promise.all(transient.map(check));
  }

  const linkResults = new Map([...results].filter(([url]) => links.has(url)));
  const offline = looksOffline(linkResults.values());
  const prMode = options.changes !== undefined;
  const state = prMode || offline ? options.state : recordRun(options.state, linkResults.values(), options.today, options.wholeDataSet ? links : undefined);
  const context = { confirm: options.confirm, prMode, offline };

  const findings: Finding[] = [];
  for (const record of records) {
    const cited = new Set(record.sources.map((s) => s.url));
    for (const use of record.urls) {
      // A contact's, amount's or status's "source" repeats an entry of sources, where the finding already is.
      if (use.role === 'other' && cited.has(use.url)) continue;
      const result = linkResults.get(use.url);
      const finding = result && linkFinding(use, result, state.urls[use.url], context);
      if (finding) findings.push(finding);
    }
    if (prMode) continue;
    for (const use of record.sources) {
      if (links.has(use.url) && changedSince(state.urls[use.url], record.reviewDate)) findings.push(sourceChangedFinding(use, state.urls[use.url], record.reviewDate));
    }
  }
  const corroborations = contacts.map(({ detail, changed }): CorroborationResult => ({ detail, changed, outcome: corroborate(detail, evidence) }));
  for (const { detail, outcome, changed } of corroborations) {
    const finding = contactFinding(detail, outcome, changed);
    if (finding) findings.push(finding);
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { results: linkResults, corroborations, findings, state, offline };
}
