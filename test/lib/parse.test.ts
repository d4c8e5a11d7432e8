import { describe, expect, it } from 'vitest';
import { parseRecordText, pointerSegments, toPointer, type ParseProblem } from '../../scripts/lib/parse.js';
import { lint } from '../helpers/check.js';
import { edit, organisation } from '../helpers/records.js';

/** The problems of a YAML text; each case expects exactly one list. */
const problems = (text: string, format: 'yaml' | 'json' = 'yaml') => parseRecordText(text, format).problems;
const problem = (rule: ParseProblem['rule'], line: number, column: number, message: string): ParseProblem => ({ rule, position: { line, column }, message });

describe('parseRecordText refuses YAML traps', () => {
  it('parses a plain mapping without problems', () => {
    const parsed = parseRecordText('id: a\nname:\n  en: A\ntags: [x, y]\n', 'yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ id: 'a', name: { en: 'A' }, tags: ['x', 'y'] });
  });

  it('duplicate key, naming where the first one is', () => {
    expect(problems('id: a\nname: b\nid: c\n')).toEqual([problem('duplicate-key', 3, 1, 'duplicate key "id" (first at line 1, column 1); keep only one')]);
  });

  it('duplicate key in a nested mapping', () => {
    expect(problems('id: a\nname:\n  en: A\n  en: B\n')).toEqual([problem('duplicate-key', 4, 3, 'duplicate key "en" (first at line 3, column 3); keep only one')]);
  });

  // Anchors and tags are placed on the value they decorate (see the report: on a block collection that is the next line).
  it('anchor', () => {
    expect(problems('id: &x a\nname: b\n')).toEqual([problem('yaml-alias', 1, 8, 'anchor &x is not allowed; write each value out in full')]);
  });

  it('alias, with its anchor', () => {
    expect(problems('id: &x a\nname: *x\n')).toEqual([
      problem('yaml-alias', 1, 8, 'anchor &x is not allowed; write each value out in full'),
      problem('yaml-alias', 2, 7, 'alias *x is not allowed; write the value out in full'),
    ]);
  });

  it('alias without an anchor', () => {
    expect(problems('id: a\nname: *x\n')).toEqual([problem('yaml-alias', 2, 7, 'alias *x is not allowed; write the value out in full')]);
  });

  it('multiple documents', () => {
    const parsed = parseRecordText('id: a\n---\nid: b\n', 'yaml');
    expect(parsed.problems).toEqual([problem('multiple-documents', 2, 1, 'file holds more than one YAML document (a second "---"); keep one record per file')]);
    expect(parsed.value).toBeUndefined();
  });

  it('tab indentation', () => {
    expect(problems('id: a\nname:\n\ten: A\n')).toEqual([problem('yaml-syntax', 3, 1, 'a tab is used for indentation; indent with spaces')]);
  });

  it('unclosed double quote', () => {
    expect(problems('id: "abc\nname: b\n')).toEqual([problem('yaml-syntax', 3, 1, 'Missing closing "quote: a closing quote or bracket is missing')]);
  });

  it('unclosed single quote', () => {
    expect(problems("id: a\nname: 'abc\n")).toEqual([problem('yaml-syntax', 3, 1, "Missing closing 'quote: a closing quote or bracket is missing")]);
  });

  it('custom tag', () => {
    expect(problems('id: !foo a\n')).toEqual([problem('yaml-tag', 1, 5, 'Unresolved tag: !foo; remove the tag')]);
  });

  it('!!binary', () => {
    const parsed = parseRecordText('id: a\nlogo: !!binary aGVsbG8=\n', 'yaml');
    expect(parsed.problems).toEqual([problem('yaml-tag', 2, 16, 'tag !!binary is not allowed; write plain text, numbers, lists and mappings')]);
    expect(parsed.value).toEqual({ id: 'a', logo: null });
  });

  it('!!set', () => {
    expect(problems('id: a\ntags: !!set { a, b }\n')).toEqual([problem('yaml-tag', 2, 13, 'tag !!set is not allowed; write plain text, numbers, lists and mappings')]);
  });

  it('accepts the JSON-compatible core tags', () => {
    const parsed = parseRecordText('id: !!str 12\nmax: !!int "7"\n', 'yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ id: '12', max: 7 });
  });

  it('number key', () => {
    expect(problems('id: a\n1: x\n')).toEqual([problem('yaml-key', 2, 1, 'keys must be text, got number 1; quote the key')]);
  });

  it('complex key', () => {
    expect(problems('id: a\n? [a]\n: x\n')).toEqual([problem('yaml-key', 2, 3, 'keys must be text, got a mapping or list; quote the key')]);
  });

  it('null key', () => {
    expect(problems('id: a\n? \n: x\n')).toEqual([problem('yaml-key', 2, 3, 'keys must be text, got empty; quote the key')]);
  });

  it('__proto__', () => {
    const parsed = parseRecordText('id: a\n__proto__:\n  polluted: true\n', 'yaml');
    expect(parsed.problems).toEqual([problem('forbidden-key', 2, 1, 'key "__proto__" is not allowed; rename or remove it')]);
    expect(parsed.value).toEqual({ id: 'a' });
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it('constructor, nested', () => {
    expect(problems('id: a\nname:\n  constructor: x\n')).toEqual([problem('forbidden-key', 3, 3, 'key "constructor" is not allowed; rename or remove it')]);
  });

  it('prototype', () => {
    expect(problems('id: a\nprototype: x\n')).toEqual([problem('forbidden-key', 2, 1, 'key "prototype" is not allowed; rename or remove it')]);
  });

  it('empty file, and a file of comments only', () => {
    const empty = [problem('empty-file', 1, 1, 'file holds no record; a record is a mapping that starts with "id:"')];
    expect(problems('')).toEqual(empty);
    expect(problems('# nothing yet\n')).toEqual(empty);
  });

  it('list at top level', () => {
    expect(problems('- id: a\n- id: b\n')).toEqual([problem('not-a-record', 1, 1, 'a record must be a mapping of fields ("id: …", "name: …"), got a list')]);
  });

  it('scalar at top level', () => {
    expect(problems('hello\n')).toEqual([problem('not-a-record', 1, 1, 'a record must be a mapping of fields ("id: …", "name: …"), got string "hello"')]);
    expect(problems('\n42\n')).toEqual([problem('not-a-record', 2, 1, 'a record must be a mapping of fields ("id: …", "name: …"), got number 42')]);
  });
});

describe('parseRecordText with JSON', () => {
  it('parses JSON as a record', () => {
    const parsed = parseRecordText('{\n  "id": "a",\n  "tags": ["x"]\n}\n', 'json');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ id: 'a', tags: ['x'] });
  });

  it('syntax error with its position', () => {
    const parsed = parseRecordText('{\n  "id": "a",\n}\n', 'json');
    expect(parsed.problems).toEqual([problem('json-syntax', 3, 1, 'invalid JSON: Expected double-quoted property name')]);
    expect(parsed.value).toBeUndefined();
    expect(parsed.locate('/id')).toEqual({ line: 3, column: 1 });
  });

  it('syntax error that V8 reports without a position: still placed exactly, on one line', () => {
    expect(problems('{\n  "id": "example-fund",\n  "name": }\n', 'json')).toEqual([problem('json-syntax', 3, 11, 'invalid JSON: Unexpected token \'}\'')]);
  });

  it('empty JSON file', () => {
    expect(problems('', 'json')).toEqual([problem('json-syntax', 1, 1, 'invalid JSON: Unexpected end of JSON input')]);
  });

  it('duplicate key, which JSON.parse would silently accept', () => {
    expect(problems('{\n  "id": "a",\n  "id": "b"\n}\n', 'json')).toEqual([problem('duplicate-key', 3, 3, 'duplicate key "id" (first at line 2, column 3); keep only one')]);
  });

  it('__proto__ key', () => {
    expect(problems('{"id": "a", "__proto__": {"x": 1}}', 'json')).toEqual([problem('forbidden-key', 1, 13, 'key "__proto__" is not allowed; rename or remove it')]);
  });

  it('top-level list', () => {
    expect(problems('[1, 2]', 'json')).toEqual([problem('not-a-record', 1, 1, 'a record must be a mapping of fields ("id: …", "name: …"), got a list')]);
  });
});

describe('locate', () => {
  const text = `id: example-fund
name:
  en: Example Fund
  fr: Fonds Exemple
contacts:
  - kind: email
    languages:
      - en
      - fr
  - kind: hotline
a/b: slash
til~de: yes
website:
`;
  const { locate, problems: found } = parseRecordText(text, 'yaml');
  const at = (line: number, column: number) => ({ line, column });

  it('parses the example without problems', () => expect(found).toEqual([]));

  it('finds values, and keys with atKey', () => {
    expect(locate('/id')).toEqual(at(1, 5));
    expect(locate('/id', true)).toEqual(at(1, 1));
    expect(locate('/name')).toEqual(at(3, 3));
    expect(locate('/name', true)).toEqual(at(2, 1));
    expect(locate('/name/fr')).toEqual(at(4, 7));
    expect(locate('/name/fr', true)).toEqual(at(4, 3));
  });

  it('finds items of nested sequences', () => {
    expect(locate('/contacts')).toEqual(at(6, 3));
    expect(locate('/contacts/0')).toEqual(at(6, 5));
    expect(locate('/contacts/0/languages/1')).toEqual(at(9, 9));
    expect(locate('/contacts/1/kind')).toEqual(at(10, 11));
    expect(locate('/contacts/1/kind', true)).toEqual(at(10, 5));
  });

  it('unescapes ~1 and ~0 in pointers', () => {
    expect(locate('/a~1b')).toEqual(at(11, 6));
    expect(locate('/til~0de', true)).toEqual(at(12, 1));
  });

  it('points just after the key of an empty value', () => {
    expect(locate('/website')).toEqual(at(13, 9));
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(locate('')).toEqual(at(1, 1));
    expect(locate('/name/de')).toEqual(at(3, 3));
    expect(locate('/name/de', true)).toEqual(at(3, 3));
    expect(locate('/contacts/7/kind')).toEqual(at(6, 3));
    expect(locate('/contacts/0/address')).toEqual(at(6, 5));
    expect(locate('/id/deeper')).toEqual(at(1, 5));
    expect(locate('/missing')).toEqual(at(1, 1));
  });

  it('works on JSON text too', () => {
    expect(parseRecordText('{"id": "a", "name": {"en": "A"}}', 'json').locate('/name/en')).toEqual(at(1, 28));
  });
});

describe('pointers', () => {
  it('round-trip segments with / and ~', () => {
    expect(toPointer(['contacts', 0, 'a/b', 'c~d'])).toBe('/contacts/0/a~1b/c~0d');
    expect(pointerSegments('/contacts/0/a~1b/c~0d')).toEqual(['contacts', '0', 'a/b', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe('loader problems as formatted lines', () => {
  it('reports a duplicate key in a record and still checks the rest', async () => {
    expect(await lint(edit(organisation(), 'website: https://example.org/\n', 'website: https://example.org/\nname:\n  en: Again\n'))).toEqual([
      'data/organisations/example-fund.yml:7:1: error: duplicate key "name" (first at line 2, column 1); keep only one [duplicate-key]',
    ]);
  });

  it('reports a syntax error and stops', async () => {
    expect(await lint(edit(organisation(), '  en: Example Fund', '\ten: Example Fund'))).toEqual([
      'data/organisations/example-fund.yml:3:1: error: a tab is used for indentation; indent with spaces [yaml-syntax]',
    ]);
  });

  it('reads .json files as JSON', async () => {
    expect(await lint('{"id": "example-fund",}', { ext: 'json' })).toEqual([
      'data/organisations/example-fund.json:1:23: error: invalid JSON: Expected double-quoted property name [json-syntax]',
    ]);
  });
});
