import { parentPort, workerData } from 'node:worker_threads';
import { checkPath, createFileChecker, type CheckOptions } from './check-file.js';

const { paths, options } = workerData as { paths: string[]; options: CheckOptions };
const check = await createFileChecker(options);
parentPort!.postMessage(paths.map((path) => checkPath(check, path)));
