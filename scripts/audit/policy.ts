import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../lib/cli.js';
import { configDir, displayPath } from '../lib/paths.js';
import { vocabulary } from '../lib/vocabularies.js';
import type { RecordKind } from '../lib/types.js';
import type { VerificationLevel } from '../../generated/types/records.js';
import type { FreshnessPolicy } from './types.js';

/** The review policy file. */
export const DEFAULT_POLICY = join(configDir, 'freshness.yml');

const KINDS: RecordKind[] = ['organisation', 'mechanism'];

function days(value: unknown, where: string, file: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new UsageError(`${file}: ${where} must be a whole number of days above 0 (got ${JSON.stringify(value)}); fix the policy file`);
}

/** Checks the policy's plain data and turns it into a FreshnessPolicy. */
export function policyFrom(data: unknown, file = 'config/freshness.yml'): FreshnessPolicy {
  const root = (data ?? {}) as { kinds?: Record<string, { due_after_days?: unknown; overdue_after_days?: unknown }>; confirmed_verification?: unknown };
  const kinds = {} as FreshnessPolicy['kinds'];
  for (const kind of KINDS) {
    const entry = root.kinds?.[kind];
    if (!entry) throw new UsageError(`${file}: kinds.${kind} is missing; give due_after_days and overdue_after_days for it`);
    const dueAfterDays = days(entry.due_after_days, `kinds.${kind}.due_after_days`, file);
    const overdueAfterDays = days(entry.overdue_after_days, `kinds.${kind}.overdue_after_days`, file);
    if (overdueAfterDays <= dueAfterDays) throw new UsageError(`${file}: kinds.${kind}.overdue_after_days must be more than due_after_days`);
    kinds[kind] = { dueAfterDays, overdueAfterDays };
  }
  const levels = vocabulary('verification').words;
  const confirmed = root.confirmed_verification;
  if (!Array.isArray(confirmed) || confirmed.some((v) => !levels.includes(String(v)))) {
    throw new UsageError(`${file}: confirmed_verification must list verification levels, from: ${levels.join(', ')}`);
  }
  return { kinds, confirmedVerification: confirmed as VerificationLevel[] };
}

/** Reads config/freshness.yml (or another policy file). */
export function readPolicy(file = DEFAULT_POLICY): FreshnessPolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the policy file ${displayPath(file)}; give one with --policy`);
  }
  return policyFrom(parse(text), displayPath(file));
}
