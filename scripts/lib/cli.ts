import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes shared by every command: 0 clean, 1 findings, 2 usage or internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

type Option = NonNullable<ParseArgsConfig['options']>[string] & { description: string; value?: string };

/** What a command accepts, for parsing and for --help. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, Option>;
  positionals?: string;
  notes?: string[];
}

/** The --help text of a command. */
export function helpText(spec: CommandSpec): string {
  const width = Math.max(...Object.entries(spec.options).map(([name, o]) => name.length + (o.value ? o.value.length + 1 : 0))) + 4;
  const lines = Object.entries(spec.options).map(([name, o]) => {
    const flag = `--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${o.short ? `-${o.short}, ` : '    '}${flag.padEnd(width)}${o.description}`;
  });
  return [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:', ...lines, ...(spec.notes?.length ? ['', ...spec.notes] : []), ''].join('\n');
}

/** A mistake in how a command was called; it exits with code 2. */
export class UsageError extends Error {}

/** Parses argv against the spec; unknown options and bad values become UsageError. */
export function parseCommand(spec: CommandSpec, argv: string[]) {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, { description: _d, value: _v, ...rest }]) => [name, rest]));
  try {
    return parseArgs({ args: argv, options, allowPositionals: Boolean(spec.positionals), strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split(/\.\s|\n/)[0]! : String(error));
  }
}

/** Checks that an option's value is one of the allowed words. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of: ${allowed.join(', ')} (got "${value}")`);
}

/** Checks a whole-number option. */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  return n;
}

/** Checks a YYYY-MM-DD date option. */
export function dateOption(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(`--${name} must be a date written YYYY-MM-DD (got "${value}")`);
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs a command's main function: usage errors print help hints and exit 2; unexpected errors exit 2 without a stack trace. */
export async function runCommand(spec: CommandSpec, main: (argv: string[]) => Promise<number>): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText(spec));
    return;
  }
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${spec.name}: ${error.message}\nRun "${spec.name} --help" for usage.\n`);
    } else {
      process.stderr.write(`${spec.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    }
    process.exitCode = EXIT.usage;
  }
}

/** Writes a progress line to stderr when it is a terminal; returns a function that clears it. */
export function progress(message: string): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  process.stderr.write(`${message}\r`);
  return () => process.stderr.write(`\x1b[2K\r`);
}
