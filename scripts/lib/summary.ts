import { getDomain } from 'tldts';
import type { RecordKind, RecordSummary } from './types.js';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The fields dataset rules read, taken defensively so that a record with schema errors still counts. */
export function summarise(path: string, kind: RecordKind, value: Record<string, unknown>, fallbackId: string): RecordSummary {
  const relations = Array.isArray(value.relations) ? value.relations : [];
  const website = text(value.website);
  const domain = website ? getDomain(website) : null;
  return {
    path,
    kind,
    id: text(value.id) ?? fallbackId,
    ...(domain ? { domain } : {}),
    relations: relations.flatMap((r: unknown, index) => {
      const { type, id } = (r ?? {}) as Record<string, unknown>;
      return typeof type === 'string' && typeof id === 'string' ? [{ type, id, index }] : [];
    }),
  };
}
