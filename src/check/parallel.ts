import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SiteMacros } from '../config/site-macros.js';
import { Engine } from './engine.js';
import { type FileResult } from '../model/results.js';
import { loadConfig } from '../config/load.js';

/**
 * Large runs (a whole repository in CI) are split across worker threads; small ones (pre-commit, a pull request)
 * stay on one thread, where starting a worker would cost more than it saves. The main thread takes a share of the
 * files itself. Results come back in the order of the files.
 */

/** Below this many bytes of input one thread is faster: each thread warms up its own JIT (measured: 16 MB 1.3× slower on two threads, 256 MB 1.15× faster). */
export const PARALLEL_THRESHOLD_BYTES = 128 * 1024 * 1024;

interface Task {
  mathreproWorker: true;
  root: string;
  configPath?: string;
  keepFormulas: boolean;
  files: string[];
}

export interface ParallelOptions {
  root: string;
  configPath?: string;
  /** The bundled module a worker starts from (it must call `serveWorker()` when loaded in a worker). */
  workerUrl?: URL;
  keepFormulas: boolean;
}

export async function checkFilesInParallel(files: readonly string[], engine: Engine, options: ParallelOptions): Promise<FileResult[]> {
  // MATHREPRO_THREADS caps the threads (1: never start a worker).
  const threads = Math.min(availableParallelism(), 4, Number(process.env.MATHREPRO_THREADS) || Infinity);
  if (!options.workerUrl || threads < 2) return files.map((file) => engine.checkFile(file));
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < PARALLEL_THRESHOLD_BYTES) return files.map((file) => engine.checkFile(file));

  // Largest files first, each to the least loaded share: shares of about equal work.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, indexes: [] as number[] }));
  for (const index of files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!)) {
    const share = shares.reduce((least, s) => (s.bytes < least.bytes ? s : least));
    share.bytes += sizes[index]!;
    share.indexes.push(index);
  }
  const results: FileResult[] = new Array(files.length);
  const [own, ...others] = shares;
  const workerUrl = options.workerUrl;
  const workers = others.map((share) =>
    runWorker(workerUrl, {
      mathreproWorker: true,
      root: options.root,
      ...(options.configPath ? { configPath: options.configPath } : {}),
      keepFormulas: options.keepFormulas,
      files: share.indexes.map((i) => files[i]!),
    }).then((done) => {
      share.indexes.forEach((fileIndex, k) => (results[fileIndex] = done[k]!));
    }),
  );
  for (const index of own!.indexes) results[index] = engine.checkFile(files[index]!);
  await Promise.all(workers);
  return results;
}

function runWorker(url: URL, task: Task): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: task });
    worker.once('message', (results: FileResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a checking thread stopped with code ${code}`));
    });
  });
}

/** In a worker started by checkFilesInParallel: check the files it was given and send the results back. */
export function serveWorker(): boolean {
  if (isMainThread || !(workerData as Partial<Task> | undefined)?.mathreproWorker) return false;
  const task = workerData as Task;
  const config = loadConfig(task.root, task.configPath);
  const engine = new Engine({ root: task.root, config, siteMacros: new SiteMacros(task.root), keepFormulas: task.keepFormulas });
  parentPort!.postMessage(task.files.map((file) => engine.checkFile(file)));
  return true;
}
