import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  Engine,
  ResultCache,
  SiteMacros,
  buildReport
} from "./chunk-27A5LF6U.js";
import {
  discoverFiles,
  trackedFiles
} from "./chunk-SMENXNA6.js";
import {
  loadConfig
} from "./chunk-G3VOV2RF.js";

// src/app/check.ts
import { resolve } from "node:path";
function runCheck(request) {
  const { files, engine } = prepareRun(request, {});
  return engine.checkFiles(files);
}
function runCheckOfText(request) {
  const config = loadConfig(request.root, request.configPath);
  const engine = new Engine({ root: request.root, config, siteMacros: new SiteMacros(request.root) });
  const result = engine.checkFile(resolve(request.root, request.file), request.content);
  return { report: buildReport([result]), files: [result] };
}
async function runCheckInParallel(request) {
  const keepFormulas = request.keepFormulas ?? true;
  if (request.cacheSalt !== void 0) {
    const salt = request.cacheSalt;
    const { files: files2, engine: engine2, cache } = prepareRun(request, {
      keepFormulas,
      cacheSalt: (config) => `${salt}\0${keepFormulas}\0${JSON.stringify(config.config)}`
    });
    const run = engine2.checkFiles(files2);
    cache?.save();
    return run;
  }
  const { files, engine } = prepareRun(request, { keepFormulas });
  const { checkFilesInParallel } = await import("./parallel-W3UTSZPV.js");
  const results = await checkFilesInParallel(files, engine, {
    root: request.root,
    ...request.configPath ? { configPath: request.configPath } : {},
    ...request.workerUrl ? { workerUrl: request.workerUrl } : {},
    keepFormulas
  });
  const withConfigs = engine.withSiteConfigs(results);
  return { report: buildReport(withConfigs), files: withConfigs };
}
function prepareRun(request, options) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const files = discoverFiles(request.root, request.paths, config, { tracked: trackedOnce(request.root) });
  const cache = options.cacheSalt ? new ResultCache(request.root, options.cacheSalt(config)) : void 0;
  const engine = new Engine({
    root: request.root,
    config,
    siteMacros: new SiteMacros(request.root),
    ...options.keepFormulas === void 0 ? {} : { keepFormulas: options.keepFormulas },
    ...cache ? { cache } : {}
  });
  return { files, engine, ...cache ? { cache } : {} };
}
function trackedOnce(root) {
  let tracked = null;
  return () => tracked === null ? tracked = trackedFiles(root) : tracked;
}

export {
  runCheck,
  runCheckOfText,
  runCheckInParallel,
  prepareRun,
  trackedOnce
};
