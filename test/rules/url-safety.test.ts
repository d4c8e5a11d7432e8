import { describe, expect, it } from 'vitest';
import rule, { unsafeReason } from '../../scripts/rules/url-safety.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { organisation } from '../helpers/records.js';

/** The formatted line for the website on line 6. */
const atWebsite = (url: string, reason: string) => `${ORG}:6:10: error: ${JSON.stringify(url)} ${reason} [url-safety]`;
const lintWebsite = (url: string) => lint(organisation({ website: url }));
const LOOKALIKE = `host "xn--exmple-cua.org" uses non-ASCII or punycode letters, which can imitate another site; check it letter by letter and, if it is right, add an exception in data/exceptions.yml`;

describe('url-safety', () => {
  it('accepts https addresses on public domains, with paths, queries, fragments and the default port', async () => {
    for (const url of ['https://example.org/', 'https://www.example.co.uk/path?q=1#top', 'https://example.org:443/', 'https://EXAMPLE.org/']) {
      expect(await lintWebsite(url)).toEqual([]);
    }
    expect(reportsOf(rule, await loadRecord(organisation()))).toEqual([]);
  });

  it('reports http', async () => {
    expect(await lintWebsite('http://example.org/')).toEqual([atWebsite('http://example.org/', 'uses http://; use https:// (an unencrypted link can be intercepted or altered)')]);
  });

  it('reports a user name and password', async () => {
    expect(await lintWebsite('https://user:secret@example.org/')).toEqual([atWebsite('https://user:secret@example.org/', 'contains a user name or password before "@"; remove them')]);
  });

  it('reports an IPv4 address, also written as one number', async () => {
    expect(await lintWebsite('https://192.0.2.10/')).toEqual([atWebsite('https://192.0.2.10/', "points at the IP address 192.0.2.10; use the organisation's domain name")]);
    expect(await lintWebsite('https://3221225994/')).toEqual([atWebsite('https://3221225994/', "points at the IP address 192.0.2.10; use the organisation's domain name")]);
  });

  it('reports an IPv6 address', async () => {
    expect(await lintWebsite('https://[2001:db8::1]/')).toEqual([atWebsite('https://[2001:db8::1]/', "points at the IP address [2001:db8::1]; use the organisation's domain name")]);
  });

  it('reports a punycode host', async () => {
    expect(await lintWebsite('https://xn--exmple-cua.org/')).toEqual([atWebsite('https://xn--exmple-cua.org/', LOOKALIKE)]);
  });

  it('reports a non-ASCII host (the schema refuses it first in files, so the rule is called directly)', async () => {
    expect(await lintWebsite('https://exämple.org/')).toEqual([`${ORG}:6:10: error: must be a full web address starting with https:// [schema]`]);
    const record = await loadRecord(organisation());
    const reports = reportsOf(rule, { ...record, data: { ...record.data, website: 'https://exämple.org/' } });
    expect(reports).toEqual([{ pointer: '/website', message: `"https://exämple.org/" ${LOOKALIKE}` }]);
  });

  it('reports an unusual port', async () => {
    expect(await lintWebsite('https://example.org:8443/')).toEqual([
      atWebsite('https://example.org:8443/', `uses the unusual port 8443; check the address and, if it is right, add an exception in data/exceptions.yml`),
    ]);
  });

  it('reports link shorteners', async () => {
    expect(await lintWebsite('https://bit.ly/3xAmPlE')).toEqual([atWebsite('https://bit.ly/3xAmPlE', 'is a link shortener (bit.ly) that hides the destination; link to the page itself')]);
    expect(unsafeReason('https://www.tinyurl.com/abc')).toBe('is a link shortener (tinyurl.com) that hides the destination; link to the page itself');
  });

  it('reports hosts that are not public domain names', async () => {
    for (const host of ['localhost', 'intranet.local', 'example.test', 'example']) {
      expect(await lintWebsite(`https://${host}/`)).toEqual([atWebsite(`https://${host}/`, `host "${host}" is not a public domain name`)]);
    }
  });

  it('checks sources, contact addresses and key addresses too', async () => {
    const extra = 'contacts:\n  - kind: pgp-key\n    fingerprint: 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567\n    key_url: http://example.org/key.asc\n';
    expect(await lint(organisation({ extra }).replace('url: https://example.org/grants', 'url: https://bit.ly/grants'))).toEqual([
      `${ORG}:14:10: error: "https://bit.ly/grants" is a link shortener (bit.ly) that hides the destination; link to the page itself [url-safety]`,
      `${ORG}:24:14: error: "http://example.org/key.asc" uses http://; use https:// (an unencrypted link can be intercepted or altered) [url-safety]`,
    ]);
  });
});
