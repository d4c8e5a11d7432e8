import { describe, expect, it } from 'vitest';
import { classify, classifyError, fingerprintOf, isChallenge, registrableDomain, softNotFound } from '../../scripts/audit/classify.js';
import type { FetchOutcome, Hop } from '../../scripts/audit/types.js';

const hop = (url: string, status: number, location?: string): Hop => ({ url, method: 'HEAD', status, ...(location ? { location } : {}) });

/** An outcome that went through the given hops and ended with the last one's status. */
function outcome(hops: Hop[], extra: Partial<FetchOutcome> = {}): FetchOutcome {
  return { url: hops[0]!.url, hops, status: hops.at(-1)!.status!, headers: {}, ...extra };
}

describe('classify: pure classification of what a check saw', () => {
  it('maps request errors to classes, with transient ones marked', () => {
    expect(classifyError('ENOTFOUND')).toMatchObject({ class: 'dns-failure', transient: false });
    expect(classifyError('EAI_AGAIN')).toMatchObject({ class: 'dns-failure', transient: true });
    expect(classifyError('UND_ERR_CONNECT_TIMEOUT')).toMatchObject({ class: 'timeout', detail: 'timed out connecting' });
    expect(classifyError('UND_ERR_BODY_TIMEOUT')).toMatchObject({ class: 'timeout', detail: 'timed out reading the page' });
    expect(classifyError('ECONNRESET')).toMatchObject({ class: 'connection-reset', transient: true });
    expect(classifyError('CERT_HAS_EXPIRED')).toMatchObject({ class: 'tls-failure', detail: 'the certificate has expired' });
    expect(classifyError('ERR_SSL_WRONG_VERSION_NUMBER')).toMatchObject({ class: 'tls-failure', transient: false });
    expect(classifyError('EWHATEVER', 'odd')).toMatchObject({ class: 'network-error', detail: 'network error EWHATEVER (odd)' });
  });

  it('gives the registrable domain of a URL, and the host itself for IP addresses', () => {
    expect(registrableDomain('https://www.ohchr.org/en/x')).toBe('ohchr.org');
    expect(registrableDomain('https://news.bbc.co.uk/')).toBe('bbc.co.uk');
    expect(registrableDomain('http://127.0.0.5:8080/')).toBe('127.0.0.5');
  });

  it('ranks a cross-domain redirect above everything else, even when the new site answers 200', () => {
    const result = classify(outcome([hop('https://fund.org/apply', 301, 'https://fund-org.shop/apply'), hop('https://fund-org.shop/apply', 200)]));
    expect(result.class).toBe('cross-domain-redirect');
    expect(result.detail).toBe('redirects to another domain, fund-org.shop (https://fund-org.shop/apply, then HTTP 200); a lapsed domain or a hijack');
  });

  it('flags an https to http hop as a downgrade', () => {
    expect(classify(outcome([hop('https://fund.org/a', 301, 'http://fund.org/a'), hop('http://fund.org/a', 200)])).class).toBe('https-downgrade');
  });

  it('suggests the target of the leading permanent redirects, not where later temporary ones lead', () => {
    const result = classify(outcome([hop('https://fund.org/a', 301, 'https://fund.org/b'), hop('https://fund.org/b', 302, 'https://fund.org/b?lang=en'), hop('https://fund.org/b?lang=en', 200)]));
    expect(result).toMatchObject({ class: 'moved-permanently', finalUrl: 'https://fund.org/b' });
  });

  it('keeps a 404 after a permanent redirect a 404, and says so', () => {
    expect(classify(outcome([hop('https://fund.org/a', 308, 'https://fund.org/b'), hop('https://fund.org/b', 404)])).detail).toBe('HTTP 404 not found (after a permanent redirect)');
  });

  it('detects bot protection by header on any status, and by markers only on 403, 429 and 503', () => {
    expect(isChallenge({ status: 200, headers: { cfMitigated: 'challenge' } })).toBe(true);
    expect(isChallenge({ status: 403, headers: {}, body: '<title>Just a moment...</title>' })).toBe(true);
    expect(isChallenge({ status: 200, headers: {}, body: '<title>Just a moment...</title>' })).toBe(false);
    expect(isChallenge({ status: 403, headers: {}, body: '<title>Forbidden</title>' })).toBe(false);
  });

  it('finds soft 404s by redirect to the home page or by title, but not for a home page itself', () => {
    expect(softNotFound(outcome([hop('https://fund.org/grants/2024', 302, 'https://fund.org/'), hop('https://fund.org/', 200)]))).toBe("the page redirects to the site's home page https://fund.org/");
    expect(softNotFound(outcome([hop('https://fund.org/', 302, 'https://fund.org/en/'), hop('https://fund.org/en/', 200)]))).toBeUndefined();
    expect(softNotFound(outcome([hop('https://fund.org/x', 200)], { body: '<title>Grants</title>' }))).toBeUndefined();
    expect(softNotFound(outcome([hop('https://fund.org/x', 200)], { body: '<title>Página no encontrada</title>' }))).toBe('the page title says "Página no encontrada"');
    expect(softNotFound(outcome([hop('https://fund.org/x', 200)], { body: '<title>Error 404 - Fund</title>' }))).toBe('the page title says "Error 404 - Fund"');
  });

  it('fingerprints by ETag, then Last-Modified, then a hash of the page text that ignores markup and spacing', () => {
    const page = (body: string, headers = {}) => fingerprintOf(outcome([hop('https://fund.org/', 200)], { body, headers }));
    expect(page('x', { etag: 'W/"1"', lastModified: 'Mon' })).toBe('etag:W/"1"');
    expect(page('x', { lastModified: 'Mon, 01 Jan 2026 00:00:00 GMT' })).toBe('modified:Mon, 01 Jan 2026 00:00:00 GMT');
    expect(page('<p>Apply  here</p>')).toBe(page('<div>Apply here</div>'));
    expect(page('<p>Apply here</p>')).not.toBe(page('<p>Applications closed</p>'));
  });
});
