import type { DatasetRule, RecordSummary } from '../lib/types.js';

const related = (a: RecordSummary, b: RecordSummary) => a.relations.some((r) => r.id === b.id) || b.relations.some((r) => r.id === a.id);

export default {
  id: 'duplicate-domain',
  description: 'Two organisations with websites on the same registrable domain are related, so the same organisation is not listed twice by mistake.',
  scope: 'dataset',
  check({ records }, report) {
    const byDomain = new Map<string, RecordSummary[]>();
    for (const record of records) {
      if (record.kind === 'organisation' && record.domain) byDomain.set(record.domain, [...(byDomain.get(record.domain) ?? []), record]);
    }
    for (const [domain, group] of byDomain) {
      group.forEach((record, i) => {
        const other = group.slice(0, i).find((earlier) => !related(earlier, record));
        if (!other) return;
        report({
          record,
          pointer: '/website',
          message: `shares the domain ${domain} with "${other.id}" but has no relation to it; if both describe one organisation merge them, otherwise add a relation (such as part-of or works-with) or an exception in data/exceptions.yml`,
          related: { record: other, pointer: '/website' },
        });
      });
    }
  },
} satisfies DatasetRule;
