import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, freshnessReport, reviewSchedule } from '../../scripts/audit/freshness.js';
import { freshnessMarkdown, freshnessText } from '../../scripts/audit/freshness-format.js';
import { policyFrom, readPolicy } from '../../scripts/audit/policy.js';
import { projectPlaces, regionsOf, topLevelRegions } from '../../scripts/audit/regions.js';
import { globToRegExp, parseReviewers, readReviewers, reviewersFor } from '../../scripts/audit/reviewers.js';
import type { LinkState } from '../../scripts/audit/types.js';
import { repoRoot } from '../../scripts/lib/paths.js';
import type { LoadedRecord, RecordData } from '../../scripts/lib/types.js';
import { edit, mechanism, organisation } from '../helpers/records.js';

const places = projectPlaces();
const policy = policyFrom({ kinds: { organisation: { due_after_days: 180, overdue_after_days: 365 }, mechanism: { due_after_days: 365, overdue_after_days: 730 } }, confirmed_verification: ['confirmed-with-organisation'] });

/** A loaded record from fixture YAML, placed under data/ in the repository so paths read data/…. */
function loaded(yaml: string, kind: 'organisation' | 'mechanism' = 'organisation'): LoadedRecord {
  const data = parse(yaml) as RecordData;
  return { path: join(repoRoot, 'data', `${kind}s`, `${data.id}.yml`), kind, data };
}

const reviewedOn = (yaml: string, date: string) => edit(yaml, 'date: 2026-01-10', `date: ${date}`);
const covering = (yaml: string, coverage: string) => edit(yaml, 'coverage:\n  global: true', `coverage:\n${coverage}`);
const confirmed = (yaml: string) => edit(edit(yaml, 'verification: desk-research', 'verification: confirmed-with-organisation'), 'method: published-sources', 'method: contact-with-organisation');

const REVIEWERS = `# test mapping
*                      @org/maintainers
region:africa          @org/africa
region:global          @org/global
data/mechanisms/*.yml  @org/mechanisms   # later lines win
`;
const rules = parseReviewers(REVIEWERS, topLevelRegions(places)).rules;

describe('review schedule (deterministic, no today)', () => {
  it('adds the policy ages to the review date per kind and lists top-level regions', () => {
    const records = [loaded(covering(organisation({ id: 'a-fund' }), '  regions: [east-horn-africa]\n  countries: [BR]')), loaded(mechanism(), 'mechanism')];
    expect(reviewSchedule(records, policy, places)).toEqual([
      { id: 'example-mechanism', file: 'data/mechanisms/example-mechanism.yml', kind: 'mechanism', reviewed: '2026-01-10', verification: 'desk-research', confirmed: false, dueOn: '2027-01-10', overdueOn: '2028-01-10', regions: ['global'] },
      { id: 'a-fund', file: 'data/organisations/a-fund.yml', kind: 'organisation', reviewed: '2026-01-10', verification: 'desk-research', confirmed: false, dueOn: '2026-07-09', overdueOn: '2027-01-10', regions: ['africa', 'americas'] },
    ]);
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('maps sub-regions and countries to their top-level region', () => {
    expect(regionsOf({ regions: ['mesoamerica'] }, places)).toEqual(['americas']);
    expect(regionsOf({ countries: ['KE', 'FR'] }, places)).toEqual(['africa', 'europe-central-asia']);
  });
});

describe('freshness report', () => {
  const source = 'https://example.org/grants';
  const state: LinkState = {
    version: 1,
    urls: {
      [source]: { consecutiveFailures: 0, fingerprint: 'etag:"2"', fingerprintSince: '2026-05-01', fingerprintChanged: true },
      'https://example.net/': { consecutiveFailures: 3, firstFailure: '2026-05-01', lastFailure: '2026-05-20' },
    },
  };
  const records = [
    loaded(reviewedOn(confirmed(organisation({ id: 'overdue-fund' })), '2025-01-01')),
    loaded(reviewedOn(confirmed(organisation({ id: 'due-fund' })), '2025-11-01')),
    loaded(organisation({ id: 'desk-fund' })),
    loaded(confirmed(organisation({ id: 'fresh-fund' })), 'organisation'),
    loaded(covering(confirmed(organisation({ id: 'africa-fund' })), '  regions: [west-africa]')),
    loaded(confirmed(mechanism()), 'mechanism'),
  ];

  it('orders records by urgency: overdue, due, never confirmed, source changed, broken links', () => {
    const report = freshnessReport(records, { today: '2026-06-01', policy, state, confirm: { runs: 3, days: 7 }, rules, places });
    const global = report.groups.find((g) => g.region === 'global' && g.reviewers[0] === '@org/global')!;
    expect(global.items.map((i) => `${i.id}: ${i.reasons.join(', ')}`)).toEqual([
      'overdue-fund: overdue, source-changed',
      'due-fund: due, source-changed',
      'desk-fund: never-confirmed, source-changed',
      'fresh-fund: source-changed',
    ]);
    expect(report.counts).toEqual({ overdue: 1, due: 1, 'never-confirmed': 1, 'source-changed': 5, 'broken-links': 1 });
    expect(report.fresh).toBe(0);
  });

  it('groups by region and reviewers, the last matching reviewers line winning', () => {
    const report = freshnessReport(records, { today: '2026-06-01', policy, state, confirm: { runs: 3, days: 7 }, rules, places });
    expect(report.groups.map((g) => `${g.label}: ${g.reviewers.join(' ')}: ${g.items.map((i) => i.id).join(' ')}`)).toEqual([
      'Africa: @org/africa: africa-fund',
      'Global: @org/global: overdue-fund due-fund desk-fund fresh-fund',
      'Global: @org/mechanisms: example-mechanism',
    ]);
    const mechanismItem = report.groups[2]!.items[0]!;
    expect(mechanismItem).toMatchObject({ reasons: ['broken-links'], brokenLinks: ['https://example.net/'] });
  });

  it('shows a facilitator only their own groups', () => {
    const report = freshnessReport(records, { today: '2026-06-01', policy, state, confirm: { runs: 3, days: 7 }, rules, places, reviewer: '@org/africa' });
    expect(report.groups.map((g) => g.label)).toEqual(['Africa']);
  });

  it('writes text and Markdown that say why each record is listed', () => {
    const report = freshnessReport(records.slice(0, 1), { today: '2026-06-01', policy, state, confirm: { runs: 3, days: 7 }, rules, places });
    expect(freshnessText(report)).toBe(
      [
        'Freshness on 2026-06-01: 1 overdue, 0 due, 0 never confirmed with the organisation, 1 with sources changed since review, 0 with broken links (1 record, 0 fresh).',
        '',
        'Global: @org/global (1 record)',
        '  data/organisations/overdue-fund.yml: overdue since 2026-01-01 (reviewed 2025-01-01); 1 source changed since review',
        `    changed source: ${source}`,
        '',
      ].join('\n'),
    );
    const markdown = freshnessMarkdown(report);
    expect(markdown).toContain('### Global: @org/global');
    expect(markdown).toContain(`| \`data/organisations/overdue-fund.yml\` | overdue since 2026-01-01 (reviewed 2025-01-01); 1 source changed since review; changed source: <${source}> | 2025-01-01 | 2025-06-30 | 2026-01-01 |`);
  });
});

describe('policy and reviewers files', () => {
  it('reads the project policy and reviewers files without problems', () => {
    expect(readPolicy().kinds.organisation).toEqual({ dueAfterDays: 180, overdueAfterDays: 365 });
    expect(readReviewers(topLevelRegions(places)).problems).toEqual([]);
  });

  it('explains a policy that cannot work', () => {
    expect(() => policyFrom({ kinds: { organisation: { due_after_days: 10, overdue_after_days: 5 } } })).toThrow('config/freshness.yml: kinds.organisation.overdue_after_days must be more than due_after_days');
    expect(() => policyFrom({ kinds: { organisation: { due_after_days: 'soon', overdue_after_days: 5 } } })).toThrow('kinds.organisation.due_after_days must be a whole number of days above 0 (got "soon")');
    expect(() => policyFrom({ kinds: policy.kinds && { organisation: { due_after_days: 1, overdue_after_days: 2 }, mechanism: { due_after_days: 1, overdue_after_days: 2 } }, confirmed_verification: ['sure'] })).toThrow('confirmed_verification must list verification levels');
  });

  it('names the reviewers line that is wrong', () => {
    expect(parseReviewers('region:atlantis @org/x\nregion:africa\n', topLevelRegions(places)).problems).toEqual([
      'config/reviewers line 1: unknown region "atlantis", expected one of: africa, americas, asia-pacific, europe-central-asia, middle-east-north-africa, global',
      'config/reviewers line 2: "region:africa" needs a pattern followed by @owners (GitHub teams or handles); fix the line',
    ]);
  });

  it('matches path patterns like CODEOWNERS', () => {
    expect(globToRegExp('data/**/front-*.yml').test('data/organisations/front-line.yml')).toBe(true);
    expect(globToRegExp('data/*.yml').test('data/organisations/x.yml')).toBe(false);
    expect(reviewersFor({ file: 'data/organisations/x.yml', kind: 'organisation', region: 'africa' }, parseReviewers('x.yml @org/x\nkind:mechanism @org/m\n', []).rules)).toEqual(['@org/x']);
  });
});
