import type { Finding } from '../lib/types.js';
import { readSchemas } from '../lib/schemas.js';
import { validateDataset, type ValidateOptions } from '../lib/validate.js';
import { loadEntries } from './dataset.js';
import { buildOutputs } from './outputs.js';

/** Validates the data, then renders every artifact in memory; there are no outputs when validation found errors. */
export async function buildAll(options: ValidateOptions): Promise<{ findings: Finding[]; outputs?: Map<string, string> }> {
  const { findings } = await validateDataset(options);
  if (findings.some((f) => f.severity === 'error')) return { findings };
  const schemas = readSchemas();
  const { entries, files } = await loadEntries(options.dataDir, options.today);
  return { findings, outputs: await buildOutputs(entries, files, schemas) };
}
