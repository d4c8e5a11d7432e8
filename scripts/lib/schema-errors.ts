import type { ErrorObject } from 'ajv';
import type { SchemaSet } from './schemas.js';
import { listWords, nearest } from './suggest.js';

/** A schema error in contributor's words, at a JSON Pointer in the record. */
export interface SchemaProblem {
  rule: 'required-field' | 'unknown-field' | 'controlled-vocabulary' | 'value-type' | 'schema';
  pointer: string;
  atKey: boolean;
  message: string;
}

type Schema = Record<string, unknown>;
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const quote = (value: unknown) => JSON.stringify(value);

function describeValue(data: unknown): string {
  if (data === null) return 'nothing';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'string') return `the text ${quote(data.length > 40 ? `${data.slice(0, 40)}…` : data)}`;
  return `${typeof data === 'number' ? 'the number' : 'the value'} ${String(data)}`;
}

/** Fields a schema object accepts, including those it takes from allOf references into common.schema.json. */
function allowedFields(schema: Schema, schemas: SchemaSet): string[] {
  const fields = Object.keys((schema.properties as Schema | undefined) ?? {});
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
    const ref = typeof part.$ref === 'string' ? /#\/\$defs\/(.+)$/.exec(part.$ref)?.[1] : undefined;
    const target = ref ? ((schemas.common.$defs as Record<string, Schema>)[ref] ?? {}) : part;
    fields.push(...allowedFields(target, schemas));
  }
  return [...new Set(fields)];
}

function vocabularyOf(schema: unknown, schemas: SchemaSet) {
  const id = (schema as Schema | undefined)?.$id;
  return typeof id === 'string' ? Object.values(schemas.vocabularies).find((v) => id.endsWith(`/${v.file.replace(/^schemas\//, '')}`)) : undefined;
}

function typeMessage(error: ErrorObject): string {
  const expected = String(error.params.type);
  const data = error.data;
  const parent = error.parentSchema as Schema | undefined;
  if (data === null) return 'is empty; give a value or remove the line';
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
    return typeof data === 'number'
      ? 'expected text, got a number: YAML reads unquoted digits as a number (dropping a leading + or 0); put the value in quotes exactly as written'
      : `expected text, got ${String(data)}: YAML reads unquoted true, false, yes or no as a yes/no value; put the value in quotes`;
  }
  if (expected === 'object' && typeof data === 'string' && parent?.propertyNames) {
    return 'expected text by language; write "en:" on the next line, indented, followed by the text';
  }
  if (expected === 'array') return `expected a list, got ${describeValue(data)}; put each item on its own line starting with "- "`;
  if (expected === 'number') return `expected a number, got ${describeValue(data)}; write digits only, without currency signs or thousands separators, such as 7500`;
  if (expected === 'boolean') return `expected true or false, got ${describeValue(data)}`;
  if (expected === 'object') return `expected a mapping of fields, got ${describeValue(data)}`;
  return `expected ${expected === 'string' ? 'text' : expected}, got ${describeValue(data)}`;
}

function enumMessage(error: ErrorObject, schemas: SchemaSet): { rule: SchemaProblem['rule']; message: string } {
  const vocabulary = vocabularyOf(error.parentSchema, schemas);
  const allowed = (error.params.allowedValues as unknown[]).map(String);
  const value = error.propertyName ?? error.data;
  const suggestion = typeof value === 'string' ? nearest(value, allowed) : undefined;
  const hint = suggestion ? `did you mean ${quote(suggestion)}?` : vocabulary && allowed.length > 12 ? `see ${vocabulary.file}` : `expected one of: ${listWords(allowed)}`;
  if (vocabulary) {
    const what = error.propertyName !== undefined ? `${vocabulary.title.toLowerCase()} code` : vocabulary.title.toLowerCase();
    return { rule: 'controlled-vocabulary', message: `unknown ${what} ${quote(value)}; ${hint}` };
  }
  return { rule: 'schema', message: `${quote(value)} is not allowed here; ${hint}` };
}

/** Turns one Ajv error into a message that says what is wrong and what to do. */
function toProblem(error: ErrorObject, schemas: SchemaSet): SchemaProblem | undefined {
  const at = (pointer: string, rule: SchemaProblem['rule'], message: string, atKey = false): SchemaProblem => ({ rule, pointer, atKey, message });
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return at(error.instancePath, 'required-field', `missing required field ${quote(p.missingProperty)}`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(p.additionalProperty ?? p.unevaluatedProperty);
      const allowed = allowedFields(error.parentSchema as Schema, schemas);
      const suggestion = nearest(field, allowed);
      const hint = suggestion ? `did you mean ${quote(suggestion)}?` : `allowed here: ${listWords(allowed, 40)}`;
      return at(`${error.instancePath}/${escape(field)}`, 'unknown-field', `unknown field ${quote(field)}; ${hint}`, true);
    }
    case 'enum': {
      const { rule, message } = enumMessage(error, schemas);
      return error.propertyName !== undefined ? at(`${error.instancePath}/${escape(error.propertyName)}`, rule, message, true) : at(error.instancePath, rule, message);
    }
    case 'discriminator': {
      const words = schemas.vocabularies['contact-kind']?.words ?? [];
      if (p.error === 'mapping') {
        const suggestion = nearest(String(p.tagValue), words);
        return at(`${error.instancePath}/${p.tag}`, 'controlled-vocabulary', `unknown contact kind ${quote(p.tagValue)}; ${suggestion ? `did you mean ${quote(suggestion)}?` : `expected one of: ${listWords(words)}`}`);
      }
      // A missing "kind" is already reported by "required"; here only a kind that is not text remains.
      const value = (error.data as Record<string, unknown> | null)?.[String(p.tag)];
      return value === undefined ? undefined : at(`${error.instancePath}/${p.tag}`, 'value-type', `"${String(p.tag)}" must be one of: ${listWords(words)}`);
    }
    case 'type':
      return at(error.instancePath, 'value-type', typeMessage(error));
    case 'const':
      return at(error.instancePath, 'schema', `must be ${quote(p.allowedValue)}`);
    case 'errorMessage':
      return at(error.instancePath, 'schema', error.message ?? 'is not valid');
    case 'minItems':
      return at(error.instancePath, 'schema', `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}; remove the field if there is nothing to list`);
    case 'maxItems':
      return at(error.instancePath, 'schema', `lists too many items (at most ${String(p.limit)})`);
    case 'minLength':
      return at(error.instancePath, 'schema', 'must not be empty');
    case 'maxLength':
      return at(error.instancePath, 'schema', `is too long: ${String((error.data as string).length)} characters, at most ${String(p.limit)}`);
    case 'minProperties':
      return at(error.instancePath, 'schema', 'must not be empty; give at least one field or remove it');
    case 'uniqueItems':
      return at(`${error.instancePath}/${String(p.i)}`, 'schema', `repeats item ${String(Number(p.j) + 1)} of the list; remove one`);
    case 'exclusiveMinimum':
      return at(error.instancePath, 'schema', `must be more than ${String(p.limit)}`);
    case 'format':
      return at(error.instancePath, 'schema', `is not a valid ${String(p.format)}`);
    case 'pattern':
      return at(error.instancePath, 'schema', `does not have the expected form${(error.parentSchema as Schema | undefined)?.description ? `: ${String((error.parentSchema as Schema).description)}` : ''}`);
    case 'propertyNames':
    case 'oneOf':
    case 'anyOf':
    case 'if':
      return undefined; // their sub-errors, or an errorMessage, say it better
    default:
      return at(error.instancePath, 'schema', error.message ?? 'is not valid');
  }
}

/** Converts Ajv's errors for one record into contributor-facing problems, without the noise of combinator branches. */
export function explainSchemaErrors(errors: readonly ErrorObject[], schemas: SchemaSet): SchemaProblem[] {
  // An errorMessage replaces the branch errors of the anyOf/oneOf/not it speaks for.
  const replaced = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'errorMessage') continue;
    for (const inner of error.params.errors as ErrorObject[]) if (['anyOf', 'oneOf', 'not'].includes(inner.keyword)) replaced.add(`${error.instancePath}\0${inner.keyword}`);
  }
  const isReplaced = (error: ErrorObject) => {
    const keyword = /^#\/(anyOf|oneOf|not)\/\d+\//.exec(error.schemaPath)?.[1];
    return keyword !== undefined && replaced.has(`${error.instancePath}\0${keyword}`);
  };
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (isReplaced(error)) continue;
    const problem = toProblem(error, schemas);
    if (!problem) continue;
    const key = `${problem.pointer}\0${problem.message}`;
    if (!seen.has(key)) (seen.add(key), problems.push(problem));
  }
  return problems;
}
