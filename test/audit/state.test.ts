import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedSince, emptyState, isConfirmedBroken, mergeStates, nextUrlState, readState, recordRun, writeState } from '../../scripts/audit/state.js';
import type { LinkClass, LinkResult, LinkState, UrlState } from '../../scripts/audit/types.js';

const URL_A = 'https://fund.org/a';
const result = (linkClass: LinkClass, fingerprint?: string): LinkResult => ({ url: URL_A, class: linkClass, detail: linkClass, transient: false, hops: [], ...(fingerprint ? { fingerprint } : {}) });
const confirm = { runs: 3, days: 7 };

/** Runs one URL through a series of (date, result) runs and returns its state after each. */
function runs(...steps: [string, LinkResult][]): UrlState[] {
  let state: LinkState = emptyState();
  return steps.map(([day, r]) => {
    state = recordRun(state, [r], day);
    return state.urls[URL_A]!;
  });
}

const dir = mkdtempSync(join(tmpdir(), 'whrd-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('link state across runs', () => {
  it('a flaky link that recovers is never broken, and its failure count starts again', () => {
    const states = runs(['2026-01-01', result('timeout')], ['2026-01-05', result('server-error')], ['2026-01-09', result('ok')], ['2026-01-20', result('timeout')]);
    expect(states.map((s) => s.consecutiveFailures)).toEqual([1, 2, 0, 1]);
    expect(states[2]).toMatchObject({ lastSuccess: '2026-01-09', lastFailure: '2026-01-05' });
    expect(states[2]!.firstFailure).toBeUndefined();
    expect(states[3]!.firstFailure).toBe('2026-01-20');
    expect(states.some((s) => isConfirmedBroken(s, confirm))).toBe(false);
  });

  it('is broken only after N consecutive failures spanning at least D days', () => {
    const sameWeek = runs(['2026-01-01', result('not-found')], ['2026-01-02', result('not-found')], ['2026-01-03', result('not-found')], ['2026-01-04', result('not-found')]);
    expect(sameWeek.map((s) => isConfirmedBroken(s, confirm))).toEqual([false, false, false, false]);
    const overAWeek = runs(['2026-01-01', result('not-found')], ['2026-01-04', result('dns-failure')], ['2026-01-08', result('not-found')]);
    expect(overAWeek.map((s) => isConfirmedBroken(s, confirm))).toEqual([false, false, true]);
    expect(overAWeek[2]).toMatchObject({ firstFailure: '2026-01-01', lastFailure: '2026-01-08', consecutiveFailures: 3, lastClass: 'not-found' });
  });

  it('leaves the failure count alone for results that need a person (cross-domain, bot protection, soft 404)', () => {
    const states = runs(['2026-01-01', result('not-found')], ['2026-01-02', result('bot-protection')], ['2026-01-03', result('cross-domain-redirect')]);
    expect(states.map((s) => s.consecutiveFailures)).toEqual([1, 1, 1]);
    expect(states[2]!.lastClass).toBe('cross-domain-redirect');
  });

  it('notices a fingerprint change and reports it only against reviews older than the change', () => {
    const states = runs(['2026-01-10', result('ok', 'etag:"1"')], ['2026-01-11', result('ok', 'etag:"1"')], ['2026-02-01', result('ok', 'etag:"2"')]);
    expect(states[0]).toMatchObject({ fingerprint: 'etag:"1"', fingerprintSince: '2026-01-10' });
    expect(changedSince(states[0], '2026-01-05')).toBe(false);
    expect(states[2]).toMatchObject({ fingerprint: 'etag:"2"', fingerprintSince: '2026-02-01', fingerprintChanged: true });
    expect(changedSince(states[2], '2026-01-05')).toBe(true);
    expect(changedSince(states[2], '2026-02-01')).toBe(false);
  });

  it('drops URLs no longer audited only when told which URLs remain', () => {
    const before: LinkState = { version: 1, urls: { 'https://gone.org/': { consecutiveFailures: 0 } } };
    expect(Object.keys(recordRun(before, [result('ok')], '2026-01-01').urls).sort()).toEqual([URL_A, 'https://gone.org/']);
    expect(Object.keys(recordRun(before, [result('ok')], '2026-01-01', new Set([URL_A])).urls)).toEqual([URL_A]);
  });

  it('counts the first failure of a new URL as run 1', () => {
    expect(nextUrlState(undefined, result('gone'), '2026-03-01')).toEqual({ consecutiveFailures: 1, firstFailure: '2026-03-01', lastFailure: '2026-03-01', lastClass: 'gone' });
  });
});

describe('the state file', () => {
  it('round-trips through an atomic write and leaves no temporary file', () => {
    const file = join(dir, 'nested', 'links-state.json');
    const state = recordRun(emptyState(), [result('ok', 'etag:"x"')], '2026-01-01');
    writeState(file, state);
    expect(readState(file)).toEqual({ state });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['links-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
  });

  it('treats a missing file as empty, and a damaged one as empty with a message', () => {
    expect(readState(join(dir, 'missing.json'))).toEqual({ state: emptyState() });
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"version": 1, "urls": ');
    const read = readState(damaged);
    expect(read.state).toEqual(emptyState());
    expect(read.problem).toContain('is not a link-audit state');
  });

  it('skips malformed entries but keeps good ones', () => {
    const file = join(dir, 'mixed.json');
    writeFileSync(file, JSON.stringify({ version: 1, urls: { good: { consecutiveFailures: 2, firstFailure: '2026-01-01' }, bad: { consecutiveFailures: -1 }, worse: 'x' } }));
    expect(readState(file).state.urls).toEqual({ good: { consecutiveFailures: 2, firstFailure: '2026-01-01' } });
  });

  it('merges shard states into one view', () => {
    const merged = mergeStates([{ version: 1, urls: { a: { consecutiveFailures: 1 } } }, { version: 1, urls: { b: { consecutiveFailures: 2 } } }]);
    expect(Object.keys(merged.urls)).toEqual(['a', 'b']);
  });
});
