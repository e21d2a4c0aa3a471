import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { SiteMacros } from '../config/site-macros.js';
import { ResultCache } from '../check/cache.js';
import { discoverFiles } from '../check/discover.js';
import { trackedFiles } from '../git/git.js';
import { Engine, buildReport } from '../check/engine.js';
import { type CheckRun } from '../model/results.js';

export interface CheckRequest {
  /** The repository root: paths in the report are relative to it. */
  root: string;
  paths: readonly string[];
  /** A configuration file; by default `.mathrepro.yml` (or `.yaml`) in the root, if there is one. */
  configPath?: string;
  /** Configuration the caller already loaded (then `configPath` is not read again). */
  config?: ResolvedConfig;
}

/** Finds the files, checks them and builds the report. Throws ConfigurationError for the user's mistakes. */
export function runCheck(request: CheckRequest): CheckRun {
  const { files, engine } = prepareRun(request, {});
  return engine.checkFiles(files);
}

/**
 * A text given whole (standard input: an editor's buffer, a file piped in), checked as the file `file` of the
 * repository would be: its dialect, renderer and macros are that file's.
 */
export function runCheckOfText(request: { root: string; configPath?: string; file: string; content: Uint8Array }): CheckRun {
  const config = loadConfig(request.root, request.configPath);
  const engine = new Engine({ root: request.root, config, siteMacros: new SiteMacros(request.root) });
  const result = engine.checkFile(resolve(request.root, request.file), request.content);
  return { report: buildReport([result]), files: [result] };
}

/** runCheck, on several threads when the input is large and `workerUrl` names the bundle to start them from. */
export async function runCheckInParallel(request: CheckRequest & { workerUrl?: URL; keepFormulas?: boolean; cacheSalt?: string }): Promise<CheckRun> {
  const keepFormulas = request.keepFormulas ?? true;
  if (request.cacheSalt !== undefined) {
    // With a cache, most files of a repeated run are not checked at all: one thread is right.
    const salt = request.cacheSalt;
    const { files, engine, cache } = prepareRun(request, {
      keepFormulas,
      cacheSalt: (config) => `${salt}\u0000${keepFormulas}\u0000${JSON.stringify(config.config)}`,
    });
    const run = engine.checkFiles(files);
    cache?.save();
    return run;
  }
  const { files, engine } = prepareRun(request, { keepFormulas });
  const { checkFilesInParallel } = await import('../check/parallel.js');
  const results = await checkFilesInParallel(files, engine, {
    root: request.root,
    ...(request.configPath ? { configPath: request.configPath } : {}),
    ...(request.workerUrl ? { workerUrl: request.workerUrl } : {}),
    keepFormulas,
  });
  const withConfigs = engine.withSiteConfigs(results);
  return { report: buildReport(withConfigs), files: withConfigs };
}

/** Configuration, the files to check and an engine for them: what every kind of run starts from. */
export function prepareRun(
  request: CheckRequest,
  options: { keepFormulas?: boolean; cacheSalt?: (config: ResolvedConfig) => string },
): { files: string[]; engine: Engine; cache?: ResultCache } {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const files = discoverFiles(request.root, request.paths, config, { tracked: trackedOnce(request.root) });
  const cache = options.cacheSalt ? new ResultCache(request.root, options.cacheSalt(config)) : undefined;
  const engine = new Engine({
    root: request.root,
    config,
    siteMacros: new SiteMacros(request.root),
    ...(options.keepFormulas === undefined ? {} : { keepFormulas: options.keepFormulas }),
    ...(cache ? { cache } : {}),
  });
  return { files, engine, ...(cache ? { cache } : {}) };
}

/** The files git tracks, asked of git the first time an ignore pattern would leave a file out (most runs: never). */
export function trackedOnce(root: string): () => ReadonlySet<string> | undefined {
  let tracked: ReadonlySet<string> | undefined | null = null;
  return () => (tracked === null ? (tracked = trackedFiles(root)) : tracked);
}
