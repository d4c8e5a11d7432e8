import { createHash } from 'node:crypto';
import { getDomain } from 'tldts';
import { readPage, titleOf } from './page-text.js';
import type { FetchOutcome, LinkClass, LinkResult } from './types.js';

/** A class with the words that explain it and whether it is worth trying again later. */
interface Verdict {
  class: LinkClass;
  detail: string;
  transient: boolean;
}

const TLS_ERRORS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a self-signed certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is for another host name',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate chain is incomplete',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate chain is incomplete',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is issued by an unknown authority',
  CERT_REVOKED: 'the certificate was revoked',
  CERT_SIGNATURE_FAILURE: 'the certificate signature is invalid',
};

/** What a request error (a Node or undici error code) means for a link. */
export function classifyError(code: string, message = ''): Verdict {
  if (['TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'].includes(code)) {
    const what = code === 'UND_ERR_CONNECT_TIMEOUT' ? 'connecting' : code === 'UND_ERR_HEADERS_TIMEOUT' ? 'waiting for an answer' : 'reading the page';
    return { class: 'timeout', detail: `timed out ${what}`, transient: true };
  }
  if (['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED'].includes(code)) return { class: 'connection-reset', detail: 'the server closed the connection', transient: true };
  if (code === 'ECONNREFUSED') return { class: 'connection-refused', detail: 'the server refused the connection', transient: true };
  if (code === 'ENOTFOUND') return { class: 'dns-failure', detail: 'the host name does not resolve (DNS)', transient: false };
  if (code === 'EAI_AGAIN') return { class: 'dns-failure', detail: 'the host name could not be resolved right now (DNS)', transient: true };
  const tls = TLS_ERRORS[code];
  if (tls) return { class: 'tls-failure', detail: tls, transient: false };
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO') return { class: 'tls-failure', detail: 'the secure connection (TLS) failed', transient: false };
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return { class: 'invalid-url', detail: 'not a usable web address', transient: false };
  return { class: 'network-error', detail: `network error ${code}${message ? ` (${message})` : ''}`, transient: true };
}

/** Words that bot-protection and challenge pages carry. */
const CHALLENGE_MARKERS = ['cf-chl', 'challenge-platform', 'just a moment...', 'attention required! | cloudflare', 'checking your browser', 'ddos protection by', '_incapsula_resource', 'px-captcha', 'captcha-delivery', 'sucuri website firewall', 'please enable javascript and cookies', 'g-recaptcha', 'hcaptcha'];

/** Whether a response is a bot-protection challenge rather than the page. */
export function isChallenge(outcome: Pick<FetchOutcome, 'status' | 'headers' | 'body'>): boolean {
  if (outcome.headers?.cfMitigated?.toLowerCase() === 'challenge') return true;
  if (![403, 429, 503].includes(outcome.status ?? 0) || !outcome.body) return false;
  const head = outcome.body.slice(0, 65536).toLowerCase();
  return CHALLENGE_MARKERS.some((marker) => head.includes(marker));
}

const NOT_FOUND_TITLE = /\b404\b|not found|page not found|no encontrada|introuvable|nicht gefunden|non trouv|não encontrada/i;

/** Why a 2xx answer is probably a "not found" page in disguise, if it is. */
export function softNotFound(outcome: FetchOutcome): string | undefined {
  const first = new URL(outcome.url);
  const last = new URL(outcome.hops.at(-1)?.url ?? outcome.url);
  if (outcome.hops.length > 1 && first.pathname.replace(/\/+$/, '') !== '' && last.pathname.replace(/\/+$/, '') === '' && !last.search) {
    return `the page redirects to the site's home page ${last.href}`;
  }
  const title = outcome.body ? titleOf(outcome.body.slice(0, 65536)) : undefined;
  return title && NOT_FOUND_TITLE.test(title) ? `the page title says "${title.slice(0, 80)}"` : undefined;
}

/** The registrable domain of a host (example.org for www.example.org), or the host itself for IPs and local names. */
export function registrableDomain(url: string): string {
  const host = URL.canParse(url) ? new URL(url).hostname.toLowerCase() : url;
  return getDomain(host) ?? host;
}

/** Where the leading run of permanent redirects (301, 308) leads, if the first hop is one. */
function permanentTarget(outcome: FetchOutcome): string | undefined {
  let target: string | undefined;
  for (const [index, hop] of outcome.hops.entries()) {
    if (hop.status !== 301 && hop.status !== 308) break;
    target = outcome.hops[index + 1]?.url;
  }
  return target;
}

function statusVerdict(status: number): Verdict {
  if (status === 404) return { class: 'not-found', detail: 'HTTP 404 not found', transient: false };
  if (status === 410) return { class: 'gone', detail: 'HTTP 410 gone', transient: false };
  if (status === 429) return { class: 'rate-limited', detail: 'HTTP 429 too many requests', transient: true };
  if (status >= 500) return { class: 'server-error', detail: `HTTP ${status} server error`, transient: true };
  return { class: 'client-error', detail: `HTTP ${status}`, transient: false };
}

/** The first verdict that applies, in order of how much it matters to a defender. */
function verdictFor(outcome: FetchOutcome): Verdict & { finalUrl?: string } {
  if (outcome.hops.length === 0) return classifyError(outcome.errorCode ?? 'UNKNOWN', outcome.errorMessage);
  const urls = outcome.hops.map((h) => h.url);
  const finalUrl = urls.at(-1);
  const home = registrableDomain(outcome.url);
  const elsewhere = urls.find((u) => registrableDomain(u) !== home);
  const after = outcome.status ? `HTTP ${outcome.status}` : outcome.errorCode ? classifyError(outcome.errorCode).detail : 'no answer';
  if (elsewhere) return { class: 'cross-domain-redirect', detail: `redirects to another domain, ${registrableDomain(elsewhere)} (${elsewhere}, then ${after}); a lapsed domain or a hijack`, transient: false, ...(finalUrl ? { finalUrl } : {}) };
  const downgrade = urls.findIndex((u, i) => i > 0 && u.startsWith('http:') && urls[i - 1]!.startsWith('https:'));
  if (downgrade > 0) return { class: 'https-downgrade', detail: `redirects from https to unencrypted http (${urls[downgrade]})`, transient: false, finalUrl: urls[downgrade]! };
  if (outcome.stopped === 'loop') return { class: 'redirect-loop', detail: `redirect loop back to ${outcome.hops.at(-1)?.location ?? finalUrl}`, transient: false };
  if (outcome.stopped === 'too-many-hops') return { class: 'too-many-redirects', detail: `more than ${outcome.hops.length - 1} redirects`, transient: false };
  if (outcome.stopped === 'bad-location') return { class: 'network-error', detail: `HTTP ${outcome.status} redirect without a usable Location header`, transient: false };
  if (outcome.errorCode) return classifyError(outcome.errorCode, outcome.errorMessage);
  const status = outcome.status ?? 0;
  if (isChallenge(outcome)) return { class: 'bot-protection', detail: `HTTP ${status} bot-protection challenge`, transient: false };
  if (status >= 200 && status < 300) {
    const soft = softNotFound(outcome);
    if (soft) return { class: 'soft-404', detail: soft, transient: false, ...(finalUrl ? { finalUrl } : {}) };
    const moved = permanentTarget(outcome);
    if (moved) return { class: 'moved-permanently', detail: `moved permanently to ${moved}`, transient: false, finalUrl: moved };
    return { class: 'ok', detail: `HTTP ${status}`, transient: false, ...(finalUrl && finalUrl !== outcome.url ? { finalUrl } : {}) };
  }
  const verdict = statusVerdict(status);
  return permanentTarget(outcome) ? { ...verdict, detail: `${verdict.detail} (after a permanent redirect)` } : verdict;
}

/** A fingerprint of the page: its ETag, else its Last-Modified date, else a hash of its text. */
export function fingerprintOf(outcome: FetchOutcome): string | undefined {
  if (outcome.headers?.etag) return `etag:${outcome.headers.etag}`;
  if (outcome.headers?.lastModified) return `modified:${outcome.headers.lastModified}`;
  if (outcome.body === undefined) return outcome.bodyHash ? `sha256:${outcome.bodyHash}` : undefined;
  const text = readPage(outcome.body, outcome.url).text.replace(/\s+/g, ' ').trim();
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

/** Classifies what one check of a URL saw; with `withFingerprint`, a working page also gets its fingerprint. */
export function classify(outcome: FetchOutcome, withFingerprint = false): LinkResult {
  const verdict = verdictFor(outcome);
  const working = verdict.class === 'ok' || verdict.class === 'moved-permanently';
  const fingerprint = working && withFingerprint ? fingerprintOf(outcome) : undefined;
  return { url: outcome.url, ...verdict, hops: outcome.hops, ...(fingerprint ? { fingerprint } : {}) };
}
