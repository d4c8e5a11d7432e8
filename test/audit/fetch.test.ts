import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../scripts/audit/classify.js';
import { createFetcher, type Fetcher, type FetcherOptions } from '../../scripts/audit/fetch-url.js';
import type { LinkResult } from '../../scripts/audit/types.js';
import { hasOpenssl, makeCertificates, type TestCertificates } from './helpers/certs.js';
import { answer, redirect, startHttpServer, startHttpsServer, testFetcherOptions, type TestServer } from './helpers/servers.js';

let http: TestServer;
let https: TestServer | undefined;
let certs: TestCertificates | undefined;
const fetchers: Fetcher[] = [];

function fetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  const f = createFetcher(testFetcherOptions(overrides, certs?.ca));
  fetchers.push(f);
  return f;
}

async function check(url: string, readBody = false, f = fetcher()): Promise<LinkResult> {
  return classify(await f.fetch(url, readBody), true);
}

beforeAll(async () => {
  http = await startHttpServer();
  const r = http.routes;
  r.set('/ok', answer(200, '<title>Welcome</title><p>Hello</p>', { etag: '"v1"' }));
  r.set('/moved', redirect(301, '/ok'));
  r.set('/moved-www', (_req, res) => res.writeHead(308, { location: http.url('www.good.test', '/ok') }).end());
  r.set('/temporary', redirect(302, '/ok'));
  r.set('/loop-a', redirect(302, '/loop-b'));
  r.set('/loop-b', redirect(302, '/loop-a'));
  r.set('/cross', (_req, res) => res.writeHead(301, { location: http.url('other.test', '/ok') }).end());
  r.set('/404', answer(404, '<title>Not here</title>'));
  r.set('/410', answer(410));
  r.set('/500', answer(500));
  r.set('/reset', (req) => req.socket.resetAndDestroy());
  r.set('/hang', () => undefined);
  r.set('/trickle', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('.'), 50);
    res.on('close', () => clearInterval(timer));
  });
  r.set('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < 80 && res.write(chunk)) sent++;
      if (sent >= 80) res.end();
    };
    res.on('drain', more);
    more();
  });
  r.set('/head-405', (req, res) => (req.method === 'HEAD' ? res.writeHead(405).end() : res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Form</title>')));
  r.set('/challenge', answer(403, '<title>Just a moment...</title>', { 'cf-mitigated': 'challenge', server: 'cloudflare' }));
  r.set('/challenge-body', answer(503, '<html><title>Attention Required! | Cloudflare</title><script src="/cdn-cgi/challenge-platform/x.js"></script></html>'));
  r.set('/forbidden', answer(403, '<title>Forbidden</title>'));
  r.set('/deep/page', redirect(302, '/'));
  r.set('/', answer(200, '<title>Home</title>'));
  r.set('/soft', answer(200, '<html><head><title>Page not found | Example Fund</title></head></html>'));
  for (let n = 0; n < 12; n++) r.set(`/hops/${n}`, redirect(302, `/hops/${n + 1}`));
  r.set('/hops/12', answer(200, 'end'));
  if (hasOpenssl()) {
    certs = makeCertificates();
    https = await startHttpsServer({ 'good.test': certs.good, 'wrong.test': certs.good, 'expired.test': certs.expired, 'selfsigned.test': certs.selfSigned }, certs.good);
    https.routes.set('/ok', answer(200, '<title>Secure</title>'));
    https.routes.set('/downgrade', (_req, res) => res.writeHead(301, { location: http.url('good.test', '/ok') }).end());
  }
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await http.close();
  await https?.close();
});

describe('fetching and classifying one URL against local servers', () => {
  it('reports a page that answers 200 as ok, with its ETag as fingerprint', async () => {
    const result = await check(http.url('good.test', '/ok'));
    expect(result).toMatchObject({ class: 'ok', detail: 'HTTP 200', fingerprint: 'etag:"v1"' });
    expect(result.hops.map((h) => h.method)).toEqual(['HEAD']);
  });

  it('follows a relative Location of a permanent redirect and gives the new URL to write in the record', async () => {
    const result = await check(http.url('good.test', '/moved'));
    expect(result).toMatchObject({ class: 'moved-permanently', finalUrl: http.url('good.test', '/ok') });
    expect(result.hops.map((h) => h.status)).toEqual([301, 200]);
  });

  it('treats a permanent redirect to another host of the same registrable domain as moved, not cross-domain', async () => {
    expect(await check(http.url('good.test', '/moved-www'))).toMatchObject({ class: 'moved-permanently', finalUrl: http.url('www.good.test', '/ok') });
  });

  it('accepts a temporary redirect as ok and keeps where it ended', async () => {
    expect(await check(http.url('good.test', '/temporary'))).toMatchObject({ class: 'ok', finalUrl: http.url('good.test', '/ok') });
  });

  it('stops a redirect loop and names it', async () => {
    const result = await check(http.url('good.test', '/loop-a'));
    expect(result.class).toBe('redirect-loop');
    expect(result.hops).toHaveLength(2);
  });

  it('gives up after 10 redirects, but follows exactly 10', async () => {
    expect(await check(http.url('good.test', '/hops/0'))).toMatchObject({ class: 'too-many-redirects', detail: 'more than 10 redirects' });
    expect((await check(http.url('good.test', '/hops/2'))).class).toBe('ok');
  });

  it('flags a redirect to a different registrable domain for human review', async () => {
    const result = await check(http.url('good.test', '/cross'));
    expect(result.class).toBe('cross-domain-redirect');
    expect(result.detail).toContain('other.test');
  });

  it('classifies 404 as not found and 410 as gone, confirming a failed HEAD with GET', async () => {
    const notFound = await check(http.url('good.test', '/404'));
    expect(notFound).toMatchObject({ class: 'not-found', transient: false });
    expect(notFound.hops[0]!.method).toBe('GET');
    expect((await check(http.url('good.test', '/410'))).class).toBe('gone');
  });

  it('classifies 5xx as a transient server error after one retry', async () => {
    const before = http.seen.filter((s) => s.path === '/500').length;
    expect(await check(http.url('good.test', '/500'))).toMatchObject({ class: 'server-error', transient: true });
    // HEAD, GET; then the retry: HEAD, GET.
    expect(http.seen.filter((s) => s.path === '/500').length - before).toBe(4);
  });

  it('classifies a server that resets the connection', async () => {
    expect(await check(http.url('good.test', '/reset'))).toMatchObject({ class: 'connection-reset', transient: true });
  });

  it('times out on a server that never answers (header timeout)', async () => {
    expect(await check(http.url('good.test', '/hang'))).toMatchObject({ class: 'timeout', detail: 'timed out waiting for an answer' });
  });

  it('times out on a body that trickles in, even though each piece arrives quickly', async () => {
    expect(await check(http.url('good.test', '/trickle'), true)).toMatchObject({ class: 'timeout', transient: true });
  });

  it('reads at most maxBytes of a large body and stops downloading', async () => {
    const outcome = await fetcher().fetch(http.url('good.test', '/huge'), true);
    expect(outcome.status).toBe(200);
    expect(outcome.bodyTruncated).toBe(true);
    expect(outcome.body!.length).toBe(64 * 1024);
  });

  it('falls back to GET when HEAD is refused with 405', async () => {
    const result = await check(http.url('good.test', '/head-405'));
    expect(result.class).toBe('ok');
    expect(result.hops[0]!.method).toBe('GET');
    expect(http.seen.filter((s) => s.path === '/head-405').map((s) => s.method)).toEqual(['HEAD', 'GET']);
  });

  it('reports a cf-mitigated challenge as bot protection, not dead', async () => {
    expect(await check(http.url('good.test', '/challenge'))).toMatchObject({ class: 'bot-protection', transient: false });
  });

  it('recognises a challenge page by its markers when there is no header, without retrying it as a 503', async () => {
    expect((await check(http.url('good.test', '/challenge-body'))).class).toBe('bot-protection');
  });

  it('keeps a plain 403 as a client error', async () => {
    expect(await check(http.url('good.test', '/forbidden'))).toMatchObject({ class: 'client-error', detail: 'HTTP 403' });
  });

  it('reports a deep link that redirects to the home page as a likely soft 404', async () => {
    expect((await check(http.url('good.test', '/deep/page'))).class).toBe('soft-404');
  });

  it('reports a 200 page titled "Page not found" as a likely soft 404', async () => {
    expect(await check(http.url('good.test', '/soft'), true)).toMatchObject({ class: 'soft-404', detail: 'the page title says "Page not found | Example Fund"' });
  });

  it('reports a name that does not resolve as a DNS failure', async () => {
    expect(await check('http://nxdomain.test/')).toMatchObject({ class: 'dns-failure', transient: false });
  });

  it('reports a closed port as connection refused', async () => {
    const closed = await startHttpServer();
    const url = closed.url('good.test', '/');
    await closed.close();
    expect((await check(url)).class).toBe('connection-refused');
  });

  it('sends a user agent that names the project', async () => {
    await check(http.url('ua.good.test', '/ok'), false, fetcher({ userAgent: 'whrd-protection-link-audit/9.9.9 (test)' }));
    expect(http.seen.some((s) => s.host === 'ua.good.test')).toBe(true);
  });
});

describe.skipIf(!hasOpenssl())('TLS, with a test certificate authority made by openssl', () => {
  it('accepts a certificate signed by the trusted test CA', async () => {
    expect((await check(https!.url('good.test', '/ok'))).class).toBe('ok');
  });

  it('reports a certificate for another host name', async () => {
    expect(await check(https!.url('wrong.test', '/ok'))).toMatchObject({ class: 'tls-failure', detail: 'the certificate is for another host name' });
  });

  it('reports an expired certificate', async () => {
    expect(await check(https!.url('expired.test', '/ok'))).toMatchObject({ class: 'tls-failure', detail: 'the certificate has expired' });
  });

  it('reports a self-signed certificate', async () => {
    expect(await check(https!.url('selfsigned.test', '/ok'))).toMatchObject({ class: 'tls-failure', detail: 'the certificate is self-signed' });
  });

  it('flags a redirect from https to http', async () => {
    expect(await check(https!.url('good.test', '/downgrade'))).toMatchObject({ class: 'https-downgrade', finalUrl: http.url('good.test', '/ok') });
  });
});
