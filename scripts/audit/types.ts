import type { VerificationLevel } from '../../generated/types/records.js';
import type { RecordKind } from '../lib/types.js';

/** Where a value sits in a record file, for findings. */
export interface ValuePlace {
  recordId: string;
  /** Path for messages (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  /** RFC 6901 pointer to the value. */
  pointer: string;
}

/** What part of a record a URL comes from. */
export type UrlRole = 'website' | 'source' | 'contact' | 'other';

/** One web address in one record. */
export interface UrlUse extends ValuePlace {
  url: string;
  /** The key the URL sits under: website, url, key_url, source. */
  field: string;
  role: UrlRole;
}

/** The kinds of contact detail that a source page must state. */
export type DetailKind = 'email' | 'phone' | 'url' | 'fingerprint';

/** One contact detail (e-mail, phone number, form or portal address, PGP fingerprint) in one record. */
export interface ContactDetail extends ValuePlace {
  kind: DetailKind;
  value: string;
  /** The contact's kind in the record (email, hotline, web-form…). */
  contactKind: string;
  /** Cited pages that may state it: the contact's own source first, then every record source. */
  evidence: string[];
}

/** A schema-valid record with everything the link audit looks at. */
export interface AuditRecord {
  id: string;
  kind: RecordKind;
  /** Absolute path. */
  path: string;
  file: string;
  reviewDate: string;
  urls: UrlUse[];
  contacts: ContactDetail[];
  /** Source URLs, for "source changed since review". */
  sources: UrlUse[];
}

/** The outcome classes of one URL check. */
export type LinkClass =
  | 'ok'
  | 'moved-permanently'
  | 'cross-domain-redirect'
  | 'https-downgrade'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-found'
  | 'gone'
  | 'client-error'
  | 'server-error'
  | 'rate-limited'
  | 'timeout'
  | 'connection-reset'
  | 'connection-refused'
  | 'dns-failure'
  | 'tls-failure'
  | 'bot-protection'
  | 'soft-404'
  | 'network-error'
  | 'invalid-url';

/** One request and its answer, as seen while following redirects. */
export interface Hop {
  url: string;
  method: 'HEAD' | 'GET';
  status?: number;
  location?: string;
}

/** The response headers the audit reads. */
export interface PickedHeaders {
  location?: string;
  retryAfter?: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  cfMitigated?: string;
  server?: string;
}

/** Everything one check of a URL saw, before classification. */
export interface FetchOutcome {
  url: string;
  hops: Hop[];
  /** Set when the last request failed without a response (a Node or undici error code, or TIMEOUT). */
  errorCode?: string;
  errorMessage?: string;
  /** Why following stopped early: a loop, too many hops, or an unusable Location. */
  stopped?: 'loop' | 'too-many-hops' | 'bad-location';
  status?: number;
  headers?: PickedHeaders;
  /** The final page, decoded and bounded (GET only). */
  body?: string;
  /** A hash of the bounded body when it is not text (a PDF…). */
  bodyHash?: string;
  bodyTruncated?: boolean;
}

/** What the audit concludes about one URL in this run. */
export interface LinkResult {
  url: string;
  class: LinkClass;
  /** Short human words on what happened, such as "HTTP 404" or "certificate has expired". */
  detail: string;
  /** A failure worth re-checking later in the run (timeouts, resets, 5xx, 429). */
  transient: boolean;
  /** For moved-permanently: the address to write in the record. For redirects in general: where it ended. */
  finalUrl?: string;
  hops: Hop[];
  /** ETag, Last-Modified or a hash of the page text. */
  fingerprint?: string;
}

/** What the state file keeps about one URL between runs. */
export interface UrlState {
  /** First failure of the current run of failures (cleared by a success). */
  firstFailure?: string;
  lastFailure?: string;
  lastSuccess?: string;
  consecutiveFailures: number;
  lastClass?: LinkClass;
  fingerprint?: string;
  /** The date the current fingerprint was first seen. */
  fingerprintSince?: string;
  /** Set when the fingerprint replaced an earlier one (so a first sighting is not a change). */
  fingerprintChanged?: boolean;
}

/** The state file: per URL, what earlier runs saw. */
export interface LinkState {
  version: 1;
  urls: Record<string, UrlState>;
}

/** When repeated failures count as "broken". */
export interface ConfirmPolicy {
  /** Failed in at least this many consecutive runs… */
  runs: number;
  /** …spanning at least this many days. */
  days: number;
}

/** Review ages per record kind, and which verification levels count as confirmed (config/freshness.yml). */
export interface FreshnessPolicy {
  kinds: Record<RecordKind, { dueAfterDays: number; overdueAfterDays: number }>;
  confirmedVerification: VerificationLevel[];
}

/** When a record's review falls due; computed without "today" so that it is deterministic. */
export interface ReviewScheduleEntry {
  id: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  kind: RecordKind;
  reviewed: string;
  verification: VerificationLevel;
  confirmed: boolean;
  dueOn: string;
  overdueOn: string;
  /** Top-level region ids the record covers, or ["global"]. */
  regions: string[];
}

/** Why a record is in the freshness report, most urgent first. */
export type FreshnessReason = 'overdue' | 'due' | 'never-confirmed' | 'source-changed' | 'broken-links';
