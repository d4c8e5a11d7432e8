import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, sep } from 'node:path';
import type { RecordKind } from './types.js';

/** The folder under data/ that holds each record kind. */
export const KIND_FOLDERS: Record<string, RecordKind> = { organisations: 'organisation', mechanisms: 'mechanism' };
/** File endings a record may have. */
export const RECORD_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);

/** A file under data/ that is not where a record may be. */
export interface MisplacedFile {
  path: string;
  message: string;
}

/** The record kind a path's folder stands for, if any. */
export function kindOf(path: string): RecordKind | undefined {
  const folder = basename(dirname(path));
  return Object.hasOwn(KIND_FOLDERS, folder) ? KIND_FOLDERS[folder] : undefined;
}

/** The id a record file must have: its name without the ending. */
export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Files that may sit at the top of a data folder beside the record folders. */
const DATA_FOLDER_FILES = new Set(['README.md', 'exceptions.yml']);

/** Lists the record files under a data folder, and anything there that does not belong. */
export function listRecordFiles(dataDir: string): { files: string[]; misplaced: MisplacedFile[] } {
  const files: string[] = [];
  const misplaced: MisplacedFile[] = [];
  for (const entry of readdirSync(dataDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dataDir, entry.name);
    if (entry.name.startsWith('.') || DATA_FOLDER_FILES.has(entry.name)) continue;
    if (!entry.isDirectory() || !Object.hasOwn(KIND_FOLDERS, entry.name)) {
      misplaced.push({ path, message: `"${entry.name}" does not belong here; records go in ${Object.keys(KIND_FOLDERS).map((f) => `${f}/`).join(' or ')}` });
      continue;
    }
    // Plain code-unit order: stable across locales, and fast for large folders.
    for (const item of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = `${path}${sep}${item.name}`;
      if (item.name.startsWith('.')) continue;
      if (RECORD_EXTENSIONS.has(extname(item.name)) && (item.isFile() || (item.isSymbolicLink() && statSync(file).isFile()))) files.push(file);
      else misplaced.push({ path: file, message: `"${item.name}" is not a record; records are .yml, .yaml or .json files` });
    }
  }
  return { files, misplaced };
}
