import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { Document, Node, YAMLError } from 'yaml';
import { readText } from './read-text.js';
import type { Position } from './types.js';

// The full parser is loaded on first use: clean records take the fast path (parse-fast.ts) and never need it.
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** A problem found while parsing, before any schema check. */
export interface ParseProblem {
  rule: 'yaml-syntax' | 'json-syntax' | 'multiple-documents' | 'duplicate-key' | 'yaml-alias' | 'yaml-tag' | 'yaml-key' | 'forbidden-key' | 'empty-file' | 'not-a-record';
  message: string;
  position: Position;
}

/** A parsed record file: its plain value, problems, and a way to find where a value sits. */
export interface ParsedText {
  /** Undefined when the file could not be parsed into a mapping. */
  value?: Record<string, unknown>;
  problems: ParseProblem[];
  /** Position of the value (or its key, with atKey) at an RFC 6901 pointer; the nearest existing ancestor when absent. */
  locate(pointer: string, atKey?: boolean): Position;
}

// Explicit tags such as !!binary or !!set resolve to non-JSON values; only the JSON-compatible core tags may appear.
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
// Keys that would reach Object.prototype when a record is copied into a plain object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Plainer words for the parser's most common complaints.
const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces',
  BAD_INDENT: 'check the indentation: items of one list or mapping must start in the same column',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; is a colon missing, or a quote left open?',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line; is a colon missing, or a quote left open?',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted string; use single quotes or write \\\\ for a backslash',
};

/** Splits an RFC 6901 JSON Pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into an RFC 6901 JSON Pointer. */
export function toPointer(segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function describe(value: unknown): string {
  if (value instanceof Uint8Array) return 'binary data';
  return value === null ? 'empty' : typeof value === 'object' ? 'a mapping or list' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Converts the YAML tree to plain data, reporting what a record may not contain. */
function toPlain(node: Node | null | undefined, at: (offset: number) => Position, problems: ParseProblem[]): unknown {
  if (!node) return null;
  if (yaml().isAlias(node)) {
    problems.push({ rule: 'yaml-alias', position: at(node.range?.[0] ?? 0), message: `alias *${node.source} is not allowed; write the value out in full` });
    return null;
  }
  if (node.anchor) problems.push({ rule: 'yaml-alias', position: at(node.range?.[0] ?? 0), message: `anchor &${node.anchor} is not allowed; write each value out in full` });
  if (node.tag?.startsWith('tag:yaml.org,2002:') && !CORE_TAGS.has(node.tag)) {
    problems.push({ rule: 'yaml-tag', position: at(node.range?.[0] ?? 0), message: `tag !!${node.tag.slice(18)} is not allowed; write plain text, numbers, lists and mappings` });
    return null;
  }
  if (yaml().isScalar(node)) return node.value;
  if (yaml().isSeq(node)) return node.items.map((item) => toPlain(item as Node, at, problems));
  if (yaml().isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, Position>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const keyPos = at(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
      const key = yaml().isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        problems.push({ rule: 'yaml-key', position: keyPos, message: `keys must be text, got ${describe(yaml().isScalar(keyNode) ? key : {})}; quote the key` });
        continue;
      }
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ rule: 'forbidden-key', position: keyPos, message: `key "${key}" is not allowed; rename or remove it` });
        continue;
      }
      const first = seen.get(key);
      if (first) {
        problems.push({ rule: 'duplicate-key', position: keyPos, message: `duplicate key "${key}" (first at line ${first.line}, column ${first.column}); keep only one` });
        continue;
      }
      seen.set(key, keyPos);
      out[key] = toPlain(pair.value as Node, at, problems);
    }
    return out;
  }
  return null;
}

function findNode(doc: Document, pointer: string, atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  const segments = pointerSegments(pointer);
  for (const [index, segment] of segments.entries()) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => yaml().isPair(p) && yaml().isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return offset;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      const wantKey = atKey && index === segments.length - 1;
      offset = wantKey || !value?.range ? (key.range?.[0] ?? offset) : value.range[0];
      node = value;
    } else if (yaml().isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else return offset;
  }
  return offset;
}

// V8 names the offset only for some JSON errors. Otherwise: the shortest prefix that fails
// somewhere before its own end ends just after the offending character.
function jsonErrorOffset(error: unknown, text: string): number {
  const positionIn = (e: unknown) => /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
  const known = positionIn(error);
  if (known !== undefined) return Number(known);
  const failsBeforeEnd = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      const position = positionIn(e);
      return position === undefined ? !/end of JSON input/.test(e instanceof Error ? e.message : '') : Number(position) < length;
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsBeforeEnd(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

// One line, without V8's excerpt of the source: "Unexpected token '}', "{ ... }" is not valid JSON".
function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : 'invalid JSON';
  return message.split('\n')[0]!.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?".*$/, '').replace(/^JSON\.parse: /, '');
}

/** Parses the text of a YAML or JSON record, keeping positions and refusing YAML traps. */
export function parseRecordText(text: string, format: 'yaml' | 'json'): ParsedText {
  const lineCounter = new (yaml().LineCounter)();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: ParseProblem[] = [];
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      const offset = jsonErrorOffset(error, text);
      lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
      return { problems: [{ rule: 'json-syntax', position: at(offset), message: `invalid JSON: ${jsonErrorReason(error)}` }], locate: () => at(offset) };
    }
  }
  const doc = yaml().parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false, prettyErrors: false, strict: true, lineCounter });
  const locate = (pointer: string, atKey = false) => at(findNode(doc, pointer, atKey));
  const syntax = (e: YAMLError): ParseProblem => {
    if (e.code === 'MULTIPLE_DOCS') return { rule: 'multiple-documents', position: at(e.pos[0]), message: 'file holds more than one YAML document (a second "---"); keep one record per file' };
    if (e.code === 'BAD_ALIAS' || e.code === 'ALIAS_PROPS') return { rule: 'yaml-alias', position: at(e.pos[0]), message: 'aliases are not allowed; write the value out in full' };
    if (e.code === 'TAG_RESOLVE_FAILED') return { rule: 'yaml-tag', position: at(e.pos[0]), message: `${e.message.split('\n')[0]}; remove the tag` };
    const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const hint = SYNTAX_HINTS[e.code];
    const message = e.code === 'TAB_AS_INDENT' ? hint! : hint ? `${first}: ${hint}` : first;
    return { rule: format === 'json' ? 'json-syntax' : 'yaml-syntax', position: at(e.pos[0]), message };
  };
  problems.push(...doc.errors.map(syntax), ...doc.warnings.map(syntax));
  if (doc.errors.length > 0) return { problems, locate };
  if (doc.contents === null) {
    return { problems: [...problems, { rule: 'empty-file', position: { line: 1, column: 1 }, message: 'file holds no record; a record is a mapping that starts with "id:"' }], locate };
  }
  const value = toPlain(doc.contents as Node, at, problems);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ rule: 'not-a-record', position: at(doc.contents.range?.[0] ?? 0), message: `a record must be a mapping of fields ("id: …", "name: …"), got ${Array.isArray(value) ? 'a list' : describe(value)}` });
    return { problems, locate };
  }
  return { value: value as Record<string, unknown>, problems, locate };
}

/** The syntax of a record file, from its ending. */
export function recordFormat(path: string): 'yaml' | 'json' {
  return extname(path) === '.json' ? 'json' : 'yaml';
}

/** Reads and parses a record file with positions (to place findings); undefined when its bytes are not text. */
export function parseRecordFile(path: string, bytes: Uint8Array = readFileSync(path)): ParsedText | undefined {
  const { text } = readText(bytes);
  return text === undefined ? undefined : parseRecordText(text, recordFormat(path));
}
