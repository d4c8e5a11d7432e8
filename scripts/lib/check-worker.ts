import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { hashBytes } from './cache.js';
import { createFileChecker, type CheckOptions } from './check-file.js';

const { paths, options } = workerData as { paths: string[]; options: CheckOptions };
const check = await createFileChecker(options);
parentPort!.postMessage(
  paths.map((path) => {
    const bytes = readFileSync(path);
    const { record: _record, ...result } = check(path, bytes);
    return { ...result, hash: hashBytes(bytes) };
  }),
);
