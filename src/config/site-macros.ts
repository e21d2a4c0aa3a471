import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { MacroSpec } from '../math/macros.js';
import { readTextBounded } from '../read-file.js';
import { ConfigurationError, MAX_CONFIG_BYTES, loadYaml, parseMacros } from './config.js';

/**
 * Macros that a site generator injects into every page: Jupyter Book's `_config.yml`
 * (`sphinx.config.mathjax3_config.tex.macros`, or MathJax 2's `mathjax_config.TeX.Macros`) and mystmd's
 * `myst.yml` (`project.math`). Formulas in those pages use them without defining them.
 */

const SITE_FILES = ['_config.yml', 'myst.yml'];

export class SiteMacros {
  private readonly byFolder = new Map<string, Record<string, MacroSpec>>();

  constructor(private readonly root: string) {}

  /** The injected macros for a file (absolute path), from the nearest site configuration within the root. */
  forFile(file: string): Record<string, MacroSpec> {
    return this.forFolder(dirname(file));
  }

  private forFolder(folder: string): Record<string, MacroSpec> {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let macros: Record<string, MacroSpec> | undefined;
    for (const name of SITE_FILES) {
      const path = join(folder, name);
      if (existsSync(path)) macros ??= readSiteMacros(path);
    }
    const parent = dirname(folder);
    const insideRoot = !relative(this.root, parent).startsWith('..') && parent !== folder;
    const result = macros ?? (insideRoot && folder !== this.root ? this.forFolder(parent) : {});
    this.byFolder.set(folder, result);
    return result;
  }
}

function readSiteMacros(path: string): Record<string, MacroSpec> | undefined {
  // A site file too large, or a link to a device, adds no macros (it is not read).
  const read = readTextBounded(path, MAX_CONFIG_BYTES);
  if (!read.ok) return undefined;
  let data: unknown;
  try {
    data = loadYaml(read.text);
  } catch {
    // Site files may use tags a safe loader refuses (MkDocs' !!python/name:); they then add no macros.
    return undefined;
  }
  const candidates = [
    ['sphinx', 'config', 'mathjax3_config', 'tex', 'macros'],
    ['sphinx', 'config', 'mathjax_config', 'TeX', 'Macros'],
    ['project', 'math'],
  ];
  for (const keys of candidates) {
    const value = dig(data, keys);
    if (value === undefined) continue;
    try {
      return parseMacros(value, `${path}: ${keys.join('.')}`);
    } catch (error) {
      if (error instanceof ConfigurationError) return undefined;
      throw error;
    }
  }
  return undefined;
}

function dig(data: unknown, keys: string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
