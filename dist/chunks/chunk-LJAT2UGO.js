import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  Engine,
  SiteMacros
} from "./chunk-27A5LF6U.js";
import {
  loadConfig
} from "./chunk-G3VOV2RF.js";

// src/check/parallel.ts
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
var PARALLEL_THRESHOLD_BYTES = 128 * 1024 * 1024;
async function checkFilesInParallel(files, engine, options) {
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
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, indexes: [] }));
  for (const index of files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a])) {
    const share = shares.reduce((least, s) => s.bytes < least.bytes ? s : least);
    share.bytes += sizes[index];
    share.indexes.push(index);
  }
  const results = new Array(files.length);
  const [own, ...others] = shares;
  const workerUrl = options.workerUrl;
  const workers = others.map(
    (share) => runWorker(workerUrl, {
      mathreproWorker: true,
      root: options.root,
      ...options.configPath ? { configPath: options.configPath } : {},
      keepFormulas: options.keepFormulas,
      files: share.indexes.map((i) => files[i])
    }).then((done) => {
      share.indexes.forEach((fileIndex, k) => results[fileIndex] = done[k]);
    })
  );
  for (const index of own.indexes) results[index] = engine.checkFile(files[index]);
  await Promise.all(workers);
  return results;
}
function runWorker(url, task) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: task });
    worker.once("message", (results) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a checking thread stopped with code ${code}`));
    });
  });
}
function serveWorker() {
  if (isMainThread || !workerData?.mathreproWorker) return false;
  const task = workerData;
  const config = loadConfig(task.root, task.configPath);
  const engine = new Engine({ root: task.root, config, siteMacros: new SiteMacros(task.root), keepFormulas: task.keepFormulas });
  parentPort.postMessage(task.files.map((file) => engine.checkFile(file)));
  return true;
}

export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
