import type { Mechanism, Organisation } from '../../generated/types/records.js';

/** The two record kinds; each has its folder under data/ and its schema. */
export type RecordKind = 'organisation' | 'mechanism';

/** The data of a schema-valid record. */
export type RecordData = Organisation | Mechanism;

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** How serious a finding is: errors fail the run, warnings only with --strict. */
export type Severity = 'error' | 'warning';

/** One problem found in one place; the only thing stages hand to the reporter. */
export interface Finding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Rule id, such as `unique-ids` or `schema`. */
  rule: string;
  /** What is wrong, then what to do. */
  message: string;
  /** RFC 6901 pointer to the value in the record, when the finding is about one. */
  pointer?: string;
}

/** A record that passed the schema, with where it came from. */
export interface LoadedRecord<T extends RecordData = RecordData> {
  /** Absolute path of the file. */
  path: string;
  kind: RecordKind;
  data: T;
}

/** What a rule reports; the runner turns `pointer` (RFC 6901) into a file position. */
export interface RuleReport {
  record: LoadedRecord | RecordSummary;
  pointer: string;
  message: string;
  severity?: Severity;
  /** Point at the key rather than its value (for "unknown field" style findings). */
  atKey?: boolean;
  /** Another place that explains the finding, shown as "(see file:line:column)". */
  related?: { record: LoadedRecord | RecordSummary; pointer: string };
}

/** The callback a rule reports findings through. */
export type Reporter = (report: RuleReport) => void;

/** What a record-scope rule sees. */
export interface RecordRuleInput {
  record: LoadedRecord;
  /** Today's date (YYYY-MM-DD), so that runs are reproducible. */
  today: string;
}

/**
 * The fields of a record that dataset-scope rules may read. Kept small so the
 * validation cache can hold them for every file.
 */
export interface RecordSummary {
  path: string;
  kind: RecordKind;
  id: string;
  /** Registrable domain of the website (such as frontlinedefenders.org). */
  domain?: string;
  relations: { type: string; id: string; index: number }[];
}

/** What a dataset-scope rule sees. */
export interface DatasetRuleInput {
  records: RecordSummary[];
}

interface RuleBase {
  /** Equal to the rule's file name. */
  id: string;
  /** One sentence, shown by --list-rules. */
  description: string;
}

/** A rule that checks one schema-valid record at a time. */
export interface RecordRule extends RuleBase {
  scope: 'record';
  check(input: RecordRuleInput, report: Reporter): void;
}

/** A rule that checks relations between records. */
export interface DatasetRule extends RuleBase {
  scope: 'dataset';
  check(input: DatasetRuleInput, report: Reporter): void;
}

/** Every lint rule has this shape: see scripts/rules/. */
export type Rule = RecordRule | DatasetRule;
