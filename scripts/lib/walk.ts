import { toPointer } from './parse.js';

/** A string somewhere in a record, with its JSON Pointer and the key it sits under. */
export interface StringAt {
  pointer: string;
  key: string;
  value: string;
}

/** Every string value in a record, depth first, in document order. */
export function stringsIn(value: unknown, path: (string | number)[] = [], key = ''): StringAt[] {
  if (typeof value === 'string') return [{ pointer: toPointer(path), key, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index], key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k], k));
  return [];
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
