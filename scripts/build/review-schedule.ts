import type { Entry } from '../../src/query.js';
import { readPolicy } from '../audit/policy.js';
import { regionLabel, projectPlaces } from '../audit/regions.js';
import { reviewSchedule } from '../audit/freshness.js';
import { md, toMarkdown } from '../lib/markdown.js';
import type { LoadedRecord, RecordData } from '../lib/types.js';
import type { Labeller } from './describe.js';
import { pagePath } from './record-page.js';

/**
 * When each record's review falls due and becomes overdue under config/freshness.yml, as JSON and as a
 * Markdown table. It depends on review dates and the policy only, never on today's date, so the committed
 * copy stays current until a record or the policy changes; `npm run freshness` tells what is due today.
 */
export function renderReviewSchedule(entries: readonly Entry[], files: ReadonlyMap<string, string>, label: Labeller): { json: string; markdown: string } {
  const records: LoadedRecord[] = entries.map(({ kind, ...data }) => ({ kind, path: files.get(data.id) ?? data.id, data: data as RecordData }));
  const schedule = reviewSchedule(records, readPolicy()).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  const places = projectPlaces();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const markdown = toMarkdown(md.root([
    md.heading(1, md.text('Review schedule')),
    md.paragraph(md.emphasis(md.text('Generated from data/ and config/freshness.yml by npm run build. Do not edit by hand. Run npm run freshness to see what is due today, by region and reviewer.'))),
    md.table(
      ['Record', 'Reviewed', 'Verification', 'Due on', 'Overdue on', 'Regions'],
      schedule.map((s) => [
        [md.link(pagePath(byId.get(s.id)!), md.text(s.id))],
        [md.text(s.reviewed)],
        [md.text(label('verification', s.verification))],
        [md.text(s.dueOn)],
        [md.text(s.overdueOn)],
        [md.text(s.regions.map((r) => regionLabel(r, places)).join(', '))],
      ]),
    ),
  ]));
  const json = `${JSON.stringify({ $comment: 'Generated from data/ and config/freshness.yml by `npm run build`. Do not edit by hand.', records: schedule }, null, 2)}\n`;
  return { json, markdown };
}
