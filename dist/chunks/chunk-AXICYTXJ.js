import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  readTextBounded
} from "./chunk-BYQF4DHD.js";
import {
  ConfigurationError,
  MAX_CONFIG_BYTES,
  loadYaml,
  parseMacros
} from "./chunk-WZFD4PUO.js";

// src/config/site-macros.ts
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
var SITE_FILES = ["_config.yml", "myst.yml"];
var JUPYTER_BOOK_KEYS = ["execute", "parse", "sphinx", "launch_buttons", "bibtex_bibfiles", "only_build_toc_files"];
var SiteMacros = class {
  constructor(root) {
    this.root = root;
  }
  root;
  byFolder = /* @__PURE__ */ new Map();
  mystByFolder = /* @__PURE__ */ new Map();
  /**
   * Whether a file (absolute path) belongs to a MyST project: a `myst.yml` (mystmd, Jupyter Book 2), a `_toc.yml`
   * or a Jupyter Book `_config.yml` in its folder or one above it, within the root. Its Markdown is MyST.
   */
  isMystProject(file) {
    return this.mystFolder(dirname(file));
  }
  mystFolder(folder) {
    const cached = this.mystByFolder.get(folder);
    if (cached !== void 0) return cached;
    let myst = existsSync(join(folder, "myst.yml")) || existsSync(join(folder, "_toc.yml")) || isJupyterBookConfig(join(folder, "_config.yml"));
    const parent = dirname(folder);
    if (!myst && parent !== folder && folder !== this.root && !relative(this.root, parent).startsWith("..")) myst = this.mystFolder(parent);
    this.mystByFolder.set(folder, myst);
    return myst;
  }
  /** The injected macros for a file (absolute path), from the nearest site configuration within the root. */
  forFile(file) {
    return this.forFolder(dirname(file));
  }
  forFolder(folder) {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let macros;
    for (const name of SITE_FILES) {
      const path = join(folder, name);
      if (existsSync(path)) macros ??= readSiteMacros(path);
    }
    const parent = dirname(folder);
    const insideRoot = !relative(this.root, parent).startsWith("..") && parent !== folder;
    const result = macros ?? (insideRoot && folder !== this.root ? this.forFolder(parent) : {});
    this.byFolder.set(folder, result);
    return result;
  }
};
function isJupyterBookConfig(path) {
  if (!existsSync(path)) return false;
  const read = readTextBounded(path, MAX_CONFIG_BYTES);
  if (!read.ok) return false;
  try {
    const data = loadYaml(read.text);
    return typeof data === "object" && data !== null && JUPYTER_BOOK_KEYS.some((key) => key in data);
  } catch {
    return false;
  }
}
function readSiteMacros(path) {
  const read = readTextBounded(path, MAX_CONFIG_BYTES);
  if (!read.ok) return void 0;
  let data;
  try {
    data = loadYaml(read.text);
  } catch {
    return void 0;
  }
  const candidates = [
    ["sphinx", "config", "mathjax3_config", "tex", "macros"],
    ["sphinx", "config", "mathjax_config", "TeX", "Macros"],
    ["project", "math"]
  ];
  for (const keys of candidates) {
    const value = dig(data, keys);
    if (value === void 0) continue;
    try {
      return parseMacros(value, `${path}: ${keys.join(".")}`);
    } catch (error) {
      if (error instanceof ConfigurationError) return void 0;
      throw error;
    }
  }
  return void 0;
}
function dig(data, keys) {
  let value = data;
  for (const key of keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
    value = value[key];
  }
  return value;
}

export {
  SiteMacros
};
