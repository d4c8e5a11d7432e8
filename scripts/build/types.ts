import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { readSchemas, type SchemaObject, type SchemaSet } from '../lib/schemas.js';
import { banner } from './banner.js';

type Node = Record<string, unknown>;
// Names that would shadow TypeScript's globals get another.
const renamed: Record<string, string> = { Date: 'IsoDate' };
const pascal = (name: string) => {
  const result = name.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());
  return renamed[result] ?? result;
};
const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rewrites every $ref to point into one bundle's $defs and drops what only matters to validation. */
function forTypes(node: unknown, refName: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => forTypes(item, refName));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') return { $ref: `#/$defs/${refName(node.$ref)}` };
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'errorMessage' || key === 'discriminator' || key === '$schema' || key === '$id' || key === 'not') continue;
    // anyOf/oneOf made only of "required" (or const checks) constrain values, not shapes: leave them out of the types.
    if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value) && value.every((b) => isObject(b) && !('$ref' in b) && !('type' in b))) continue;
    out[key] = forTypes(value, refName);
  }
  // json-schema-to-typescript drops "properties" that sit beside "allOf": move them into the intersection.
  if (Array.isArray(out.allOf) && out.properties) {
    const { properties, required, type, ...rest } = out;
    return { ...rest, allOf: [...out.allOf, { type: type ?? 'object', properties, ...(required ? { required } : {}) }] };
  }
  return out;
}

/** Builds one schema whose $defs hold every record kind, shared shape and vocabulary under its TypeScript name. */
export function bundleForTypes(schemas: SchemaSet): JSONSchema {
  const defs: Node = {};
  const vocabName = (file: string) => pascal(schemas.vocabularies[file.replace(/^.*\//, '').replace(/\.schema\.json$/, '')]!.title);
  const refName = (ref: string): string => {
    const [file = '', fragment = ''] = ref.split('#');
    if (file.includes('vocabularies/')) return vocabName(file);
    if (fragment.startsWith('/$defs/')) {
      const def = fragment.slice('/$defs/'.length);
      return file.startsWith('common') || file === '' ? pascal(def) : `${pascal(file.replace(/\.schema\.json$/, ''))}${pascal(def)}`;
    }
    throw new Error(`unexpected $ref ${ref}`);
  };
  for (const vocab of Object.values(schemas.vocabularies)) {
    defs[pascal(vocab.title)] = { title: pascal(vocab.title), description: vocab.description, type: 'string', enum: vocab.words };
  }
  for (const [name, def] of Object.entries((schemas.common.$defs ?? {}) as Node)) {
    defs[pascal(name)] = { ...(forTypes(def, refName) as Node), title: pascal(name) };
  }
  for (const [kind, schema] of Object.entries(schemas.records)) {
    const { $defs, ...rest } = schema as SchemaObject & { $defs?: Node };
    for (const [name, def] of Object.entries($defs ?? {})) {
      defs[`${pascal(kind)}${pascal(name)}`] = { ...(forTypes(def, (ref) => (ref.startsWith('#/$defs/') ? `${pascal(kind)}${pascal(ref.slice(8))}` : refName(ref))) as Node), title: `${pascal(kind)}${pascal(name)}` };
    }
    defs[pascal(kind)] = { ...(forTypes(rest, (ref) => (ref.startsWith('#/$defs/') ? `${pascal(kind)}${pascal(ref.slice(8))}` : refName(ref))) as Node), title: pascal(kind) };
  }
  return {
    title: 'DirectoryRecord',
    description: 'Any record of the directory.',
    oneOf: [{ $ref: '#/$defs/Organisation' }, { $ref: '#/$defs/Mechanism' }],
    $defs: defs,
  } as JSONSchema;
}

/** TypeScript declarations for every record kind, shared shape and vocabulary. */
export async function renderTypes(schemas = readSchemas()): Promise<string> {
  const body = await compile(bundleForTypes(schemas), 'DirectoryRecord', {
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    bannerComment: '',
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return `${banner('schemas/', 'npm run build')}\n${body}`;
}
