import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkPath, createFileChecker, type CheckOptions, type HashedCheck } from './check-file.js';

// Measured with bench/validate: at 10,000 records a second thread costs more to start (and to warm up its
// JIT) than it saves, because clean records take the fast parser. Without --threads, workers start only
// for far larger data sets; with --threads N, up to N threads are used.
const FILES_PER_WORKER = 20_000;
const MIN_FILES_PER_THREAD = 50;
// Worker threads run the compiled JavaScript; from TypeScript sources (tests) everything runs in-process.
const canUseWorkers = import.meta.url.endsWith('.js');

/** How many threads to use for `count` files: up to `requested` when given, else one per FILES_PER_WORKER files and core. */
export function threadCount(count: number, requested?: number): number {
  if (!canUseWorkers) return 1;
  const wanted = requested ?? Math.min(availableParallelism(), Math.floor(count / FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, Math.floor(count / MIN_FILES_PER_THREAD)));
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
