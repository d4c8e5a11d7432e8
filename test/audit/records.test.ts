import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseCommit, baseVersion, changedFiles, changesAgainst } from '../../scripts/audit/changes.js';
import { collectRecords } from '../../scripts/audit/collect.js';
import { runLinkAudit } from '../../scripts/audit/run-links.js';
import { removeTempData, tempData, type TempData } from '../helpers/data.js';
import { edit, organisation, TODAY } from '../helpers/records.js';
import { testFetcherOptions } from './helpers/servers.js';

afterAll(removeTempData);

const CONTACTS = `contacts:
  - kind: email
    address: help@example.org
    source: https://example.org/grants
  - kind: hotline
    number: +44 20 7946 0000
  - kind: web-form
    url: https://example.org/apply
`;

const withContacts = () => organisation({ extra: CONTACTS });

function gitRepo(files: Record<string, string>): TempData {
  const data = tempData(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: data.root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  return data;
}

describe('collecting what the link audit checks from record files', () => {
  it('lists every URL with its role and place, and every contact detail with the pages that may state it', async () => {
    const data = tempData({ 'organisations/example-fund.yml': withContacts() });
    const { records, skipped } = await collectRecords([data.path('organisations/example-fund.yml')], { today: TODAY, cwd: data.root });
    expect(skipped).toEqual([]);
    const [record] = records;
    expect(record!.urls.map((u) => `${u.line}:${u.column} ${u.role} ${u.url}`)).toEqual([
      '6:10 website https://example.org/',
      '14:10 source https://example.org/grants',
      '24:13 other https://example.org/grants',
      '28:10 contact https://example.org/apply',
    ]);
    expect(record!.contacts.map((c) => `${c.line} ${c.kind} ${c.value} ${c.evidence.join(' ')}`)).toEqual([
      '23 email help@example.org https://example.org/grants',
      '26 phone +44 20 7946 0000 https://example.org/grants',
      '28 url https://example.org/apply https://example.org/grants',
    ]);
    expect(record!.file).toBe('data/organisations/example-fund.yml');
  });

  it('skips a record the validator rejects, with a warning that says to validate it', async () => {
    const data = tempData({ 'organisations/example-fund.yml': edit(organisation(), 'website: https://example.org/', 'website: not-a-url') });
    const { records, skipped } = await collectRecords([data.path('organisations/example-fund.yml')], { today: TODAY, cwd: data.root });
    expect(records).toEqual([]);
    expect(skipped).toEqual([{ file: 'data/organisations/example-fund.yml', line: 1, column: 1, severity: 'warning', rule: 'not-audited', message: 'record not audited: the validator rejects it (1 error); run "npm run validate" and fix them first' }]);
  });
});

describe('pull-request mode: what a change adds or edits, from git', () => {
  it('finds changed and new record files, and the values that are new compared with the merge base', async () => {
    const data = gitRepo({ 'organisations/example-fund.yml': withContacts(), 'organisations/other-fund.yml': organisation({ id: 'other-fund' }) });
    const path = data.write('organisations/example-fund.yml', edit(edit(withContacts(), 'help@example.org', 'help@examp1e.org'), 'url: https://example.org/apply', 'url: https://example.org/apply-now'));
    const added = data.write('organisations/new-fund.yml', organisation({ id: 'new-fund' }));
    const base = baseCommit('HEAD', data.root);
    expect(changedFiles(base, data.dataDir, data.root)).toEqual([path, added]);
    const { records } = await collectRecords([path], { today: TODAY, cwd: data.root });
    const changes = changesAgainst(records[0]!, baseVersion(base, path, data.root));
    expect([...changes.contacts]).toEqual(['email help@examp1e.org', 'url example.org/apply-now']);
    expect([...changes.urls]).toEqual(['https://example.org/apply-now']);
    expect(baseVersion(base, added, data.root)).toBeUndefined();
  });

  it('says how to fix an unknown base ref', () => {
    const data = gitRepo({ 'organisations/example-fund.yml': organisation() });
    expect(() => baseCommit('no-such-branch', data.root)).toThrow('cannot compare with "no-such-branch": git knows no such commit or branch; fetch it first');
  });
});

describe('running the link audit on record files, offline', () => {
  it('reports network failures as warnings, exits clean and leaves no state file behind', async () => {
    const data = tempData({ 'organisations/example-fund.yml': withContacts() });
    const statePath = join(data.root, 'state.json');
    const run = await runLinkAudit({ dataDir: data.dataDir, files: [], today: TODAY, statePath, confirm: { runs: 3, days: 7 }, fetcher: testFetcherOptions(), cwd: data.root });
    expect(run.result.offline).toBe(true);
    expect(run.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(new Set(run.findings.map((f) => f.rule))).toEqual(new Set(['link-unchecked', 'contact-unverified']));
    expect(existsSync(statePath)).toBe(false);
  });

  it('in pull-request mode audits only the changed record and fails its new contact detail that nothing corroborates', async () => {
    const data = gitRepo({ 'organisations/example-fund.yml': withContacts(), 'organisations/other-fund.yml': organisation({ id: 'other-fund' }) });
    data.write('organisations/example-fund.yml', edit(withContacts(), 'help@example.org', 'help@examp1e.org'));
    const run = await runLinkAudit({ dataDir: data.dataDir, files: [], changedFrom: 'HEAD', today: TODAY, statePath: false, confirm: { runs: 3, days: 7 }, fetcher: testFetcherOptions(), cwd: data.root });
    expect(run.records.map((r) => r.id)).toEqual(['example-fund']);
    expect(run.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`)).toEqual(['data/organisations/example-fund.yml:23 error contact-unverified']);
  });
});
