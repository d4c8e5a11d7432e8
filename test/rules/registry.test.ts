import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetRules, recordRules, rules } from '../../scripts/rules/index.js';
import type { Rule } from '../../scripts/lib/types.js';

const rulesDir = fileURLToPath(new URL('../../scripts/rules/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => basename(name, '.ts')).sort();
const ids = rules.map((r) => r.id);

describe('rule registry', () => {
  it('lists every rule module once, sorted by id', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ruleFiles);
  });

  it.each(ruleFiles)('%s: the module default-exports the registered rule, whose id is its file name', async (file) => {
    const module = (await import(join(rulesDir, `${file}.ts`))) as { default: Rule };
    expect(module.default.id).toBe(file);
    expect(rules).toContain(module.default);
  });

  it.each(ids)('%s has its test file', (id) => {
    expect(existsSync(join(testsDir, `${id}.test.ts`))).toBe(true);
  });

  it.each(rules.map((r) => [r.id, r.description] as const))('%s: the description is one sentence', (_id, description) => {
    expect(description).toMatch(/^[A-Z].*\.$/s);
    expect(description).not.toMatch(/[.!?]\s+[A-Z]/);
    expect(description).not.toContain('\n');
  });

  it('scopes are record or dataset, and split the registry in two', () => {
    expect(rules.filter((r) => r.scope !== 'record' && r.scope !== 'dataset')).toEqual([]);
    expect([...recordRules, ...datasetRules].map((r) => r.id).sort()).toEqual(ids);
  });
});
