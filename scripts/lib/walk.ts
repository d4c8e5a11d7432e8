/** A string somewhere in a record, with its JSON Pointer and the key it sits under. */
export interface StringAt {
  pointer: string;
  key: string;
  value: string;
}

const escapeSegment = (segment: string | number) => (typeof segment === 'string' && (segment.includes('~') || segment.includes('/')) ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : String(segment));

/** The JSON Pointer of a path of keys and indexes. */
export const pointerOf = (path: readonly (string | number)[]): string => path.map((s) => `/${escapeSegment(s)}`).join('');

/**
 * Calls `visit` for every string in a record, depth first, in document order, with the key it sits
 * under and its path (a shared array: copy it, or turn it into a pointer with pointerOf, before keeping it).
 * Nothing is allocated per string, so rules can walk large data sets often.
 */
export function visitStrings(value: unknown, visit: (value: string, key: string, path: readonly (string | number)[]) => void, path: (string | number)[] = [], key = ''): void {
  if (typeof value === 'string') visit(value, key, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visitStrings(value[i], visit, path, key);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const k of Object.keys(value)) {
      path.push(k);
      visitStrings((value as Record<string, unknown>)[k], visit, path, k);
      path.pop();
    }
  }
}

/** The strings under the given keys, with their pointers. */
export function stringsUnder(record: unknown, keys: ReadonlySet<string>): StringAt[] {
  const found: StringAt[] = [];
  visitStrings(record, (value, key, path) => {
    if (keys.has(key)) found.push({ pointer: pointerOf(path), key, value });
  });
  return found;
}

/** Keys whose string values are web addresses. */
const URL_KEYS = new Set(['website', 'url', 'key_url', 'source']);

/** Every web address in a record: website, form and portal addresses, key addresses, cited sources. */
export function urlsIn(record: unknown): StringAt[] {
  return stringsUnder(record, URL_KEYS);
}

/** Keys whose string values are calendar dates. */
const DATE_KEYS = new Set(['consulted', 'page_date', 'date', 'seen']);

/** Every calendar date in a record. */
export function datesIn(record: unknown): StringAt[] {
  return stringsUnder(record, DATE_KEYS);
}
