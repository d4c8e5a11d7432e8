import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createSecureContext } from 'node:tls';
import type { FetcherOptions } from '../../../scripts/audit/fetch-url.js';

/** One request as the server saw it. */
export interface SeenRequest {
  host: string;
  path: string;
  method: string;
  start: number;
  end?: number;
}

/** Answers one request; `host` is the Host header without its port. */
export type Route = (req: IncomingMessage, res: ServerResponse, host: string) => void;

/** A server on 127.0.0.1 that counts requests and concurrent requests per host. */
export interface TestServer {
  port: number;
  /** Handlers by path (without the query); anything else is a plain 404. */
  routes: Map<string, Route>;
  seen: SeenRequest[];
  /** Most requests to one host that were open at the same moment. */
  peak(host: string): number;
  /** The address of a path on a host name that resolves to this server. */
  url(host: string, path: string): string;
  close(): Promise<void>;
}

function instrument(server: Server, protocol: 'http' | 'https'): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const seen: SeenRequest[] = [];
  const active = new Map<string, number>();
  const peaks = new Map<string, number>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    const entry: SeenRequest = { host, path: req.url ?? '/', method: req.method ?? 'GET', start: Date.now() };
    seen.push(entry);
    active.set(host, (active.get(host) ?? 0) + 1);
    peaks.set(host, Math.max(peaks.get(host) ?? 0, active.get(host)!));
    res.on('close', () => {
      entry.end = Date.now();
      active.set(host, active.get(host)! - 1);
    });
    const route = routes.get(path);
    if (route) route(req, res, host);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<title>404</title>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        routes,
        seen,
        peak: (host) => peaks.get(host) ?? 0,
        url: (host, path) => `${protocol}://${host}:${port}${path}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A plain HTTP test server. */
export function startHttpServer(): Promise<TestServer> {
  return instrument(createHttpServer({ keepAliveTimeout: 5000 }), 'http');
}

/** An HTTPS test server that picks its certificate by the name the client asks for (SNI). */
export function startHttpsServer(certificates: Record<string, { key: string; cert: string }>, fallback: { key: string; cert: string }): Promise<TestServer> {
  const contexts = new Map(Object.entries(certificates).map(([name, pair]) => [name, createSecureContext(pair)]));
  const server = createHttpsServer({ ...fallback, SNICallback: (name, done) => done(null, contexts.get(name) ?? createSecureContext(fallback)) });
  return instrument(server, 'https');
}

/** Resolves every *.test name to 127.0.0.1 and fails every other name, so no test can reach an outside address. */
export function loopbackLookup(missing: ReadonlySet<string> = new Set(['nxdomain.test'])): LookupFunction {
  return (hostname, options, callback) => {
    if (!hostname.endsWith('.test') || missing.has(hostname)) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    } else if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  };
}

/** Fetcher settings for tests: short time limits, quick retries, loopback names only. */
export function testFetcherOptions(overrides: Partial<FetcherOptions> = {}, ca?: string): FetcherOptions {
  return {
    userAgent: 'whrd-protection-link-audit/test',
    timeouts: { dns: 500, connect: 500, headers: 500, body: 500, total: 1500 },
    maxBytes: 64 * 1024,
    limits: { global: 64, perHost: 6 },
    headFirst: true,
    maxHops: 10,
    retries: 1,
    backoffMs: 10,
    maxRetryAfterMs: 3000,
    connect: { lookup: loopbackLookup(), ...(ca ? { ca } : {}) },
    ...overrides,
  };
}

/** Answers with a status, headers and body. */
export const answer = (status: number, body = '', headers: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
};

/** Redirects with the given status to a Location (relative or absolute). */
export const redirect = (status: number, location: string): Route => (_req, res) => {
  res.writeHead(status, { location }).end();
};
