import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { cachedLookup } from '../../scripts/audit/dns.js';

/** Calls the lookup the way net.connect does with autoSelectFamily (all: true). */
function lookupAll(lookup: ReturnType<typeof cachedLookup>['lookup'], hostname: string): Promise<LookupAddress[] | string> {
  return new Promise((resolve) => {
    const callback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => resolve(error ? String(error.code) : addresses);
    lookup(hostname, { all: true }, callback as unknown as Parameters<typeof lookup>[2]);
  });
}

describe('DNS lookups, without any network (the resolver is a stand-in)', () => {
  it('asks once per host name and hands every caller the same answer', async () => {
    const asked: string[] = [];
    const dns = cachedLookup(100, async (hostname) => (asked.push(hostname), [{ address: '127.0.0.1', family: 4 }]));
    const answers = await Promise.all([lookupAll(dns.lookup, 'fund.test'), lookupAll(dns.lookup, 'fund.test')]);
    expect(answers).toEqual([[{ address: '127.0.0.1', family: 4 }], [{ address: '127.0.0.1', family: 4 }]]);
    expect(asked).toEqual(['fund.test']);
  });

  it('gives up on a slow resolver after the time limit, and asks again only in a new round', async () => {
    let asked = 0;
    const dns = cachedLookup(50, () => (asked++, new Promise<LookupAddress[]>(() => undefined)));
    expect(await lookupAll(dns.lookup, 'slow.test')).toBe('EAI_AGAIN');
    expect(await lookupAll(dns.lookup, 'slow.test')).toBe('EAI_AGAIN');
    expect(asked).toBe(1);
    dns.forgetTemporaryFailures();
    await lookupAll(dns.lookup, 'slow.test');
    expect(asked).toBe(2);
  });

  it('keeps a definite "no such name" for the whole run', async () => {
    let asked = 0;
    const dns = cachedLookup(100, () => (asked++, Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }))));
    expect(await lookupAll(dns.lookup, 'gone.test')).toBe('ENOTFOUND');
    dns.forgetTemporaryFailures();
    expect(await lookupAll(dns.lookup, 'gone.test')).toBe('ENOTFOUND');
    expect(asked).toBe(1);
  });
});
