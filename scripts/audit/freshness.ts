import { relative, sep } from 'node:path';
import { repoRoot } from '../lib/paths.js';
import type { LoadedRecord } from '../lib/types.js';
import { urlsIn } from '../lib/walk.js';
import { GLOBAL, projectPlaces, regionLabel, regionsOf, topLevelRegions, type Places } from './regions.js';
import { reviewersFor, type ReviewerRule } from './reviewers.js';
import { changedSince, isConfirmedBroken } from './state.js';
import type { ConfirmPolicy, FreshnessPolicy, FreshnessReason, LinkState, ReviewScheduleEntry } from './types.js';

/** Reasons in order of urgency. */
export const REASONS: readonly FreshnessReason[] = ['overdue', 'due', 'never-confirmed', 'source-changed', 'broken-links'];

/** A YYYY-MM-DD date moved by a number of days (UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * For every record, when its review falls due and when it is overdue. Needs no "today" and does no I/O beyond
 * the vocabularies (read once from schemas/ when `places` is not given), so its output is deterministic.
 */
export function reviewSchedule(records: readonly LoadedRecord[], policy: FreshnessPolicy, places: Places = projectPlaces(), root = repoRoot): ReviewScheduleEntry[] {
  return records
    .map((record): ReviewScheduleEntry => {
      const { review, id, coverage } = record.data;
      const ages = policy.kinds[record.kind];
      return {
        id,
        file: relative(root, record.path).split(sep).join('/'),
        kind: record.kind,
        reviewed: review.date,
        verification: review.verification,
        confirmed: policy.confirmedVerification.includes(review.verification),
        dueOn: addDays(review.date, ages.dueAfterDays),
        overdueOn: addDays(review.date, ages.overdueAfterDays),
        regions: regionsOf(coverage, places),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One record in the report, with why it is there. */
export interface FreshnessItem extends ReviewScheduleEntry {
  reasons: FreshnessReason[];
  /** Cited sources whose content changed after the review date. */
  changedSources: string[];
  /** URLs the link audit confirmed broken. */
  brokenLinks: string[];
}

/** The records of one region that one set of reviewers is responsible for. */
export interface FreshnessGroup {
  region: string;
  label: string;
  reviewers: string[];
  items: FreshnessItem[];
}

/** The freshness report: counts of records per reason, then groups. */
export interface FreshnessReport {
  today: string;
  records: number;
  /** Records with no reason to look at them. */
  fresh: number;
  counts: Record<FreshnessReason, number>;
  groups: FreshnessGroup[];
}

/** What the report is computed from besides the records. */
export interface FreshnessInputs {
  today: string;
  policy: FreshnessPolicy;
  /** The link audit's state, for changed sources and broken links. */
  state?: LinkState;
  confirm: ConfirmPolicy;
  rules: readonly ReviewerRule[];
  places?: Places;
  /** Only groups this team or person reviews. */
  reviewer?: string;
}

function itemFor(entry: ReviewScheduleEntry, record: LoadedRecord, inputs: FreshnessInputs): FreshnessItem {
  const urls = inputs.state?.urls ?? {};
  const changedSources = record.data.sources.map((s) => s.url).filter((url) => changedSince(urls[url], entry.reviewed));
  const brokenLinks = [...new Set(urlsIn(record.data).map((u) => u.value))].filter((url) => isConfirmedBroken(urls[url], inputs.confirm));
  const flags: Record<FreshnessReason, boolean> = {
    overdue: inputs.today >= entry.overdueOn,
    due: inputs.today >= entry.dueOn && inputs.today < entry.overdueOn,
    'never-confirmed': !entry.confirmed,
    'source-changed': changedSources.length > 0,
    'broken-links': brokenLinks.length > 0,
  };
  return { ...entry, reasons: REASONS.filter((r) => flags[r]), changedSources, brokenLinks };
}

const urgency = (item: FreshnessItem) => REASONS.indexOf(item.reasons[0]!);
const byUrgency = (a: FreshnessItem, b: FreshnessItem) => urgency(a) - urgency(b) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) || (a.id < b.id ? -1 : 1);

/** Which records need a reviewer, why, most urgent first, grouped by region and reviewers. */
export function freshnessReport(records: readonly LoadedRecord[], inputs: FreshnessInputs): FreshnessReport {
  const places = inputs.places ?? projectPlaces();
  const schedule = reviewSchedule(records, inputs.policy, places);
  const byFile = new Map(records.map((r) => [relative(repoRoot, r.path).split(sep).join('/'), r]));
  const items = schedule.map((entry) => itemFor(entry, byFile.get(entry.file)!, inputs)).filter((item) => item.reasons.length > 0);
  const counts = Object.fromEntries(REASONS.map((r) => [r, items.filter((i) => i.reasons.includes(r)).length])) as Record<FreshnessReason, number>;

  const groups = new Map<string, FreshnessGroup>();
  for (const item of items) {
    for (const region of item.regions) {
      const reviewers = reviewersFor({ file: item.file, kind: item.kind, region }, inputs.rules);
      const key = `${region} ${reviewers.join(' ')}`;
      if (!groups.has(key)) groups.set(key, { region, label: regionLabel(region, places), reviewers, items: [] });
      groups.get(key)!.items.push(item);
    }
  }
  const order = [...topLevelRegions(places), GLOBAL];
  const sorted = [...groups.values()]
    .filter((g) => !inputs.reviewer || g.reviewers.includes(inputs.reviewer))
    .sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region) || a.reviewers.join().localeCompare(b.reviewers.join()));
  for (const group of sorted) group.items.sort(byUrgency);
  return { today: inputs.today, records: schedule.length, fresh: schedule.length - items.length, counts, groups: sorted };
}
