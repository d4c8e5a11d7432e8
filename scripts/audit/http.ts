import { createHash } from 'node:crypto';
import type { LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { cachedLookup } from './dns.js';
import type { PickedHeaders } from './types.js';

/** Time limits of one request, in milliseconds; undici's own defaults are minutes. */
export interface Timeouts {
  /** DNS lookup of a host name (once per host per run). */
  dns: number;
  connect: number;
  headers: number;
  /** Longest silence between two pieces of the body. */
  body: number;
  /** Deadline for the whole request, body included (stops a server that trickles). */
  total: number;
}

/** How requests go out: one keep-alive dispatcher, a user agent, bounded bodies. */
export interface HttpOptions {
  userAgent: string;
  timeouts: Timeouts;
  /** Most bytes of a body that are read; the rest is not downloaded. */
  maxBytes: number;
  /** Test hooks: resolve names without DNS, trust a test certificate authority. */
  connect?: { lookup?: LookupFunction; ca?: string | Buffer };
}

/** One response, with a bounded, decoded body when one was asked for. */
export interface HttpAnswer {
  status: number;
  headers: PickedHeaders;
  /** The body as text, when it is text (HTML, plain text, XML, JSON). */
  body?: string;
  /** A hash of the raw bytes read, for bodies that are not text (PDF…). */
  bodyHash?: string;
  truncated?: boolean;
}

/** A request that got no response. */
export interface HttpFailure {
  errorCode: string;
  message: string;
}

/** A dispatcher with keep-alive, explicit time limits and at most `connections` sockets per origin. */
export function createDispatcher(options: HttpOptions, connections: number): { dispatcher: Agent; forgetTemporaryFailures: () => void } {
  const dns = cachedLookup(options.timeouts.dns);
  const dispatcher = new Agent({
    connections,
    keepAliveTimeout: 10_000,
    headersTimeout: options.timeouts.headers,
    bodyTimeout: options.timeouts.body,
    connect: { timeout: options.timeouts.connect, lookup: dns.lookup, ...options.connect },
  });
  return { dispatcher, forgetTemporaryFailures: dns.forgetTemporaryFailures };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pickHeaders(headers: Record<string, string | string[] | undefined>): PickedHeaders {
  const picked: PickedHeaders = {};
  const names: [keyof PickedHeaders, string][] = [['location', 'location'], ['retryAfter', 'retry-after'], ['etag', 'etag'], ['lastModified', 'last-modified'], ['contentType', 'content-type'], ['cfMitigated', 'cf-mitigated'], ['server', 'server']];
  for (const [key, name] of names) {
    const value = first(headers[name]);
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

const isText = (contentType = '') => contentType === '' || /^text\/|[/+](?:html|xml|xhtml|json)\b/i.test(contentType);

function decode(bytes: Buffer, contentType = ''): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads at most `maxBytes` of a body, then stops the download. */
async function readBounded(body: AsyncIterable<Buffer>, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), truncated: true };
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

function failureOf(error: unknown, timedOut: boolean): HttpFailure {
  if (timedOut) return { errorCode: 'TIMEOUT', message: 'the request took too long' };
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : 'UNKNOWN';
  const message = typeof e?.cause?.message === 'string' ? e.cause.message : typeof e?.message === 'string' ? e.message : String(error);
  return { errorCode: code, message };
}

/** Sends one request; a GET's body is read up to `maxBytes` (then the download stops). */
export async function sendRequest(dispatcher: Agent, url: string, method: 'HEAD' | 'GET', options: HttpOptions): Promise<HttpAnswer | HttpFailure> {
  const signal = AbortSignal.timeout(options.timeouts.total);
  try {
    const response = await request(url, {
      dispatcher,
      method,
      signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-language': 'en' },
    });
    const headers = pickHeaders(response.headers);
    const answer: HttpAnswer = { status: response.statusCode, headers };
    if (method === 'HEAD') {
      await response.body.dump();
      return answer;
    }
    const { bytes, truncated } = await readBounded(response.body, options.maxBytes);
    if (isText(headers.contentType)) answer.body = decode(bytes, headers.contentType);
    else answer.bodyHash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    return truncated ? { ...answer, truncated } : answer;
  } catch (error) {
    return failureOf(error, signal.aborted);
  }
}
