/** A string somewhere in a record, with its JSON Pointer and the key it sits under. */
export interface StringAt {
  pointer: string;
  key: string;
  value: string;
}

const escapeSegment = (key: string) => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

function collect(value: unknown, pointer: string, key: string, out: StringAt[]): void {
  if (typeof value === 'string') out.push({ pointer, key, value });
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) collect(value[i], `${pointer}/${i}`, key, out);
  else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) collect((value as Record<string, unknown>)[k], `${pointer}/${escapeSegment(k)}`, k, out);
}

// Several rules read the strings of the same record: walk each record once.
const walked = new WeakMap<object, StringAt[]>();

/** Every string value in a record, depth first, in document order. */
export function stringsIn(value: unknown): StringAt[] {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? [{ pointer: '', key: '', value }] : [];
  let found = walked.get(value);
  if (!found) {
    found = [];
    collect(value, '', '', found);
    walked.set(value, found);
  }
  return found;
}

/** Keys whose string values are web addresses. */
const URL_KEYS = new Set(['website', 'url', 'key_url', 'source']);

/** Every web address in a record: website, form and portal addresses, key addresses, cited sources. */
export function urlsIn(record: unknown): StringAt[] {
  return stringsIn(record).filter((s) => URL_KEYS.has(s.key));
}

/** Keys whose string values are calendar dates. */
const DATE_KEYS = new Set(['consulted', 'page_date', 'date', 'seen']);

/** Every calendar date in a record. */
export function datesIn(record: unknown): StringAt[] {
  return stringsIn(record).filter((s) => DATE_KEYS.has(s.key));
}
