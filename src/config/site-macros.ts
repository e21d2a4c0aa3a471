import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { staysInside, toPosix } from '../paths.js';
import picomatch from 'picomatch';
import type { MacroSpec } from '../math/macros.js';
import type { Dialect, Renderer } from '../model/types.js';
import type { IndentedBody } from '../scan/mkdocs-blocks.js';
import type { DialectRules } from '../scan/dialects.js';
import { readTextBounded } from '../read-file.js';
import { MAX_CONFIG_BYTES, checkGlob, isRecord, parseMacros } from './config.js';
import { ConfigurationError } from '../model/errors.js';
import { loadToolConfig, loadYaml, type TaggedValue } from '../read-yaml.js';
import { configuredMacros, htmlSiteMacros } from './site-html.js';

/** The site that publishes a page: how reports name it, the Markdown dialect it reads, the engine it renders with. */
export interface Site {
  name: string;
  dialect?: Dialect;
  renderer?: Renderer;
  /**
   * How its Markdown reads math where its configuration says otherwise than its dialect: an MkDocs site's math fence,
   * the blocks whose bodies are Markdown, the delimiters arithmatex is set to take.
   */
  rules?: Partial<DialectRules>;
  /**
   * Why the site typesets no math at all (an MkDocs site whose configuration enables no math extension and loads no
   * engine): its pages' formulas show as typed there.
   */
  showsNoMath?: string;
}

/** A site as a folder's build files declare it, with the pages it publishes when not every one below (d2l-book). */
interface DeclaredSite {
  site: Site;
  includes?: (page: string) => boolean;
}

/**
 * Macros that a site generator injects into every page: Jupyter Book's `_config.yml`
 * (`sphinx.config.mathjax3_config.tex.macros`, or MathJax 2's `mathjax_config.TeX.Macros`), mystmd's
 * `myst.yml` (`project.math`), Sphinx's `conf.py` (`mathjax3_config`, `mathjax4_config`, read as text, never run),
 * MkDocs' `mkdocs.yml` (the MathJax or KaTeX configuration its `extra_javascript` loads), a Jekyll site's layouts
 * and includes, and an `index.html` (docsify, a hand-made site) — ./site-html.ts. Formulas in those pages use them
 * without defining them.
 */

const SITE_FILES = ['_config.yml', 'myst.yml', 'conf.py', 'mkdocs.yml'];
/** At most this many scripts an `mkdocs.yml` loads are read for macros. */
const MAX_MKDOCS_SCRIPTS = 20;
/** At most this many layout and include files of a Jekyll site are read for macros. */
const MAX_LAYOUT_FILES = 200;

/** Where a Jupyter Book's `_config.yml` and mystmd's `myst.yml` define macros. */
const MACRO_KEYS = [
  ['sphinx', 'config', 'mathjax3_config', 'tex', 'macros'],
  ['sphinx', 'config', 'mathjax_config', 'TeX', 'Macros'],
  ['project', 'math'],
];

/** What a check does without a site configuration it cannot read, by the file's name. */
const WITHOUT: Record<string, string> = {
  'mkdocs.yml':
    "its pages are checked as an MkDocs site with Material's usual extensions (arithmatex, admonition, details, tabbed, md_in_html) and none of its macros",
  'myst.yml': 'its pages are checked without the macros it defines',
  '_config.yml': "its pages are checked without what it sets: its macros, and whether it is a Jupyter Book's",
};

/** A Markdown extension, plugin or script name that may make math on an MkDocs site. */
const MATH_NAME = /math|katex|latex|tex\b|arithmatex/i;
/** A script that is, configures or loads MathJax or KaTeX. */
const MATH_SCRIPT = /mathjax|katex|tex-(?:mml|chtml|svg)/i;
const MKDOCS_WITHOUT_MATH = 'its mkdocs.yml enables no math extension and loads no MathJax or KaTeX, so nothing typesets it';

/** An MkDocs site's `docs_dir`, where its pages and its own scripts are (relative to its mkdocs.yml). */
function docsDirOf(config: unknown): string {
  return isRecord(config) && typeof config.docs_dir === 'string' ? config.docs_dir : 'docs';
}

/**
 * The scripts an `mkdocs.yml` (at `path`) loads, in order: an entry of `extra_javascript` is a path or a mapping
 * whose `path` is one (`{path: x.js, defer: true}`); a local one as a file path under its `docs_dir`, an address as
 * written, and undefined for an entry that names none.
 */
function mkdocsScripts(path: string, config: Record<string, unknown>): Array<{ path: string; local: boolean } | { path: undefined; local: false }> {
  const listed = Array.isArray(config.extra_javascript) ? (config.extra_javascript as unknown[]) : [];
  return listed.map((entry) => {
    const script = isRecord(entry) ? entry.path : entry;
    if (typeof script !== 'string') return { path: undefined, local: false };
    const local = !/^[a-z]+:\/\//i.test(script);
    return { path: local ? join(dirname(path), docsDirOf(config), script) : script, local };
  });
}

/** The names of a list or mapping of MkDocs extensions or plugins (`- name`, `- name: {options}`, `name: {…}`). */
function entryNames(entries: unknown): string[] {
  if (isRecord(entries)) return Object.keys(entries);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : isRecord(entry) ? Object.keys(entry) : []));
}

/** A site configuration that cannot be read: why (and what the check does without it), and where in its text. */
export interface UnreadableSiteConfig {
  path: string;
  message: string;
  offset: number;
  text: string;
}

/** Keys only a Jupyter Book `_config.yml` has (Jekyll's, for GitHub Pages, shares the name). */
const JUPYTER_BOOK_KEYS = ['execute', 'parse', 'sphinx', 'launch_buttons', 'bibtex_bibfiles', 'only_build_toc_files'];

export class SiteMacros {
  private readonly byFolder = new Map<string, Record<string, MacroSpec>>();
  /** Whether a site file exists, by path: the site and the macro lookups ask of the same files. */
  private readonly existing = new Map<string, boolean>();
  private readonly jupyterBooks = new Map<string, boolean>();
  /** Each site YAML file read (its data, or undefined when it could not be read), by path: read once. */
  private readonly yamlFiles = new Map<string, unknown>();
  /** The scripts and pages of sites read, by path (undefined: not read). */
  private readonly texts = new Map<string, string | undefined>();
  /** The site configurations met that could not be read, by path. */
  private readonly unreadable = new Map<string, UnreadableSiteConfig>();
  /** The engine a static site's HTML loads, by the folder of its pages. */
  private readonly htmlEngines = new Map<string, Renderer>();
  private jupyterlabMyst: boolean | undefined;
  /** The site each folder's own build files declare (null: none). */
  private readonly sitesByFolder = new Map<string, DeclaredSite | null>();

  constructor(private readonly root: string) {}

  /**
   * The site that publishes a Markdown page (absolute path), from the nearest site configuration within the root,
   * and the Markdown dialect it reads the page with; undefined when none does. A page of a site is judged for the site
   * and for GitHub, where the repository is browsed.
   */
  siteOf(file: string): Site | undefined {
    for (const folder of this.foldersUp(file)) {
      const declared = this.folderSite(folder);
      if (!declared) continue;
      // A d2l book leaves some pages out of the book (its README): those are GitHub's alone.
      return !declared.includes || declared.includes(relative(folder, file)) ? declared.site : undefined;
    }
    // A static site whose HTML defines macros (a Jekyll layout, a docsify index.html): its MathJax or KaTeX
    // auto-render finds `$…$` in the page's text wherever it is, as JupyterLab does (the `jupyter` dialect), and the
    // engine its HTML loads judges it (KaTeX, MathJax 4 or 3; MathJax 3 with every package when it names none).
    if (Object.keys(this.forFile(file)).length === 0) return undefined;
    return { name: 'the site', dialect: 'jupyter', ...this.staticEngine(file) };
  }

  /** The folders from a file's own up to the root, nearest first. */
  private *foldersUp(file: string): Generator<string> {
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      yield folder;
      const parent = dirname(folder);
      if (parent === folder || folder === this.root || relative(this.root, parent).startsWith('..')) return;
    }
  }

  /** The site a folder's own build files declare, read once per folder (every page below asks), or null. */
  private folderSite(folder: string): DeclaredSite | null {
    let declared = this.sitesByFolder.get(folder);
    if (declared === undefined) this.sitesByFolder.set(folder, (declared = this.readFolderSite(folder)));
    return declared;
  }

  private readFolderSite(folder: string): DeclaredSite | null {
    if (this.exists(join(folder, 'myst.yml'))) return { site: { name: 'the mystmd site', dialect: 'myst', renderer: 'mystmd' } };
    const config = join(folder, '_config.yml');
    if (this.exists(join(folder, '_toc.yml')) || (this.exists(config) && this.isJupyterBook(config))) {
      return { site: { name: 'the Jupyter Book', dialect: 'myst', ...this.jupyterBookEngine(config) } };
    }
    const mkdocs = join(folder, 'mkdocs.yml');
    if (this.exists(mkdocs)) {
      const config = this.mkdocsConfig(mkdocs);
      const site: Site = { name: 'the MkDocs site', dialect: 'mkdocs', ...mkdocsReading(config) };
      if (this.mkdocsLoadsNoMath(mkdocs, config)) site.showsNoMath = MKDOCS_WITHOUT_MATH;
      // MkDocs publishes the pages of its docs_dir alone (a README beside mkdocs.yml is GitHub's).
      const prefix = `${toPosix(docsDirOf(config)).replace(/^\.\//, '').replace(/\/+$/, '')}/`;
      return { site, includes: (page) => toPosix(page).startsWith(prefix) };
    }
    if (this.exists(join(folder, 'conf.py'))) return { site: { name: 'the Sphinx site', dialect: 'myst', renderer: this.sphinxEngine(folder) } };
    const includes = this.exists(join(folder, 'config.ini')) ? d2lBookPages(join(folder, 'config.ini')) : undefined;
    if (includes) return { site: { name: 'the d2l book', dialect: 'pandoc', renderer: 'mathjax3' }, includes };
    if (this.exists(join(folder, '_quarto.yml'))) return { site: { name: 'the Quarto site', dialect: 'pandoc', ...quartoEngine(join(folder, '_quarto.yml')) } };
    return null;
  }

  /** The engine the nearest static site HTML above a file loads (its pages were read for their macros already). */
  private staticEngine(file: string): { renderer?: Renderer } {
    for (const folder of this.foldersUp(file)) {
      const engine = this.htmlEngines.get(folder);
      if (engine) return { renderer: engine };
    }
    return {};
  }

  /** The texts of a folder's files whose names match (requirements, environments), each read bounded, none through a link out. */
  private folderTexts(folder: string, names: RegExp): string[] {
    let found: string[];
    try {
      found = readdirSync(folder).filter((name) => names.test(name));
    } catch {
      return [];
    }
    return found.flatMap((name) => {
      const path = join(folder, name);
      const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : undefined;
      return read?.ok ? [read.text] : [];
    });
  }

  /**
   * Whether the repository installs jupyterlab-myst (an environment, requirements or pyproject file at its root or in
   * `binder/`, `.binder/`, `docs/` names it): JupyterLab then renders notebooks' Markdown as MyST, its math with
   * mystmd's KaTeX 0.15.6.
   */
  usesJupyterlabMyst(): boolean {
    if (this.jupyterlabMyst !== undefined) return this.jupyterlabMyst;
    this.jupyterlabMyst = false;
    const installs = /(?:^|[\s"'-])jupyterlab[-_]myst\b/im;
    for (const where of ['', 'binder', '.binder', 'docs']) {
      const texts = this.folderTexts(join(this.root, where), /^(?:environment[^/]*\.ya?ml|requirements[^/]*\.txt|pyproject\.toml)$/i);
      if (texts.some((text) => installs.test(text))) return (this.jupyterlabMyst = true);
    }
    return false;
  }

  /**
   * The MathJax a Sphinx site loads, from its `conf.py` as text: the version `mathjax_path` names, else MathJax 4 when
   * it configures `mathjax4_config`, else by the Sphinx its requirements pin (Sphinx 9 loads MathJax 4 by default,
   * sphinx-doc/sphinx#14080; before it, MathJax 3); unpinned, today's Sphinx, so MathJax 4.
   */
  private sphinxEngine(folder: string): Renderer {
    const read = readTextBounded(join(folder, 'conf.py'), MAX_CONFIG_BYTES);
    const conf = read.ok ? read.text : '';
    const path = /^\s*mathjax_path\s*=\s*[rR]?["']([^"']*)["']/m.exec(conf)?.[1];
    const named = path === undefined ? undefined : mathjaxVersionOf(path);
    if (named) return named === 4 ? 'mathjax4' : 'mathjax3';
    if (/^\s*mathjax4_config\s*=/m.test(conf)) return 'mathjax4';
    const major = this.sphinxMajor(folder);
    return major !== undefined && major < 9 ? 'mathjax3' : 'mathjax4';
  }

  /** The Sphinx major version a requirements file beside `conf.py` or at the root pins (`sphinx==8.2.3`, `sphinx<9`). */
  private sphinxMajor(folder: string): number | undefined {
    for (const where of [folder, this.root]) {
      for (const text of this.folderTexts(where, /^(?:requirements[^/]*\.txt|pyproject\.toml)$/i)) {
        const pin = /(?:^|["'\s])sphinx\s*(==|~=|<=|<|>=)\s*(\d+)/im.exec(text);
        if (!pin) continue;
        const major = Number(pin[2]);
        // `sphinx<9` is 8; `sphinx>=7` may be 9 today.
        if (pin[1] === '<') return major - 1;
        if (pin[1] === '>=') return undefined;
        return major;
      }
    }
    return undefined;
  }

  /**
   * Jupyter Book 1 builds with a Sphinx before 8 (MathJax 3), unless its `_config.yml` names another MathJax
   * (`sphinx.config.mathjax_path`).
   */
  private jupyterBookEngine(config: string): { renderer?: Renderer } {
    const read = this.exists(config) ? readTextBounded(config, MAX_CONFIG_BYTES) : undefined;
    const path = read?.ok ? /^\s*mathjax_path\s*:\s*["']?([^"'\s#]+)/m.exec(read.text)?.[1] : undefined;
    return { renderer: path !== undefined && mathjaxVersionOf(path) === 4 ? 'mathjax4' : 'mathjax3' };
  }

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
      if (!this.exists(path)) continue;
      if (name === 'conf.py') macros ??= this.scriptMacros(path);
      else if (name === 'mkdocs.yml') macros ??= this.mkdocsMacros(path);
      else macros ??= this.yamlMacros(path);
    }
    // A static site's HTML: a Jekyll site's layouts and includes (its _config.yml is no Jupyter Book's), and a
    // docsify or hand-made site's index.html.
    const html = this.htmlMacros(folder);
    if (html) macros = { ...html, ...macros };
    const parent = dirname(folder);
    const insideRoot = !relative(this.root, parent).startsWith('..') && parent !== folder;
    const result = macros ?? (insideRoot && folder !== this.root ? this.forFolder(parent) : {});
    this.byFolder.set(folder, result);
    return result;
  }

  /** The `macros` a script's MathJax or KaTeX configuration names (a `conf.py`, a JavaScript file), or undefined. */
  private scriptMacros(path: string): Record<string, MacroSpec> | undefined {
    const text = this.siteText(path);
    if (text === undefined) return undefined;
    const found = configuredMacros(text);
    return found.length > 0 ? Object.fromEntries(found.reverse()) : undefined;
  }

  /** A script or page of a site (absolute path), read once; undefined when it is not read (a link out, too large, gone). */
  private siteText(path: string): string | undefined {
    if (this.texts.has(path)) return this.texts.get(path);
    const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : undefined;
    const text = read?.ok ? read.text : undefined;
    this.texts.set(path, text);
    return text;
  }

  /**
   * The macros of the scripts an `mkdocs.yml` loads (`extra_javascript`, relative to its `docs_dir`): MkDocs
   * Material's arithmatex set-up configures MathJax in one of them.
   */
  private mkdocsMacros(path: string): Record<string, MacroSpec> | undefined {
    const config = this.mkdocsConfig(path);
    if (!isRecord(config)) return undefined;
    const scripts = mkdocsScripts(path, config)
      .flatMap((script) => (script.local && script.path.endsWith('.js') ? [script.path] : []))
      .slice(0, MAX_MKDOCS_SCRIPTS);
    let macros: Record<string, MacroSpec> | undefined;
    for (const script of scripts) {
      const found = this.scriptMacros(script);
      if (found) macros = { ...found, ...macros };
    }
    return macros;
  }

  /**
   * Whether an MkDocs site typesets no math at all, as far as its configuration says: no Markdown extension, plugin or
   * hook that may make math (arithmatex, python-markdown-math, markdown-katex, any whose name says math, TeX or KaTeX),
   * no script it loads that is or loads MathJax or KaTeX, no templates of its own (they may load either), and a theme
   * that loads none (MkDocs' own, Read the Docs', Material's: held to sites MkDocs builds in the tests). Anything it
   * cannot tell is taken to typeset.
   */
  private mkdocsLoadsNoMath(path: string, config: unknown): boolean {
    if (!isRecord(config) || config.hooks !== undefined) return false;
    const names = [...entryNames(config.markdown_extensions), ...entryNames(config.plugins)];
    if (names.some((name) => MATH_NAME.test(name))) return false;
    const theme = isRecord(config.theme) ? config.theme : { name: config.theme ?? 'mkdocs' };
    if (theme.custom_dir !== undefined || !['mkdocs', 'readthedocs', 'material'].includes(String(theme.name))) return false;
    return mkdocsScripts(path, config).every((script) => {
      if (script.path === undefined || MATH_SCRIPT.test(script.path)) return false;
      // A script of the site's own may set MathJax up, or load it.
      const text = script.local ? this.siteText(script.path) : '';
      return text !== undefined && !MATH_SCRIPT.test(text);
    });
  }

  /** An `mkdocs.yml`, its Python and `!ENV` tags as inert values; undefined when it cannot be read. */
  private mkdocsConfig(path: string): unknown {
    return this.siteYaml(path, loadToolConfig);
  }

  /**
   * A site's YAML file (absolute path) as `load` reads it, read once (a site's engine, its reading and its macros all
   * ask); undefined when it cannot be read, and then why is recorded (unread).
   */
  private siteYaml(path: string, load: (text: string) => unknown): unknown {
    if (this.yamlFiles.has(path)) return this.yamlFiles.get(path);
    let data: unknown;
    // (What a link out of the repository holds is not read: a YAML error quotes the place it is in.)
    const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : undefined;
    if (!read) this.unread(path, 'Not read: a link out of the repository.');
    else if (!read.ok) this.unread(path, `Not read: ${read.reason}.`);
    else {
      try {
        data = load(read.text);
      } catch (error) {
        const { reason, mark } = error as { reason?: string; mark?: { position?: number } };
        this.unread(path, `Not valid YAML: ${reason ?? 'unreadable'}; the site generator cannot read it either.`, {
          offset: mark?.position ?? 0,
          text: read.text,
        });
      }
    }
    this.yamlFiles.set(path, data);
    return data;
  }

  /** Records a site configuration that cannot be read: why, at `place`, and what the check does without it. */
  private unread(path: string, why: string, place: { offset: number; text: string } = { offset: 0, text: '' }): void {
    if (this.unreadable.has(path)) return;
    const without = WITHOUT[basename(path)] ?? 'the pages below it are checked without it';
    this.unreadable.set(path, { path, message: `${why} Without it, ${without}.`, ...place });
  }

  /** The macros a Jupyter Book's `_config.yml` or mystmd's `myst.yml` defines for the pages below it. */
  private yamlMacros(path: string): Record<string, MacroSpec> | undefined {
    const data = this.siteYaml(path, basename(path) === 'myst.yml' ? loadYaml : loadToolConfig);
    for (const keys of MACRO_KEYS) {
      const value = dig(data, keys);
      if (value === undefined) continue;
      try {
        return parseMacros(value, keys.join('.'));
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        this.unread(path, `Its macros cannot be read: ${error.message}.`);
        return undefined;
      }
    }
    return undefined;
  }

  /** The site configurations met so far that could not be read, each once, in the order met. */
  unreadableConfigs(): UnreadableSiteConfig[] {
    return [...this.unreadable.values()];
  }

  private htmlMacros(folder: string): Record<string, MacroSpec> | undefined {
    const pages: string[] = [];
    if (this.exists(join(folder, 'index.html'))) pages.push(join(folder, 'index.html'));
    const config = join(folder, '_config.yml');
    if (this.exists(config) && !this.isJupyterBook(config)) {
      for (const part of ['_layouts', '_includes']) {
        const dir = join(folder, part);
        if (!this.exists(dir)) continue;
        let names: string[] = [];
        try {
          names = readdirSync(dir).sort().slice(0, MAX_LAYOUT_FILES);
        } catch {
          // Not a folder: no layouts.
        }
        for (const name of names) if (/\.html?$/i.test(name)) pages.push(join(dir, name));
      }
    }
    let macros: Record<string, MacroSpec> | undefined;
    for (const page of pages) {
      // What a repository's link carries out of it is not read (its text could reach the comment through a preview).
      if (!staysInside(this.root, page)) continue;
      // A page too large, or a link to a device, adds no macros (it is not read).
      const read = readTextBounded(page, MAX_CONFIG_BYTES);
      if (!read.ok) continue;
      const found = htmlSiteMacros(read.text);
      if (Object.keys(found).length > 0) macros = { ...found, ...macros };
      if (!this.htmlEngines.has(folder)) {
        const engine = htmlEngine(read.text);
        if (engine) this.htmlEngines.set(folder, engine);
      }
    }
    return macros;
  }

  /** Whether a `_config.yml` is a Jupyter Book's (else Jekyll's): read once, however many questions ask. */
  private isJupyterBook(config: string): boolean {
    let book = this.jupyterBooks.get(config);
    if (book === undefined) {
      const data = this.siteYaml(config, loadToolConfig);
      this.jupyterBooks.set(config, (book = isRecord(data) && JUPYTER_BOOK_KEYS.some((key) => key in data)));
    }
    return book;
  }

  private exists(path: string): boolean {
    let exists = this.existing.get(path);
    if (exists === undefined) this.existing.set(path, (exists = existsSync(path)));
    return exists;
  }
}

/**
 * A d2l-book `config.ini` (`[project]` and `[build]`): which pages are the book's (its `notebooks` globs, less its
 * `exclusions`, by path from the config's folder); undefined when it is no d2l book. d2l-book turns the pages into
 * notebooks whose math pandoc reads (tight dollars) for Sphinx's MathJax 3.
 */
function d2lBookPages(config: string): ((page: string) => boolean) | undefined {
  const read = readTextBounded(config, MAX_CONFIG_BYTES);
  if (!read.ok || !/^\[project\]/m.test(read.text) || !/^\[build\]/m.test(read.text)) return undefined;
  // Patterns come with the pull request: one that could take exponential time to match is left out.
  const globs = (key: string) =>
    (new RegExp(`^${key}\\s*=\\s*(.*)$`, 'm').exec(read.text)?.[1] ?? '').split(/\s+/).filter((glob) => glob !== '' && safeGlob(glob));
  const notebooks = globs('notebooks');
  const exclusions = globs('exclusions');
  const inBook = notebooks.length > 0 ? picomatch(notebooks, { dot: true }) : () => true;
  const excluded = exclusions.length > 0 ? picomatch(exclusions, { dot: true }) : () => false;
  return (page) => inBook(toPosix(page)) && !excluded(toPosix(page));
}

/** Quarto's HTML math engine (`html-math-method` in `_quarto.yml`): KaTeX when it says so, else its MathJax 3. */
function quartoEngine(config: string): { renderer?: Renderer } {
  const read = readTextBounded(config, MAX_CONFIG_BYTES);
  if (!read.ok) return {};
  const method = /html-math-method\s*:\s*(?:\n\s*method\s*:\s*)?["']?([a-z]+)/i.exec(read.text)?.[1]?.toLowerCase();
  return method === 'katex' ? { renderer: 'katex' } : { renderer: 'mathjax3' };
}

function safeGlob(glob: string): boolean {
  try {
    checkGlob(glob, 'config.ini');
    return true;
  } catch {
    return false;
  }
}

/** The MathJax major version a script's address names (`mathjax@3`, `mathjax/4.0.0/…`, `@mathjax/src`), if any. */
function mathjaxVersionOf(path: string): 3 | 4 | undefined {
  if (/mathjax(?:@\^?|\/|-)4|@mathjax\/src/i.test(path)) return 4;
  if (/mathjax(?:@\^?|\/|-)3/i.test(path)) return 3;
  return undefined;
}

/** The math engine a page loads: KaTeX (its script, docsify-katex, auto-render), MathJax 4 or MathJax 3. */
function htmlEngine(html: string): Renderer | undefined {
  if (/katex(?:\.min)?\.(?:js|css)|docsify-katex|renderMathInElement/i.test(html)) return 'katex';
  if (mathjaxVersionOf(html) === 4) return 'mathjax4';
  if (/mathjax/i.test(html)) return 'mathjax3';
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

/**
 * How an MkDocs site's Markdown reads math, from the extensions its configuration enables: a ```` ```math ```` block is
 * math only where pymdownx.superfences names a custom fence `math` formatted by arithmatex (`format:
 * !!python/name:pymdownx.arithmatex.fence_mathjax_format`), elsewhere a code block; the bodies of admonitions,
 * pymdownx.details and pymdownx.tabbed blocks are Markdown where those are enabled, and an HTML element's with a
 * `markdown` attribute where md_in_html is; arithmatex takes the delimiters
 * its `inline_syntax` and `block_syntax` name (all by default), `$` with no space just inside unless `smart_dollar`
 * is off. Nothing said when the configuration could not be read.
 */
function mkdocsReading(config: unknown): Pick<Site, 'rules'> {
  if (config === undefined) return {};
  const superfences = extensionOptions(config, 'pymdownx.superfences');
  const fences = isRecord(superfences) && Array.isArray(superfences.custom_fences) ? superfences.custom_fences : [];
  const math = fences.some((fence) => isRecord(fence) && fence.name === 'math' && isArithmatexFormat(fence.format));
  const enabled = (name: string) => extensionOptions(config, name) !== undefined;
  const indentedBodies: IndentedBody[] = [];
  if (enabled('admonition') || enabled('markdown.extensions.admonition')) indentedBodies.push('admonition');
  if (enabled('pymdownx.details')) indentedBodies.push('details');
  if (enabled('pymdownx.tabbed')) indentedBodies.push('tabbed');
  // (Without md_in_html an element's `markdown` attribute does nothing: the element is raw HTML like any.)
  const pythonMarkdownHtml = enabled('md_in_html') || enabled('markdown.extensions.md_in_html') ? 'markdown-in-html' : 'raw';
  return {
    rules: { mathFences: math ? ['math'] : [], indentedBodies, pythonMarkdownHtml, ...arithmatexSyntax(extensionOptions(config, 'pymdownx.arithmatex')) },
  };
}

/** The delimiters arithmatex's options leave it, where they say (its defaults are the dialect's). */
function arithmatexSyntax(options: unknown): Partial<DialectRules> {
  if (!isRecord(options)) return {};
  const syntax: Partial<DialectRules> = {};
  const names = (value: unknown) => (Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : undefined);
  const inline = names(options.inline_syntax);
  if (inline) Object.assign(syntax, { singleDollar: inline.includes('dollar'), brackets: inline.includes('round') });
  const block = names(options.block_syntax);
  if (block)
    Object.assign(syntax, { doubleDollar: block.includes('dollar'), displayBrackets: block.includes('square'), bareEnvironments: block.includes('begin') });
  if (typeof options.smart_dollar === 'boolean') syntax.tightDollars = options.smart_dollar;
  return syntax;
}

/**
 * The options an MkDocs configuration gives a Markdown extension (`markdown_extensions`, a list or a mapping): null
 * for one listed without options, undefined for one not listed.
 */
function extensionOptions(config: unknown, name: string): unknown {
  const extensions = isRecord(config) ? config.markdown_extensions : undefined;
  if (isRecord(extensions)) return name in extensions ? (extensions[name] ?? null) : undefined;
  if (!Array.isArray(extensions)) return undefined;
  for (const entry of extensions) {
    if (entry === name) return null;
    if (isRecord(entry) && name in entry) return entry[name] ?? null;
  }
  return undefined;
}

/** A superfences format function of arithmatex's (`fence_mathjax_format`, `fence_generic_format`, `arithmatex_fenced_format(…)`). */
function isArithmatexFormat(format: unknown): boolean {
  const tag = isRecord(format) ? (format as Partial<TaggedValue>).tag : undefined;
  return typeof tag === 'string' && tag.startsWith('tag:yaml.org,2002:python/') && /\barithmatex\./.test(tag);
}
