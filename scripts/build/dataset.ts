import { readFileSync } from 'node:fs';
import type { Entry } from '../../src/query.js';
import { createFileChecker } from '../lib/check-file.js';
import { listRecordFiles } from '../lib/files.js';
import type { Finding } from '../lib/types.js';

/** Every schema-valid record of a data folder as package entries sorted by id, the file of each, and what stopped any other. */
export async function loadEntries(dataDir: string, today: string): Promise<{ entries: Entry[]; files: Map<string, string>; findings: Finding[] }> {
  const check = await createFileChecker({ today });
  const entries: Entry[] = [];
  const files = new Map<string, string>();
  const findings: Finding[] = [];
  for (const path of listRecordFiles(dataDir).files) {
    const result = check(path, readFileSync(path));
    findings.push(...result.findings);
    if (!result.record) continue;
    entries.push({ kind: result.record.kind, ...result.record.data } as Entry);
    files.set(result.record.data.id, path);
  }
  return { entries: entries.sort((a, b) => a.id.localeCompare(b.id)), files, findings };
}
