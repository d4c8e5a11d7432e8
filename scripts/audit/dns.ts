import { promises as dns, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

/** A lookup error with a Node-style code, so classification treats it like the system's own. */
function lookupError(code: string, hostname: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${message} (${hostname})`), { code, hostname });
}

function withTimeout<T>(promise: Promise<T>, ms: number, hostname: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(lookupError('EAI_AGAIN', hostname, 'DNS lookup timed out')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** A lookup function, and a way to ask again for names whose lookup failed for a passing reason. */
export interface CachedLookup {
  lookup: LookupFunction;
  /** Forget slow or temporary failures, before the end-of-run re-check. */
  forgetTemporaryFailures(): void;
}

/**
 * A DNS lookup for net.connect that asks once per host name and gives up after `timeoutMs`.
 * Resolvers that drop bursts of queries otherwise hold each connection for the system's full retry time.
 */
export function cachedLookup(timeoutMs: number, resolve: (hostname: string) => Promise<LookupAddress[]> = (hostname) => dns.lookup(hostname, { all: true })): CachedLookup {
  const cache = new Map<string, Promise<LookupAddress[]>>();
  const temporary = new Set<string>();
  const lookup: LookupFunction = (hostname, options, callback) => {
    let addresses = cache.get(hostname);
    if (!addresses) {
      addresses = withTimeout(resolve(hostname), timeoutMs, hostname);
      cache.set(hostname, addresses);
      addresses.catch((error: { code?: string }) => error.code !== 'ENOTFOUND' && temporary.add(hostname));
    }
    addresses.then(
      (all) => {
        const usable = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        const first = usable[0];
        if (!first) callback(lookupError('ENOTFOUND', hostname, 'no address of the requested family'), '', 0);
        else if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
  return {
    lookup,
    forgetTemporaryFailures() {
      for (const hostname of temporary) cache.delete(hostname);
      temporary.clear();
    },
  };
}
