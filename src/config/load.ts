import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { baseMacros } from '../math/macros.js';
import { readTextBounded } from '../read-file.js';
import { MAX_CONFIG_BYTES, ResolvedConfig, defaultConfig, parseConfig } from './config.js';
import { ConfigurationError } from '../model/errors.js';

const CONFIG_NAMES = ['.mathrepro.yml', '.mathrepro.yaml'];

/**
 * The folder a run from `cwd` starts at: the nearest one holding a configuration file, walking up no further than
 * the repository's root (the folder holding `.git`), else that root. Undefined outside a repository without one.
 */
export function configurationFolder(cwd: string): string | undefined {
  const start = resolve(cwd);
  const hasConfig = (folder: string) => CONFIG_NAMES.some((name) => existsSync(join(folder, name)));
  // Outside any repository only the folder itself counts: a .mathrepro.yml three folders up (someone else's, a
  // download folder's) must not silence this one's errors.
  if (repositoryRoot(start) === undefined) return hasConfig(start) ? start : undefined;
  for (let folder = start; ; folder = dirname(folder)) {
    if (hasConfig(folder)) return folder;
    // No configuration up to the repository's root: the root, whose .gitignore applies wherever mathrepro is run.
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/** The nearest folder at or above `folder` holding `.git`, if any. */
function repositoryRoot(folder: string): string | undefined {
  for (let at = folder; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** Loads the configuration; throws ConfigurationError for a missing or invalid file. */
export function loadConfig(root: string, configPath?: string): ResolvedConfig {
  const name = configPath ?? CONFIG_NAMES.find((candidate) => existsSync(resolve(root, candidate)));
  if (!name) return new ResolvedConfig(defaultConfig());
  const path = resolve(root, name);
  if (configPath && !existsSync(path)) throw new ConfigurationError(`${name}: configuration file not found`);
  // The repository's own configuration comes from the pull request: a link out of the repository is not followed
  // (it could point at a secret, whose first line an error message would echo). A --config path is the user's.
  if (!configPath && relative(realpathSync(root), realpathSync(path)).startsWith('..')) {
    throw new ConfigurationError(`${name}: a link that leads outside the repository; mathrepro does not read it`);
  }
  const read = readTextBounded(path, MAX_CONFIG_BYTES);
  if (!read.ok) throw new ConfigurationError(`${name}: ${read.reason}`);
  const config = parseConfig(read.text, name);
  try {
    // Malformed configured macros are the user's to fix before anything runs.
    baseMacros('mathjax3', config.macros);
  } catch (error) {
    throw new ConfigurationError(`${name}: ${(error as Error).message}`);
  }
  return new ResolvedConfig(config);
}
