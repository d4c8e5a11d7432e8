import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordChanges } from '../../scripts/audit/changes.js';
import { createFetcher, type Fetcher } from '../../scripts/audit/fetch-url.js';
import { auditLinks, type LinkAuditOptions } from '../../scripts/audit/links.js';
import { shardOf } from '../../scripts/audit/shard.js';
import { emptyState } from '../../scripts/audit/state.js';
import type { AuditRecord, ContactDetail, LinkState, UrlUse } from '../../scripts/audit/types.js';
import { answer, startHttpServer, testFetcherOptions, type TestServer } from './helpers/servers.js';

let server: TestServer;
let fetcher: Fetcher;
const FILE = 'data/organisations/example-fund.yml';
let flaky = 'fail';
let etag = '"1"';
let shaky = 0;

beforeAll(async () => {
  server = await startHttpServer();
  const r = server.routes;
  r.set('/contact', answer(200, '<title>Contact</title><p>Write to help [at] example-fund [dot] org or call +44 (0)20 7946 0000.</p><a href="/apply/">Apply online</a>'));
  r.set('/about', answer(200, '<title>About</title><p>We fund defenders at risk.</p>'));
  r.set('/apply', answer(200, '<title>Apply</title>'));
  r.set('/flaky', (_req, res) => (flaky === 'fail' ? res.writeHead(500).end() : res.writeHead(200).end('ok')));
  r.set('/source', (_req, res) => res.writeHead(200, { etag, 'content-type': 'text/html' }).end('<p>Grants</p>'));
  // Fails the first check and its immediate retry (HEAD and GET each), then works when re-checked at the end of the run.
  r.set('/shaky', (_req, res) => (shaky++ < 4 ? res.writeHead(503).end() : res.writeHead(200).end('ok')));
  fetcher = createFetcher(testFetcherOptions());
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const place = (pointer: string, line: number) => ({ recordId: 'example-fund', file: FILE, line, column: 3, pointer });
const use = (url: string, role: UrlUse['role'], line: number): UrlUse => ({ url, role, field: role === 'source' ? 'url' : role === 'website' ? 'website' : 'url', ...place(`/x/${line}`, line) });
const contact = (kind: ContactDetail['kind'], value: string, line: number, evidence: string[]): ContactDetail => ({ kind, value, contactKind: kind === 'url' ? 'web-form' : kind, evidence, ...place(`/contacts/${line}`, line) });

/** A record whose URLs point at the test server (records on disk may not use ports; the audit itself does not care). */
function record(urls: UrlUse[], contacts: ContactDetail[] = [], reviewDate = '2026-01-05'): AuditRecord {
  return { id: 'example-fund', kind: 'organisation', path: `/repo/${FILE}`, file: FILE, reviewDate, urls, contacts, sources: urls.filter((u) => u.role === 'source') };
}

function audit(records: AuditRecord[], options: Partial<LinkAuditOptions> = {}) {
  return auditLinks(records, { fetcher, today: '2026-01-10', state: emptyState(), confirm: { runs: 3, days: 7 }, wholeDataSet: true, ...options });
}

describe('link audit: contact details against served source pages', () => {
  const contactPage = () => server.url('fund.test', '/contact');
  const aboutPage = () => server.url('fund.test', '/about');
  const fundRecord = () =>
    record(
      [use(contactPage(), 'source', 20), use(aboutPage(), 'source', 23), use(server.url('fund.test', '/apply'), 'contact', 12)],
      [
        contact('email', 'help@example-fund.org', 10, [aboutPage(), contactPage()]),
        contact('phone', '+44 20 7946 0000', 11, [contactPage()]),
        contact('url', server.url('fund.test', '/apply'), 12, [contactPage()]),
        contact('email', 'grants@example-fund.org', 13, [contactPage(), aboutPage()]),
        contact('phone', '+44 20 7946 0999', 14, [contactPage()]),
      ],
    );

  it('corroborates what the page states (obfuscated e-mail, phone with a trunk prefix, linked form) and reports the rest', async () => {
    const { corroborations, findings } = await audit([fundRecord()]);
    expect(corroborations.map((c) => c.outcome.status)).toEqual(['corroborated', 'corroborated', 'corroborated', 'not-stated', 'not-stated']);
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.rule}`)).toEqual(['13 warning contact-uncorroborated', '14 warning contact-uncorroborated']);
    expect(findings[0]!.message).toBe(`e-mail address grants@example-fund.org is not stated on any cited source (read: ${contactPage()}, ${aboutPage()}); cite a page that states it, or correct it`);
  });

  it('in pull-request mode fails only added or edited details, and says what to cite', async () => {
    const changes: RecordChanges = { urls: new Set(), contacts: new Set(['email grants@example-fund.org']) };
    const { findings } = await audit([fundRecord()], { changes: new Map([[`/repo/${FILE}`, changes]]) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 13, severity: 'error', rule: 'contact-uncorroborated' });
    expect(findings[0]!.message).toContain(`cite the organisation's page that states it: add it to "sources" and give it as this contact's "source"`);
  });

  it('in pull-request mode checks only added or edited URLs', async () => {
    const before = server.seen.length;
    const changed = server.url('fund.test', '/missing-new');
    const changes: RecordChanges = { urls: new Set([changed]), contacts: new Set() };
    const { findings, results } = await audit([record([use(changed, 'website', 6), use(server.url('fund.test', '/missing-old'), 'source', 20)])], { changes: new Map([[`/repo/${FILE}`, changes]]) });
    expect([...results.keys()]).toEqual([changed]);
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.rule}`)).toEqual(['6 error link-broken']);
    expect(server.seen.slice(before).every((s) => s.path === '/missing-new')).toBe(true);
  });
});

describe('link audit: state across simulated runs', () => {
  it('warns while a link fails, and calls it broken after 3 failed runs over at least 7 days', async () => {
    flaky = 'fail';
    const records = [record([use(server.url('fund.test', '/flaky'), 'website', 6)])];
    let state: LinkState = emptyState();
    const rules: string[] = [];
    for (const today of ['2026-01-01', '2026-01-04', '2026-01-08']) {
      const run = await audit(records, { today, state });
      state = run.state;
      rules.push(run.findings.map((f) => `${f.severity} ${f.rule}`).join());
    }
    expect(rules).toEqual(['warning link-failing', 'warning link-failing', 'error link-broken']);
    flaky = 'ok';
    const recovered = await audit(records, { today: '2026-01-09', state });
    expect(recovered.findings).toEqual([]);
    expect(recovered.state.urls[server.url('fund.test', '/flaky')]).toMatchObject({ consecutiveFailures: 0, lastSuccess: '2026-01-09' });
  });

  it('re-checks a transient failure once at the end of the run before reporting it', async () => {
    shaky = 0;
    const { results, findings } = await audit([record([use(server.url('fund.test', '/shaky'), 'website', 6)])]);
    expect(results.get(server.url('fund.test', '/shaky'))!.class).toBe('ok');
    expect(findings).toEqual([]);
    expect(shaky).toBe(5);
  });

  it('reports a source whose content changed after the review date', async () => {
    const source = server.url('fund.test', '/source');
    const records = [record([use(source, 'source', 20)])];
    etag = '"1"';
    const first = await audit(records, { today: '2026-01-10' });
    expect(first.findings).toEqual([]);
    etag = '"2"';
    const second = await audit(records, { today: '2026-02-01', state: first.state });
    expect(second.findings.map((f) => f.rule)).toEqual(['source-changed']);
    expect(second.findings[0]!.message).toBe(`source ${source} changed since the record was reviewed on 2026-01-05 (new content first seen 2026-02-01); re-read it, update the record and its review date`);
    const reviewedSince = await audit([record([use(source, 'source', 20)], [], '2026-02-02')], { today: '2026-02-03', state: second.state });
    expect(reviewedSince.findings).toEqual([]);
  });
});

describe('link audit: findings', () => {
  it('reports a failing source once, at its sources entry, not again where a contact cites it', async () => {
    const missing = server.url('fund.test', '/missing-source');
    const { findings } = await audit([record([use(missing, 'source', 20), use(missing, 'other', 11)])], { changes: new Map([[`/repo/${FILE}`, { urls: new Set([missing]), contacts: new Set<string>() }]]) });
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['20 link-broken']);
    expect(findings[0]!.message).toBe(`${missing} does not work: HTTP 404 not found; correct the address or cite another page`);
  });
});

describe('link audit: offline and sharded runs', () => {
  it('offline, reports every URL as unchecked (warnings), does not re-check, and keeps the state as it was', async () => {
    const state: LinkState = { version: 1, urls: { 'http://nxdomain.test/a': { consecutiveFailures: 2, firstFailure: '2026-01-01', lastFailure: '2026-01-05' } } };
    const run = await audit([record([use('http://nxdomain.test/a', 'website', 6), use('http://nxdomain.test/b', 'source', 20)], [contact('email', 'help@example-fund.org', 10, ['http://nxdomain.test/b'])])], { state });
    expect(run.offline).toBe(true);
    expect(run.state).toBe(state);
    expect(run.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning link-unchecked', 'warning contact-unverified', 'warning link-unchecked']);
    expect(run.findings[0]!.message).toContain('the machine looks offline');
  });

  it('checks only the hosts of its shard', async () => {
    const hosts = ['one.test', 'two.test', 'three.test', 'four.test'];
    const shard = { index: shardOf('one.test', 2), count: 2 };
    const before = server.seen.length;
    await audit([record(hosts.map((h, i) => use(server.url(h, '/about'), 'website', i + 1)))], { shard });
    const checked = new Set(server.seen.slice(before).map((s) => s.host));
    expect([...checked].sort()).toEqual(hosts.filter((h) => shardOf(h, 2) === shard.index).sort());
  });
});
