/**
 * Inline YAML fixtures. Both builders give 20 lines whose positions tests rely on:
 *
 *   1 id            6 website        11 coverage        16 review
 *   2 name          7 types|system   12   global: true  17   date
 *   3   en          8   - …|type     13 sources         18   by
 *   4 summary       9 services|limits 14  - url         19   method
 *   5   en         10   - …          15     consulted   20   verification
 *
 * `extra` is appended from line 21 on. Only organisations and placeholders, never a real person or case.
 */

/** The date tests treat as today. */
export const TODAY = '2026-06-01';
/** The date every fixture was "consulted" and "reviewed". */
export const CONSULTED = '2026-01-10';

/** What a fixture may vary. */
export interface RecordOptions {
  id?: string;
  /** The website line's value (line 6). */
  website?: string;
  /** Top-level YAML appended after the review block, starting on line 21. */
  extra?: string;
}

const review = `review:
  date: ${CONSULTED}
  by: Project maintainers
  method: published-sources
  verification: desk-research
`;

/** A schema-valid organisation record with no lint findings. */
export function organisation({ id = 'example-fund', website = 'https://example.org/', extra = '' }: RecordOptions = {}): string {
  return `id: ${id}
name:
  en: Example Fund
summary:
  en: A fund that gives small emergency grants to defenders at risk.
website: ${website}
types:
  - rapid-response-fund
services:
  - emergency-grant
coverage:
  global: true
sources:
  - url: https://example.org/grants
    consulted: ${CONSULTED}
${review}${extra}`;
}

/** A schema-valid mechanism record with no lint findings. */
export function mechanism({ id = 'example-mechanism', website = 'https://example.net/', extra = '' }: RecordOptions = {}): string {
  return `id: ${id}
name:
  en: Example Mechanism
summary:
  en: An intergovernmental body that writes to governments about defenders at risk.
website: ${website}
system: united-nations
type: special-procedure
limits:
  - en: Its letters are not binding.
coverage:
  global: true
sources:
  - url: https://example.net/submit
    consulted: ${CONSULTED}
${review}${extra}`;
}

/** Replaces the one occurrence of `from`; fails loudly when a fixture no longer contains it. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`fixture must contain ${JSON.stringify(from)} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The record with its service (line 10) misspelt as "emergency-grnt". */
export function withServiceTypo(yaml: string): string {
  return edit(yaml, '  - emergency-grant', '  - emergency-grnt');
}

/** A relations block for `extra`. */
export function relations(...items: [type: string, id: string][]): string {
  return `relations:\n${items.map(([type, id]) => `  - type: ${type}\n    id: ${id}\n`).join('')}`;
}
