import { createRequire } from 'node:module';
import type { RecordRule } from '../lib/types.js';
import { urlsIn } from '../lib/walk.js';

// The public suffix list is large: load it on first use, not whenever the rules are listed.
let tldts: typeof import('tldts') | undefined;
const parseHost = (host: string) => (tldts ??= createRequire(import.meta.url)('tldts') as typeof import('tldts')).parse(host);

// Shorteners hide where a link leads; a defender cannot check the destination.
const SHORTENERS = new Set(['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc', 'rb.gy']);

/** Why an address is unsafe to give a defender, or undefined when it is fine. */
export function unsafeReason(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'is not a valid web address';
  }
  if (url.protocol !== 'https:') return `uses ${url.protocol}//; use https:// (an unencrypted link can be intercepted or altered)`;
  if (url.username || url.password) return 'contains a user name or password before "@"; remove them';
  const rawHost = /^https:\/\/(?:[^@/]*@)?([^/:?#]*)/i.exec(address)?.[1] ?? '';
  if (/[^\x20-\x7e]/.test(rawHost) || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return `host "${url.hostname}" uses non-ASCII or punycode letters, which can imitate another site; check it letter by letter and, if it is right, add an exception in data/exceptions.yml`;
  }
  const host = parseHost(url.hostname);
  if (host.isIp || url.hostname.startsWith('[')) return `points at the IP address ${url.hostname}; use the organisation's domain name`;
  if (!host.domain || !host.isIcann) return `host "${url.hostname}" is not a public domain name`;
  if (url.port) return `uses the unusual port ${url.port}; check the address and, if it is right, add an exception in data/exceptions.yml`;
  if (SHORTENERS.has(host.domain)) return `is a link shortener (${host.domain}) that hides the destination; link to the page itself`;
  return undefined;
}

export default {
  id: 'url-safety',
  description: 'Web addresses use https with a public domain name: no credentials, IP addresses, ports, shorteners or look-alike (non-ASCII or punycode) hosts.',
  scope: 'record',
  check({ record }, report) {
    for (const { pointer, value } of urlsIn(record.data)) {
      const reason = unsafeReason(value);
      if (reason) report({ record, pointer, message: `${JSON.stringify(value)} ${reason}` });
    }
  },
} satisfies RecordRule;
