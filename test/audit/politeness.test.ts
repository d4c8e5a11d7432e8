import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, retryAfterMs } from '../../scripts/audit/fetch-url.js';
import { classify } from '../../scripts/audit/classify.js';
import { createScheduler } from '../../scripts/audit/scheduler.js';
import { startHttpServer, testFetcherOptions, type SeenRequest, type TestServer } from './helpers/servers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startHttpServer();
  server.routes.set('/slow', (_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('ok'), 60);
  });
  let limited = 0;
  server.routes.set('/limited', (_req, res) => {
    // The first burst is told to come back in one second; later requests are served.
    if (limited++ < 4) res.writeHead(429, { 'retry-after': '1' }).end();
    else setTimeout(() => res.writeHead(200).end('ok'), 30);
  });
});

afterAll(() => server.close());

/** Most requests open at the same moment among `requests`, from their start and end times. */
function peakOverlap(requests: SeenRequest[]): number {
  const events = requests.flatMap((r) => [[r.start, 1] as const, [r.end ?? Infinity, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, step] of events) peak = Math.max(peak, (open += step));
  return peak;
}

describe('politeness: concurrency limits seen by the server', () => {
  it('never has more requests open to one host than the per-host limit, and reaches it', async () => {
    const fetcher = createFetcher(testFetcherOptions({ limits: { global: 64, perHost: 3 } }));
    const urls = Array.from({ length: 24 }, (_, i) => server.url(i % 2 ? 'a.good.test' : 'b.good.test', `/slow?${i}`));
    const results = await Promise.all(urls.map(async (url) => classify(await fetcher.fetch(url, false))));
    await fetcher.close();
    expect(results.every((r) => r.class === 'ok')).toBe(true);
    expect(server.peak('a.good.test')).toBe(3);
    expect(server.peak('b.good.test')).toBe(3);
  });

  it('never has more requests open in all than the global limit', async () => {
    const fetcher = createFetcher(testFetcherOptions({ limits: { global: 4, perHost: 3 } }));
    const urls = Array.from({ length: 24 }, (_, i) => server.url(['c.good.test', 'd.good.test', 'e.good.test'][i % 3]!, `/slow?${i}`));
    const before = server.seen.length;
    await Promise.all(urls.map((url) => fetcher.fetch(url, false)));
    await fetcher.close();
    expect(peakOverlap(server.seen.slice(before))).toBe(4);
  });

  it('honours Retry-After on a 429: waits before asking that host again, then sends one request at a time', async () => {
    const fetcher = createFetcher(testFetcherOptions({ limits: { global: 64, perHost: 4 } }));
    const urls = Array.from({ length: 4 }, (_, i) => server.url('limited.good.test', `/limited?${i}`));
    const results = await Promise.all(urls.map(async (url) => classify(await fetcher.fetch(url, false))));
    await fetcher.close();
    expect(results.map((r) => r.class)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const seen = server.seen.filter((s) => s.host === 'limited.good.test');
    const refused = seen.slice(0, 4);
    const retried = seen.slice(4);
    expect(retried).toHaveLength(4);
    const lastRefusal = Math.max(...refused.map((s) => s.end!));
    // Retry-After: 1 asks for a second; allow for timer granularity but not for ignoring it.
    expect(Math.min(...retried.map((s) => s.start)) - lastRefusal).toBeGreaterThanOrEqual(900);
    expect(peakOverlap(retried)).toBe(1);
  });
});

describe('scheduler', () => {
  it('runs tasks of one host in the order they came, never more than the limit at once', async () => {
    const scheduler = createScheduler({ global: 10, perHost: 2 });
    const order: number[] = [];
    let open = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        scheduler.run('h', async () => {
          order.push(i);
          peak = Math.max(peak, ++open);
          await new Promise((r) => setTimeout(r, 5));
          open--;
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(2);
  });

  it('holds a host after slowDown and then lets one task through at a time', async () => {
    const scheduler = createScheduler({ global: 10, perHost: 4 });
    scheduler.slowDown('h', 150);
    const start = Date.now();
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => scheduler.run('h', async () => void starts.push(Date.now() - start))));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(140);
  });

  it('still serves other hosts while one is held', async () => {
    const scheduler = createScheduler({ global: 10, perHost: 4 });
    scheduler.slowDown('held', 500);
    const start = Date.now();
    await scheduler.run('other', async () => undefined);
    expect(Date.now() - start).toBeLessThan(400);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Thu, 01 Jan 2099 00:00:10 GMT', Date.parse('Thu, 01 Jan 2099 00:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
