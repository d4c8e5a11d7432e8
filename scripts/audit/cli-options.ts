import { wholeNumber, type CommandSpec } from '../lib/cli.js';
import { DEFAULT_CONFIRM } from './defaults.js';
import type { ConfirmPolicy } from './types.js';

/** The options both audits take for "broken after N failed runs over D days". */
export const CONFIRM_OPTIONS: CommandSpec['options'] = {
  'confirm-runs': { type: 'string', value: 'N', description: `a link is broken after failing in N consecutive runs (default: ${DEFAULT_CONFIRM.runs})` },
  'confirm-days': { type: 'string', value: 'D', description: `…that span at least D days (default: ${DEFAULT_CONFIRM.days})` },
};

/** Reads --confirm-runs and --confirm-days. */
export function confirmPolicy(values: Record<string, unknown>): ConfirmPolicy {
  return {
    runs: wholeNumber('confirm-runs', values['confirm-runs'] as string | undefined, DEFAULT_CONFIRM.runs),
    days: wholeNumber('confirm-days', values['confirm-days'] as string | undefined, DEFAULT_CONFIRM.days, 0),
  };
}
