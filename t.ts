import { validateDataset } from './scripts/lib/validate.js';
const t0 = performance.now();
const r = await validateDataset({ dataDir: 'data', today: '2026-11-25', cache: false });
console.log(performance.now() - t0, r.files, r.parsed);
for (const f of r.findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`);
