import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.js';
import type { FetcherOptions } from './fetch-url.js';
import type { Timeouts } from './http.js';
import type { ConfirmPolicy } from './types.js';

/** Six connections per host, as browsers use; enough in all for 40 hosts at once. */
export const DEFAULT_LIMITS = { global: 256, perHost: 6 };

/** Broken after failing in 3 consecutive runs spanning at least 7 days. */
export const DEFAULT_CONFIRM: ConfirmPolicy = { runs: 3, days: 7 };

/** The user agent: the package's name and version, and its home page when package.json gives one. */
export function userAgent(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; homepage?: string };
  return `${pkg.name}-link-audit/${pkg.version} (${pkg.homepage ? `+${pkg.homepage}` : `${pkg.name} link audit`})`;
}

/** Time limits for one request that takes at most `totalMs` in all: short enough that a dead host costs seconds. */
export function timeoutsWithin(totalMs = 30_000): Timeouts {
  return { dns: Math.min(8_000, totalMs), connect: Math.min(10_000, totalMs), headers: Math.min(15_000, totalMs), body: Math.min(15_000, totalMs), total: totalMs };
}

/** Fetcher settings for real runs. */
export function defaultFetcherOptions(overrides: Partial<FetcherOptions> = {}): FetcherOptions {
  return {
    userAgent: userAgent(),
    timeouts: timeoutsWithin(),
    maxBytes: 1024 * 1024,
    limits: DEFAULT_LIMITS,
    headFirst: true,
    maxHops: 10,
    retries: 2,
    backoffMs: 1000,
    maxRetryAfterMs: 60_000,
    ...overrides,
  };
}
