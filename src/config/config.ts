import picomatch from 'picomatch';
import { ConfigurationError } from '../model/errors.js';
import { loadYaml } from '../read-yaml.js';
import type { MacroSpec } from '../math/macros.js';
import { RULE_IDS } from '../model/rules.js';
import { ruleInfo } from '../rules/index.js';
import { PROFILE_NAMES, rendererNamed } from '../math/profiles.js';
import { DIALECT_NAMES } from '../scan/dialects.js';
import type { Dialect, Renderer, Severity, SeveritySetting, Target } from '../model/types.js';

/** A user's mistake in configuration or arguments: reported in one line, exit status 2, never a stack trace. */

/** `.mathrepro.yml`, validated. */
export interface Config {
  include: string[];
  exclude: string[];
  /** Per glob, in the order written: the first match wins. */
  dialects: Array<{ glob: string; dialect: Dialect }>;
  renderers: Array<{ glob: string; renderer: Renderer }>;
  macros: Record<string, MacroSpec>;
  rules: Record<string, SeveritySetting>;
  /** `mathrepro verify`: the document, and result files to read besides those it names. */
  reproduce: { file?: string; sources: string[] };
  /** `mathrepro env`: which files, and how strictly versions must be pinned. */
  env: { include: string[]; pinning: 'any' | 'exact' };
  /**
   * Where a page that a site publishes is read, and what its findings there count for: `error` as the rule says,
   * `warning` (never failing the check), `off` (not judged there).
   */
  targets: Record<Target, TargetSetting>;
}

export type TargetSetting = 'error' | 'warning' | 'off';
export const TARGET_SETTINGS: readonly TargetSetting[] = ['error', 'warning', 'off'];

export const DEFAULT_ENV_INCLUDE = [
  '**/environment*.yml',
  '**/environment*.yaml',
  '**/requirements*.txt',
  '**/*env*.yml',
  '**/*env*.yaml',
  '**/pyproject.toml',
  '**/pixi.toml',
];

/** The largest configuration file read (ours, or a site generator's): real ones are a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.qmd', '**/*.Rmd', '**/*.rmd', '**/*.ipynb'];

export function defaultConfig(): Config {
  return {
    include: [...DEFAULT_INCLUDE],
    exclude: [],
    dialects: [],
    renderers: [],
    macros: {},
    rules: {},
    reproduce: { sources: [] },
    env: { include: [...DEFAULT_ENV_INCLUDE], pinning: 'any' },
    targets: { github: 'error', site: 'error' },
  };
}

const KNOWN_KEYS = new Set(['include', 'exclude', 'dialects', 'renderers', 'macros', 'rules', 'reproduce', 'env', 'targets']);
const SEVERITIES = new Set(['off', 'warning', 'error']);

/** Parses and validates configuration text; `name` is the file name used in error messages. */
export function parseConfig(text: string, name: string): Config {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${name}: not valid YAML: ${firstLine(error)}`);
  }
  const config = defaultConfig();
  if (data === undefined || data === null) return config;
  if (!isRecord(data)) throw new ConfigurationError(`${name}: expected a mapping of settings at the top level`);
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new ConfigurationError(`${name}: unknown setting '${key}' (known: ${[...KNOWN_KEYS].join(', ')})`);
    }
  }
  if (data.include !== undefined) config.include = globList(data.include, `${name}: include`);
  if (data.exclude !== undefined) config.exclude = globList(data.exclude, `${name}: exclude`);
  if (data.dialects !== undefined) {
    config.dialects = globMap(data.dialects, `${name}: dialects`).map(([glob, value]) => {
      if (!DIALECT_NAMES.includes(value as Dialect)) {
        throw new ConfigurationError(`${name}: dialects: '${value}' for '${glob}' is not one of ${DIALECT_NAMES.join(', ')}`);
      }
      return { glob, dialect: value as Dialect };
    });
  }
  if (data.renderers !== undefined) {
    config.renderers = globMap(data.renderers, `${name}: renderers`).map(([glob, value]) => {
      const renderer = rendererNamed(value);
      if (!renderer) throw new ConfigurationError(`${name}: renderers: '${value}' for '${glob}' is not one of ${PROFILE_NAMES.join(', ')}`);
      return { glob, renderer };
    });
  }
  if (data.macros !== undefined) config.macros = parseMacros(data.macros, `${name}: macros`);
  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) throw new ConfigurationError(`${name}: rules: expected a mapping of rule id to off, warning or error`);
    for (const [rule, severity] of Object.entries(data.rules)) {
      if (!RULE_IDS.has(rule)) throw new ConfigurationError(`${name}: rules: unknown rule '${rule}' (known: ${[...RULE_IDS].join(', ')})`);
      const setting = severity === false ? 'off' : severity;
      if (typeof setting !== 'string' || !SEVERITIES.has(setting)) {
        throw new ConfigurationError(`${name}: rules: '${rule}' must be off, warning or error, not '${String(severity)}'`);
      }
      config.rules[rule] = setting as SeveritySetting;
    }
  }
  if (data.reproduce !== undefined) {
    if (!isRecord(data.reproduce)) throw new ConfigurationError(`${name}: reproduce: expected a mapping with file and sources`);
    const { file, sources } = data.reproduce;
    if (file !== undefined && typeof file !== 'string') throw new ConfigurationError(`${name}: reproduce: file must be a path`);
    config.reproduce = { sources: sources === undefined ? [] : globList(sources, `${name}: reproduce: sources`) };
    if (file !== undefined) config.reproduce.file = file;
  }
  if (data.env !== undefined) {
    if (!isRecord(data.env)) throw new ConfigurationError(`${name}: env: expected a mapping with include and pinning`);
    if (data.env.include !== undefined) config.env.include = globList(data.env.include, `${name}: env: include`);
    if (data.env.pinning !== undefined) {
      if (data.env.pinning !== 'any' && data.env.pinning !== 'exact') throw new ConfigurationError(`${name}: env: pinning must be any or exact`);
      config.env.pinning = data.env.pinning;
    }
  }
  if (data.targets !== undefined) {
    if (!isRecord(data.targets)) throw new ConfigurationError(`${name}: targets: expected a mapping of github and site to error, warning or off`);
    for (const [target, setting] of Object.entries(data.targets)) {
      if (target !== 'github' && target !== 'site') throw new ConfigurationError(`${name}: targets: unknown target '${target}' (known: github, site)`);
      const value = setting === false ? 'off' : setting;
      if (typeof value !== 'string' || !TARGET_SETTINGS.includes(value as TargetSetting)) {
        throw new ConfigurationError(`${name}: targets: '${target}' must be error, warning or off, not '${String(setting)}'`);
      }
      config.targets[target] = value as TargetSetting;
    }
  }
  return config;
}

/** Macros as MathJax writes them (`name: body` or `name: [body, arguments]`), with or without the backslash. */
export function parseMacros(value: unknown, where: string): Record<string, MacroSpec> {
  if (!isRecord(value)) throw new ConfigurationError(`${where}: expected a mapping of macro name to definition`);
  const macros: Record<string, MacroSpec> = {};
  for (const [rawName, spec] of Object.entries(value)) {
    const name = rawName.startsWith('\\') ? rawName : `\\${rawName}`;
    if (!/^\\([A-Za-z@]+|[^A-Za-z@])$/.test(name)) throw new ConfigurationError(`${where}: '${rawName}' is not a macro name`);
    if (typeof spec === 'string' || typeof spec === 'number') macros[name] = String(spec);
    else if (Array.isArray(spec) && typeof spec[0] === 'string' && Number.isInteger(spec[1]) && spec[1] >= 0 && spec[1] <= 9) {
      macros[name] = [spec[0], spec[1] as number];
    } else {
      throw new ConfigurationError(`${where}: ${rawName} must be a definition or [definition, number of arguments]`);
    }
  }
  return macros;
}

/** The dialect, renderer and rule severities that apply to one file (a path relative to the root). */
export interface FileSettings {
  /** The configured dialect, if configuration sets one for the file. */
  dialect: Dialect | undefined;
  renderer: Renderer | undefined;
}

export class ResolvedConfig {
  private readonly includeMatch: (path: string) => boolean;
  private readonly excludeMatch: (path: string) => boolean;
  private readonly dialectMatchers: Array<{ match: (path: string) => boolean; dialect: Dialect }>;
  private readonly rendererMatchers: Array<{ match: (path: string) => boolean; renderer: Renderer }>;

  constructor(readonly config: Config) {
    const options = { dot: true };
    this.includeMatch = config.include.length ? picomatch(config.include, options) : () => false;
    this.excludeMatch = config.exclude.length ? picomatch(config.exclude, options) : () => false;
    this.dialectMatchers = config.dialects.map(({ glob, dialect }) => ({ match: picomatch(glob, options), dialect }));
    this.rendererMatchers = config.renderers.map(({ glob, renderer }) => ({ match: picomatch(glob, options), renderer }));
  }

  isIncluded(path: string): boolean {
    return this.includeMatch(path) && !this.excludeMatch(path);
  }

  isExcluded(path: string): boolean {
    return this.excludeMatch(path);
  }

  settingsFor(path: string): FileSettings {
    const dialect = this.dialectMatchers.find((m) => m.match(path))?.dialect;
    const renderer = this.rendererMatchers.find((m) => m.match(path))?.renderer;
    return { dialect, renderer };
  }

  /** The severity of a rule, or undefined when it is off. */
  severity(rule: string, chosen?: Severity): Severity | undefined {
    const setting = this.config.rules[rule];
    if (setting === 'off') return undefined;
    return setting ?? chosen ?? ruleInfo(rule)?.severity ?? 'error';
  }
}

function globList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    throw new ConfigurationError(`${where}: expected a glob or a list of globs`);
  }
  for (const glob of list) checkGlob(glob, where);
  return list;
}

/** At most this many `*` in one part of a path pattern: each more multiplies a match's cost by the name's length. */
const MAX_STARS_PER_SEGMENT = 3;

/**
 * Refuses a glob whose matching could take exponential time (the configuration comes with the pull request):
 * `*a*a*a*a*a*a*b.md` against a name of 100 `a` ran past two minutes. Plain globs are untouched.
 */
export function checkGlob(glob: string, where: string): void {
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const stars = segment.replace(/\\./g, '').split('*').length - 1;
    if (stars > MAX_STARS_PER_SEGMENT) {
      throw new ConfigurationError(
        `${where}: '${glob.slice(0, 80)}' has ${stars} wildcards in one part of the path; at most ${MAX_STARS_PER_SEGMENT} are matched (more take exponential time)`,
      );
    }
    if (/[*?+@!]\([^)]*[*+][^)]*\)/.test(segment)) {
      throw new ConfigurationError(`${where}: '${glob.slice(0, 80)}' nests repetition in an extended glob, which can take exponential time to match`);
    }
  }
}

function globMap(value: unknown, where: string): Array<[string, string]> {
  if (!isRecord(value)) throw new ConfigurationError(`${where}: expected a mapping of glob to name`);
  return Object.entries(value).map(([glob, name]) => {
    if (typeof name !== 'string') throw new ConfigurationError(`${where}: the value for '${glob}' must be a name`);
    checkGlob(glob, where);
    return [glob, name];
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
