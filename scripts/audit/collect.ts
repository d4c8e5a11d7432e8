import { readFileSync } from 'node:fs';
import { createFileChecker } from '../lib/check-file.js';
import { parseRecordFile } from '../lib/parse.js';
import { displayPath } from '../lib/paths.js';
import type { Finding, LoadedRecord } from '../lib/types.js';
import { urlsIn } from '../lib/walk.js';
import type { AuditRecord, ContactDetail, DetailKind, UrlRole, UrlUse, ValuePlace } from './types.js';

/** The audit's view of a set of record files: what it can audit, and findings for what it cannot. */
export interface CollectedRecords {
  records: AuditRecord[];
  skipped: Finding[];
}

/** Which fields of each contact kind hold a detail a source page must state. */
const DETAIL_FIELDS: Record<string, [field: string, kind: DetailKind][]> = {
  email: [['address', 'email']],
  phone: [['number', 'phone'], ['national_number', 'phone']],
  hotline: [['number', 'phone']],
  fax: [['number', 'phone']],
  messaging: [['number', 'phone'], ['url', 'url']],
  'web-form': [['url', 'url']],
  'online-portal': [['url', 'url']],
  'secure-channel': [['url', 'url']],
  'pgp-key': [['for_address', 'email'], ['fingerprint', 'fingerprint']],
};

function roleOf(pointer: string, key: string): UrlRole {
  if (key === 'website') return 'website';
  if (/^\/sources\/\d+\/url$/.test(pointer)) return 'source';
  if (pointer.startsWith('/contacts/') && key !== 'source') return 'contact';
  return 'other';
}

/** A contact detail without its place in the file. */
export type DetailAt = Pick<ContactDetail, 'kind' | 'value' | 'contactKind' | 'evidence' | 'pointer'>;

/** Every contact detail of a record's data; read defensively, so it also works on an older version of a record. */
export function contactDetailsIn(data: unknown): DetailAt[] {
  const record = (data ?? {}) as { contacts?: unknown; sources?: unknown };
  const sources = Array.isArray(record.sources) ? record.sources.flatMap((s: { url?: unknown } | null) => (typeof s?.url === 'string' ? [s.url] : [])) : [];
  const contacts = Array.isArray(record.contacts) ? (record.contacts as unknown[]) : [];
  return contacts.flatMap((contact, index) => {
    const fields = (contact ?? {}) as Record<string, unknown>;
    const own = typeof fields.source === 'string' ? [fields.source] : [];
    const evidence = [...new Set([...own, ...sources])];
    return (DETAIL_FIELDS[String(fields.kind)] ?? []).flatMap(([field, kind]) => {
      const value = fields[field];
      return typeof value === 'string' ? [{ kind, value, contactKind: String(fields.kind), evidence, pointer: `/contacts/${index}/${field}` }] : [];
    });
  });
}

/** The URLs and contact details of one schema-valid record, each with its place in the file. */
export function describeRecord(record: LoadedRecord, locate: (pointer: string) => { line: number; column: number }, cwd = process.cwd()): AuditRecord {
  const file = displayPath(record.path, cwd);
  const id = record.data.id;
  const place = (pointer: string): ValuePlace => ({ recordId: id, file, pointer, ...locate(pointer) });
  const urls: UrlUse[] = urlsIn(record.data).map((s) => ({ url: s.value, field: s.key, role: roleOf(s.pointer, s.key), ...place(s.pointer) }));
  const contacts: ContactDetail[] = contactDetailsIn(record.data).map((d) => ({ ...d, ...place(d.pointer) }));
  return { id, kind: record.kind, path: record.path, file, reviewDate: record.data.review.date, urls, contacts, sources: urls.filter((u) => u.role === 'source') };
}

/** A record the validator accepts, with a way to find where its values sit. */
export interface AcceptedRecord {
  record: LoadedRecord;
  locate: (pointer: string) => { line: number; column: number };
}

/** Loads record files through the validator; only records it accepts are audited, the others become warnings. */
export async function loadAcceptedRecords(files: string[], options: { today: string; cwd?: string }): Promise<{ accepted: AcceptedRecord[]; skipped: Finding[] }> {
  const cwd = options.cwd ?? process.cwd();
  const check = await createFileChecker({ today: options.today, cwd });
  const accepted: AcceptedRecord[] = [];
  const skipped: Finding[] = [];
  for (const path of files) {
    const bytes = readFileSync(path);
    const result = check(path, bytes);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (!result.record || errors > 0) {
      const message = `record not audited: the validator rejects it (${errors} error${errors === 1 ? '' : 's'}); run "npm run validate" and fix them first`;
      skipped.push({ file: displayPath(path, cwd), line: 1, column: 1, severity: 'warning', rule: 'not-audited', message });
      continue;
    }
    const parsed = parseRecordFile(path, bytes);
    accepted.push({ record: result.record, locate: (pointer) => parsed?.locate(pointer) ?? { line: 1, column: 1 } });
  }
  return { accepted, skipped };
}

/** The audit's view of record files: their URLs and contact details, and warnings for records it cannot audit. */
export async function collectRecords(files: string[], options: { today: string; cwd?: string }): Promise<CollectedRecords> {
  const { accepted, skipped } = await loadAcceptedRecords(files, options);
  return { records: accepted.map(({ record, locate }) => describeRecord(record, locate, options.cwd)), skipped };
}
