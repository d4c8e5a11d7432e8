import type { PhrasingContent, RootContent } from 'mdast';
import { md, toMarkdown } from '../lib/markdown.js';
import { REASONS, type FreshnessItem, type FreshnessReport } from './freshness.js';
import type { FreshnessReason } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const COUNT_WORDS: Record<FreshnessReason, string> = {
  overdue: 'overdue',
  due: 'due',
  'never-confirmed': 'never confirmed with the organisation',
  'source-changed': 'with sources changed since review',
  'broken-links': 'with broken links',
};

/** "Freshness on …: 2 overdue, 5 due, …". */
export function countsLine(report: FreshnessReport): string {
  const counts = REASONS.map((r) => `${report.counts[r]} ${COUNT_WORDS[r]}`).join(', ');
  return `Freshness on ${report.today}: ${counts} (${plural(report.records, 'record')}, ${report.fresh} fresh)`;
}

/** Why one record is listed, most urgent first, in words. */
export function reasonWords(item: FreshnessItem): string[] {
  const words = item.reasons.map((reason): string => {
    switch (reason) {
      case 'overdue':
        return `overdue since ${item.overdueOn} (reviewed ${item.reviewed})`;
      case 'due':
        return `due since ${item.dueOn} (reviewed ${item.reviewed}; overdue on ${item.overdueOn})`;
      case 'never-confirmed':
        return `never confirmed with the organisation (${item.verification})`;
      case 'source-changed':
        return `${plural(item.changedSources.length, 'source')} changed since review`;
      case 'broken-links':
        return `${plural(item.brokenLinks.length, 'broken link')}`;
    }
  });
  if (!item.reasons.includes('overdue') && !item.reasons.includes('due')) words.push(`next review due ${item.dueOn}`);
  return words;
}

const groupTitle = (label: string, reviewers: string[]) => `${label}: ${reviewers.length ? reviewers.join(', ') : 'no reviewers assigned'}`;

/** The report as terminal text: a counts line, then each group with its records. */
export function freshnessText(report: FreshnessReport): string {
  const lines = [`${countsLine(report)}.`];
  for (const group of report.groups) {
    lines.push('', `${groupTitle(group.label, group.reviewers)} (${plural(group.items.length, 'record')})`);
    for (const item of group.items) {
      lines.push(`  ${item.file}: ${reasonWords(item).join('; ')}`);
      for (const url of item.changedSources) lines.push(`    changed source: ${url}`);
      for (const url of item.brokenLinks) lines.push(`    broken link: ${url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function whyCell(item: FreshnessItem): PhrasingContent[] {
  const cell: PhrasingContent[] = [md.text(reasonWords(item).join('; '))];
  for (const [label, urls] of [['changed source', item.changedSources], ['broken link', item.brokenLinks]] as const) {
    for (const url of urls) cell.push(md.text(`; ${label}: `), md.link(url));
  }
  return cell;
}

/** The report as Markdown (built as mdast): counts, then a table per group. */
export function freshnessMarkdown(report: FreshnessReport): string {
  const children: RootContent[] = [md.heading(2, md.text('Freshness report')), md.paragraph(md.text(`${countsLine(report)}.`))];
  for (const group of report.groups) {
    children.push(md.heading(3, md.text(groupTitle(group.label, group.reviewers))));
    children.push(md.table(['Record', 'Why', 'Reviewed', 'Due', 'Overdue'], group.items.map((item) => [[md.code(item.file)], whyCell(item), [md.text(item.reviewed)], [md.text(item.dueOn)], [md.text(item.overdueOn)]])));
  }
  return toMarkdown(md.root(children));
}
