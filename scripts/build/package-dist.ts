// Builds dist/: the package's ESM and CommonJS entry points, each with its type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.js';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
rmSync(join(repoRoot, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.package.json', 'tsconfig.package-cjs.json']) execFileSync(process.execPath, [tsc, '-p', join(repoRoot, project)], { stdio: 'inherit' });
// Files under dist/cjs are CommonJS although the package is "type": "module".
writeFileSync(join(repoRoot, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
