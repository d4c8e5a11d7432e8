import { setTimeout as sleep } from 'node:timers/promises';
import { createDispatcher, sendRequest, type HttpAnswer, type HttpFailure, type HttpOptions } from './http.js';
import { createScheduler, type Limits, type Scheduler } from './scheduler.js';
import type { FetchOutcome, Hop } from './types.js';

/** Everything that shapes how URLs are fetched. */
export interface FetcherOptions extends HttpOptions {
  limits: Limits;
  /**
   * Ask with HEAD before GET. undici closes the connection after every HEAD (nodejs/undici#258), so HEAD saves
   * transfer but not connections; with false, links are fetched with GET on kept-alive connections.
   */
  headFirst: boolean;
  /** Redirects followed before giving up. */
  maxHops: number;
  /** Immediate retries of a transient failure (resets, refused connections, 429, 5xx). */
  retries: number;
  /** Base of the exponential backoff between retries; a random jitter of up to the same amount is added. */
  backoffMs: number;
  /** Longest Retry-After the checker waits for; longer waits are left to the re-check at the end of the run. */
  maxRetryAfterMs: number;
}

/** Fetches URLs politely: one dispatcher, scheduled per host, redirects followed hop by hop. */
export interface Fetcher {
  /** Follows a URL to its final answer; with `readBody` (or headFirst off), GETs it and keeps a bounded body. */
  fetch(url: string, readBody: boolean): Promise<FetchOutcome>;
  /** Before re-checking: look up again host names whose DNS lookup failed for a passing reason. */
  newRound(): void;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Answers that may go away on their own: too many requests, and server errors other than "not implemented". */
const retryableStatus = (status: number) => status === 429 || (status >= 500 && status !== 501 && status !== 505);
// DNS failures are not retried at once: the lookup is cached for the round, and the end-of-run re-check asks again.
const RETRY_ERRORS = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ECONNREFUSED', 'UND_ERR_CLOSED']);

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if it is readable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function nextUrl(location: string | undefined, base: string): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const failed = (answer: HttpAnswer | HttpFailure): answer is HttpFailure => 'errorCode' in answer;

/** Creates a fetcher; call close() when done so keep-alive sockets do not hold the process open. */
export function createFetcher(options: FetcherOptions, scheduler: Scheduler = createScheduler(options.limits)): Fetcher {
  const { dispatcher, forgetTemporaryFailures } = createDispatcher(options, options.limits.perHost);

  const send = (url: string, method: 'HEAD' | 'GET') => scheduler.run(new URL(url).hostname, () => sendRequest(dispatcher, url, method, options));

  /** A HEAD refused or answered with an error is asked again with GET, which many servers handle better. */
  async function ask(url: string, method: 'HEAD' | 'GET'): Promise<{ answer: HttpAnswer | HttpFailure; method: 'HEAD' | 'GET' }> {
    const answer = await send(url, method);
    if (method === 'GET' || failed(answer) || answer.status < 400 || answer.status === 429 || answer.headers.retryAfter !== undefined) return { answer, method };
    return { answer: await send(url, 'GET'), method: 'GET' };
  }

  function slowDownOn(url: string, answer: HttpAnswer | HttpFailure, attempt: number): void {
    if (failed(answer) || (answer.status !== 429 && answer.status !== 503)) return;
    const asked = retryAfterMs(answer.headers.retryAfter);
    const wait = asked === undefined ? options.backoffMs * 2 ** attempt : Math.min(asked, options.maxRetryAfterMs);
    scheduler.slowDown(new URL(url).hostname, wait);
  }

  async function follow(url: string, readBody: boolean, attempt: number): Promise<FetchOutcome> {
    const hops: Hop[] = [];
    const seen = new Set([url]);
    let current = url;
    let method: 'HEAD' | 'GET' = readBody || !options.headFirst ? 'GET' : 'HEAD';
    for (;;) {
      const asked = await ask(current, method);
      method = asked.method;
      const answer = asked.answer;
      const hop: Hop = { url: current, method };
      hops.push(hop);
      if (failed(answer)) return { url, hops, errorCode: answer.errorCode, errorMessage: answer.message };
      hop.status = answer.status;
      slowDownOn(current, answer, attempt);
      const base = { url, hops, status: answer.status, headers: answer.headers };
      if (!REDIRECTS.has(answer.status)) {
        return { ...base, ...(answer.body !== undefined ? { body: answer.body } : {}), ...(answer.bodyHash ? { bodyHash: answer.bodyHash } : {}), ...(answer.truncated ? { bodyTruncated: true } : {}) };
      }
      const next = nextUrl(answer.headers.location, current);
      if (!next) return { ...base, stopped: 'bad-location' };
      hop.location = next;
      if (seen.has(next)) return { ...base, stopped: 'loop' };
      if (hops.length > options.maxHops) return { ...base, stopped: 'too-many-hops' };
      seen.add(next);
      current = next;
    }
  }

  const retryable = (o: FetchOutcome) => (o.errorCode ? RETRY_ERRORS.has(o.errorCode) : o.stopped === undefined && retryableStatus(o.status ?? 0) && o.headers?.cfMitigated === undefined);
  const waitsTooLong = (o: FetchOutcome) => (retryAfterMs(o.headers?.retryAfter) ?? 0) > options.maxRetryAfterMs;

  return {
    async fetch(url, readBody) {
      if (!URL.canParse(url)) return { url, hops: [], errorCode: 'ERR_INVALID_URL', errorMessage: 'not a web address' };
      let outcome = await follow(url, readBody, 0);
      for (let attempt = 1; attempt <= options.retries && retryable(outcome) && !waitsTooLong(outcome); attempt++) {
        // A Retry-After wait is already enforced by the scheduler; other retries back off with jitter.
        if (outcome.headers?.retryAfter === undefined) await sleep(options.backoffMs * 2 ** (attempt - 1) + Math.random() * options.backoffMs);
        outcome = await follow(url, readBody, attempt);
      }
      return outcome;
    },
    newRound: forgetTemporaryFailures,
    close: () => dispatcher.close(),
  };
}
