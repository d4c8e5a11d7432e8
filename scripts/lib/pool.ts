import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkPath, createFileChecker, type CheckOptions, type HashedCheck } from './check-file.js';

// Below this many files a worker's start-up costs more than it saves.
const FILES_PER_WORKER = 400;
// Worker threads run the compiled JavaScript; from TypeScript sources (tests) everything runs in-process.
const canUseWorkers = import.meta.url.endsWith('.js');

/** How many threads to use for `count` files, given a requested maximum (0 = only this thread). */
export function threadCount(count: number, requested?: number): number {
  const max = requested ?? availableParallelism();
  return canUseWorkers ? Math.max(1, Math.min(max, Math.floor(count / FILES_PER_WORKER))) : 1;
}

function runWorker(paths: string[], options: CheckOptions): Promise<HashedCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { paths, options } });
    worker.once('message', (results: HashedCheck[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation worker stopped with code ${code}`)));
  });
}

/**
 * Checks files across threads: this thread takes the first share while workers take the
 * others, so on two cores both are busy from the start.
 */
export async function checkFiles(paths: string[], options: CheckOptions, threads: number): Promise<HashedCheck[]> {
  const size = Math.ceil(paths.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
  const workers = shares.slice(1).map((share) => runWorker(share, options));
  const check = await createFileChecker(options);
  const own = shares[0]!.map((path) => checkPath(check, path));
  return [...own, ...(await Promise.all(workers)).flat()];
}
