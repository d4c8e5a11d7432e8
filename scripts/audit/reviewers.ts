import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { configDir } from '../lib/paths.js';
import type { RecordKind } from '../lib/types.js';
import { GLOBAL } from './regions.js';

/** The reviewers file (CODEOWNERS-style). */
export const DEFAULT_REVIEWERS = join(configDir, 'reviewers');

/** One line of the reviewers file: a pattern and its owners. */
export interface ReviewerRule {
  pattern: string;
  owners: string[];
  line: number;
}

/** What a rule is matched against: a record, in one of its region groups. */
export interface ReviewTarget {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  kind: RecordKind;
  /** A top-level region id, or "global". */
  region: string;
}

/** Reads the lines of a reviewers file; problems say which line and what to fix. */
export function parseReviewers(text: string, knownRegions: readonly string[]): { rules: ReviewerRule[]; problems: string[] } {
  const rules: ReviewerRule[] = [];
  const problems: string[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern, ...owners] = line.split(/\s+/);
    const where = `config/reviewers line ${index + 1}`;
    if (owners.length === 0 || owners.some((o) => !/^@[\w.-]+(?:\/[\w.-]+)?$/.test(o))) {
      problems.push(`${where}: "${raw.trim()}" needs a pattern followed by @owners (GitHub teams or handles); fix the line`);
      continue;
    }
    const region = /^region:(.+)$/.exec(pattern!)?.[1];
    if (region !== undefined && region !== GLOBAL && !knownRegions.includes(region)) {
      problems.push(`${where}: unknown region "${region}", expected one of: ${[...knownRegions, GLOBAL].join(', ')}`);
      continue;
    }
    rules.push({ pattern: pattern!, owners, line: index + 1 });
  }
  return { rules, problems };
}

/** Reads config/reviewers; a missing file means nobody is assigned. */
export function readReviewers(knownRegions: readonly string[], file = DEFAULT_REVIEWERS): { rules: ReviewerRule[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { rules: [], problems: [`no reviewers file at ${file}; every record is listed without reviewers`] };
  }
  return parseReviewers(text, knownRegions);
}

/** A path glob as a regular expression: * within a folder, ** across folders, ? one character. */
export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\//, '');
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      const folder = g[i + 2] === '/';
      out += folder ? '(?:.*/)?' : '.*';
      i += folder ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function matches(pattern: string, target: ReviewTarget): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('region:')) return pattern.slice(7) === target.region;
  if (pattern.startsWith('kind:')) return pattern.slice(5) === target.kind;
  return globToRegExp(pattern).test(pattern.includes('/') ? target.file : posix.basename(target.file));
}

/** The owners of a record in one region group: the last matching line wins, as in CODEOWNERS. */
export function reviewersFor(target: ReviewTarget, rules: readonly ReviewerRule[]): string[] {
  let owners: string[] = [];
  for (const rule of rules) if (matches(rule.pattern, target)) owners = rule.owners;
  return owners;
}
