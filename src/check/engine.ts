import { relative, resolve } from 'node:path';
import type { FileSettings, ResolvedConfig, TargetSetting } from '../config/config.js';
import type { MacroSpec } from '../math/macros.js';
import { ResultCache } from './cache.js';
import type { Site, SiteMacros } from '../config/site-macros.js';
import { MacroContext, baseMacros } from '../math/macros.js';
import { ruleInfo } from '../rules/index.js';
import { FormulaChecker } from '../math/validate.js';
import { toPosix } from '../paths.js';
import { LineIndex, lastAtOrBefore } from '../positions.js';
import { cannotReadSentence, readFileBounded } from '../read-file.js';
import { defaultDialect, dialectRules, readsVerbatimForm, sniffDialect, type DialectRules } from '../scan/dialects.js';
import type { Diagnostic, Dialect, Renderer, Report, Severity, Target } from '../model/types.js';
import { checkDocument, wholeFileFinding, excerptAt, type LocatedFinding } from './document.js';
import { type Excerpt, type FormulaRecord } from '../model/results.js';
import { loadFile, readLimit, tooLarge, type FileKind } from './load.js';
import type { FileResult, CheckRun } from '../model/results.js';
import { fileUnreadable } from '../rules/file-unreadable.js';
import { siteConfigUnreadable } from '../rules/site-config-unreadable.js';
import { shownAsText, siteShowsNoMath, withoutFixForSite } from '../rules/shown-as-text.js';

export interface EngineOptions {
  root: string;
  config: ResolvedConfig;
  siteMacros?: SiteMacros;
  /** Keep every formula in the results (previews need them); a plain check only counts them, saving memory. */
  keepFormulas?: boolean;
  /** Results of earlier runs, reused for files whose content and settings have not changed. */
  cache?: ResultCache;
}

/** Checks files (absolute paths) and builds the report. One file's trouble never hides another's findings. */
export class Engine {
  private readonly checkers = new Map<Renderer, FormulaChecker>();

  constructor(private readonly options: EngineOptions) {}

  checkFiles(paths: readonly string[]): CheckRun {
    const files = this.withSiteConfigs(paths.map((path) => this.checkFile(path)));
    return { report: buildReport(files), files };
  }

  /**
   * The results of checked files, and after them a result for each site configuration their pages could not read
   * (a finding at its YAML error): those pages were judged without what it says, which is never left unsaid.
   */
  withSiteConfigs(results: FileResult[]): FileResult[] {
    const sites = this.options.siteMacros;
    if (!sites) return results;
    // (Each file's site and macros, asked again: in a worker's files this thread has not met them yet.)
    for (const { file } of results) {
      const kind: FileKind = file.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'markdown';
      this.configuredMacros(resolve(this.options.root, file));
      this.siteOf(file, kind, this.options.config.settingsFor(file));
    }
    for (const config of sites.unreadableConfigs()) {
      const start = Math.max(0, Math.min(config.offset, config.text.length - 1));
      const finding = wholeFileFinding({ rule: siteConfigUnreadable.id, message: config.message, start, end: start + 1 });
      results.push(this.finish(toPosix(relative(this.options.root, config.path)), () => config.text, [finding], []));
    }
    return results;
  }

  /** A changed file that could not be read (from GitHub, from git): a finding on it, so that it is never dropped. */
  notRead(path: string, reason: string): FileResult {
    const file = toPosix(relative(this.options.root, path));
    return this.finish(file, () => '', [wholeFileFinding({ rule: fileUnreadable.id, message: `Not checked: ${reason}.`, start: 0, end: 1 })], []);
  }

  /** Checks one file, given its absolute path (and, for previews, its content at another revision). */
  checkFile(path: string, content?: Uint8Array): FileResult {
    const file = toPosix(relative(this.options.root, path));
    const kind: FileKind = file.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'markdown';
    let bytes = content;
    if (!bytes) {
      // A file too large is refused by its size, before it is read.
      const read = readFileBounded(path, readLimit(kind));
      if (!read.ok) {
        const finding =
          read.problem === 'too-large' ? tooLarge(read.size, kind).finding : { rule: fileUnreadable.id, message: cannotReadSentence(read), start: 0, end: 1 };
        return this.finish(file, () => '', [wholeFileFinding(finding)], []);
      }
      bytes = read.bytes;
    }
    const settings = this.options.config.settingsFor(file);
    const macros = this.configuredMacros(path);
    // (The site that publishes the page counts: its dialect, engine and math fences judge it.)
    const cacheKey =
      this.options.cache && !content
        ? ResultCache.key(bytes, JSON.stringify([file, settings, macros, this.options.config.config.targets, this.siteOf(file, kind, settings) ?? null]))
        : undefined;
    const cached = cacheKey ? this.options.cache!.get(file, cacheKey) : undefined;
    if (cached) return cached;
    const result = this.checkBytes(file, kind, bytes, settings, macros);
    if (cacheKey) this.options.cache!.set(file, cacheKey, result);
    return result;
  }

  /** The macros a file (absolute path) starts from: configuration's, then those of the site generator's files. */
  configuredMacros(path: string): Record<string, MacroSpec> {
    return { ...this.options.config.config.macros, ...this.options.siteMacros?.forFile(path) };
  }

  /**
   * Why GitHub cannot show `tex` in a ```math block (a pull-request comment's preview) — the message of the first
   * error its MathJax, as its client sets it up, would show — or undefined when it shows it.
   */
  githubRefusal(tex: string): string | undefined {
    const { findings } = this.checker('github').check(tex, true, new MacroContext(baseMacros('github', {})));
    return findings.find((finding) => (finding.severity ?? ruleInfo(finding.rule)?.severity) === 'error')?.message;
  }

  /**
   * A file's formulas as they are found, not validated: what the base side of a preview needs (its verdicts are
   * never shown), at the cost of the scan alone.
   */
  formulasOf(path: string, content: Uint8Array): FileResult {
    const file = toPosix(relative(this.options.root, path));
    const kind: FileKind = file.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'markdown';
    return this.checkBytes(file, kind, content, this.options.config.settingsFor(file), this.configuredMacros(path), false);
  }

  private checkBytes(
    file: string,
    kind: FileKind,
    bytes: Uint8Array,
    settings: FileSettings,
    configured: Record<string, MacroSpec>,
    validate = true,
  ): FileResult {
    const loaded = loadFile(bytes, kind);
    if (!loaded.ok) return this.finish(file, loaded.fileText, [wholeFileFinding(loaded.finding)], []);
    const site = this.siteOf(file, kind, settings);
    const { targets } = this.options.config.config;
    // A site's page is read in the site's dialect and judged by its engine, unless the file or the configuration
    // says otherwise (or leaves the site out: then it is GitHub's page alone).
    // JupyterLab with jupyterlab-myst reads a notebook's Markdown as MyST and renders it with mystmd's KaTeX.
    const mystNotebook = kind === 'notebook' && this.options.siteMacros?.usesJupyterlabMyst() === true;
    const dialect =
      settings.dialect ??
      (kind === 'notebook'
        ? mystNotebook
          ? 'myst'
          : 'jupyter'
        : (sniffDialect(loaded.fileText()) ?? (site && targets.site !== 'off' ? site.dialect : undefined) ?? defaultDialect(file) ?? 'github'));
    const rules = site && dialect === site.dialect ? siteRules(site, dialect) : dialectRules(dialect);
    const renderer =
      settings.renderer ??
      (mystNotebook && dialect === 'myst' ? 'mystmd' : undefined) ??
      (site && targets.site !== 'off' && dialect === site.dialect ? site.renderer : undefined) ??
      rules.renderer;
    try {
      const keepFormulas = this.options.keepFormulas !== false || !validate;
      const judge = (pass: { rules: typeof rules; renderer: Renderer; macros: Record<string, MacroSpec>; validate?: boolean }) =>
        checkDocument(loaded.chunks, {
          rules: pass.rules,
          renderer: pass.renderer,
          checker: this.checker(pass.renderer),
          macros: baseMacros(pass.renderer, pass.macros),
          keepFormulas: keepFormulas || pass.validate === false,
          validate: pass.validate ?? validate,
          fileText: loaded.fileText,
        });
      const github = { rules: dialectRules('github'), renderer: 'github' as const, macros: {} };
      let result: ReturnType<typeof checkDocument>;
      let judged = renderer;
      if (!site || !validate) result = judge({ rules, renderer, macros: configured });
      else if (targets.site === 'off') {
        result = judge(github);
        judged = 'github';
      } else if (site.showsNoMath) {
        // Nothing typesets the site's math: what the author wrote for it (found, not judged) shows as typed there,
        // one finding for the page; GitHub's reading is the only one that renders it.
        const written = judge({ rules, renderer, macros: configured, validate: false }).formulas;
        const onSite = written.length > 0 ? [wholeFileFinding(siteShowsNoMath(written[0]!, written.length, site.showsNoMath))] : [];
        const onGitHub = targets.github !== 'off' ? judge(github) : { findings: [], formulas: [], formulaCount: 0 };
        result = { ...onGitHub, findings: mergeTargets(onSite, onGitHub.findings, { name: site.name, dialect, rules }) };
        judged = 'github';
      } else {
        result = judge({ rules, renderer, macros: configured });
        // The same page as GitHub shows it, where the repository is browsed (GitHub has no macros).
        if (targets.github !== 'off')
          result = { ...result, findings: mergeTargets(result.findings, judge(github).findings, { name: site.name, dialect, rules }) };
      }
      const findings = loaded.findings ? [...loaded.findings.map(wholeFileFinding), ...result.findings] : result.findings;
      return { ...this.finish(file, loaded.fileText, findings, result.formulas, result.formulaCount), renderer: judged };
    } catch (error) {
      // A bug in mathrepro or a library must not hide the other files' findings: report it on this file.
      const message = error instanceof Error ? error.message : String(error);
      return this.finish(
        file,
        loaded.fileText,
        [wholeFileFinding({ rule: fileUnreadable.id, message: `mathrepro failed on this file: ${message}`, start: 0, end: 1 })],
        [],
      );
    }
  }

  /**
   * The site that publishes a Markdown page (a mystmd or Jupyter Book project, a Sphinx, MkDocs or Quarto site, a
   * static site whose HTML defines macros), unless the configuration names the page's dialect or renderer itself.
   */
  private siteOf(file: string, kind: FileKind, settings: FileSettings): Site | undefined {
    if (kind === 'notebook' || settings.dialect || settings.renderer || !this.options.siteMacros) return undefined;
    const lower = file.toLowerCase();
    if (!lower.endsWith('.md') && !lower.endsWith('.markdown')) return undefined;
    return this.options.siteMacros.siteOf(resolve(this.options.root, file));
  }

  private checker(renderer: Renderer): FormulaChecker {
    let checker = this.checkers.get(renderer);
    if (!checker) {
      checker = new FormulaChecker(renderer);
      this.checkers.set(renderer, checker);
    }
    return checker;
  }

  private finish(file: string, text: () => string, findings: LocatedFinding[], formulas: FormulaRecord[], formulaCount = formulas.length): FileResult {
    // Lines are found on first use: a clean notebook's megabytes need no index.
    const lines = new LineIndex(text);
    const { targets } = this.options.config.config;
    const { diagnostics, excerpts } = locateFindings(
      file,
      lines,
      findings,
      (rule, chosen) => this.options.config.severity(rule, chosen),
      (target) => targets[target],
    );
    const errors = findings.filter(
      (finding) => this.options.config.severity(finding.rule, finding.severity) === 'error' && !(finding.target && targets[finding.target] === 'warning'),
    );
    const startsOf = (chosen: readonly LocatedFinding[]) => chosen.map((finding) => finding.start).sort((a, b) => a - b);
    const errorStarts = startsOf(errors);
    // Where a broken formula fails, when only one target's findings break it.
    const startsFor = {
      everywhere: startsOf(errors.filter((f) => !f.target)),
      github: startsOf(errors.filter((f) => f.target === 'github')),
      site: startsOf(errors.filter((f) => f.target === 'site')),
    };
    const brokenOn = (start: number, end: number): Target | undefined => {
      if (anyWithin(startsFor.everywhere, start, end)) return undefined;
      const github = anyWithin(startsFor.github, start, end);
      const site = anyWithin(startsFor.site, start, end);
      return github && !site ? 'github' : site && !github ? 'site' : undefined;
    };
    return {
      file,
      formulaCount,
      formulas: formulas.map((formula) => {
        const { line, column } = lines.position(formula.start);
        const record: FileResult['formulas'][number] = {
          tex: formula.tex,
          display: formula.display,
          delimiter: formula.delimiter,
          start: formula.start,
          end: formula.end,
          line,
          column,
          endLine: lines.position(Math.max(formula.start, formula.end - 1)).line,
        };
        if (formula.cell !== undefined) record.cell = formula.cell;
        if (formula.definitions) record.definitions = formula.definitions;
        if (errorStarts.length > 0 && anyWithin(errorStarts, formula.start, formula.end)) {
          record.broken = true;
          const only = brokenOn(formula.start, formula.end);
          if (only) record.brokenOn = only;
        }
        return record;
      }),
      diagnostics,
      excerpts,
    };
  }
}

/** Whether a sorted list of offsets holds one in [start, end). */
function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  const first = lastAtOrBefore(sorted, start - 1) + 1;
  return first < sorted.length && sorted[first]! < end;
}

/**
 * Findings (file offsets) as diagnostics (lines and columns), in order, with the configured severity; rules
 * turned off are dropped. Shared by every linter so that all report the same shape.
 */
export function locateFindings(
  file: string,
  lines: LineIndex,
  findings: readonly LocatedFinding[],
  severityOf: (rule: string, chosen?: Severity) => Severity | undefined,
  targetSetting?: (target: Target) => TargetSetting,
): { diagnostics: Diagnostic[]; excerpts: Array<Excerpt | undefined> } {
  const located: Array<{ diagnostic: Diagnostic; excerpt: Excerpt | undefined }> = [];
  for (const finding of findings) {
    let severity = severityOf(finding.rule, finding.severity);
    if (!severity) continue;
    // A target the configuration counts for warnings only (`targets: {github: warning}`) never fails the check.
    if (severity === 'error' && finding.target && targetSetting?.(finding.target) === 'warning') severity = 'warning';
    const start = lines.position(finding.start);
    const end = lines.position(finding.end);
    const diagnostic: Diagnostic = {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity,
      rule: finding.rule,
      message: finding.message,
    };
    if (finding.source !== undefined) diagnostic.source = finding.source;
    if (finding.cell !== undefined) diagnostic.cell = finding.cell;
    if (finding.cellLine !== undefined) diagnostic.cellLine = finding.cellLine;
    if (finding.fix) diagnostic.fix = finding.fix;
    if (finding.target) diagnostic.target = finding.target;
    const excerpt = finding.excerpt ?? (lines.text.length === 0 ? undefined : excerptAt(lines, finding.start, finding.end));
    located.push({ diagnostic, excerpt });
  }
  located.sort(({ diagnostic: a }, { diagnostic: b }) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { diagnostics: located.map((entry) => entry.diagnostic), excerpts: located.map((entry) => entry.excerpt) };
}

/**
 * A page's findings for its site and for GitHub, as one list: a finding both make (the same rule at the same place;
 * for math shown as typed, for the same reason) once, as it is; one only the site or only GitHub makes, marked with its target and saying so. A fix for GitHub
 * that writes the formula in a form the site does not read as math (`$`…`$`, a ```math block) would break the
 * page there: it is not offered, and the finding says why.
 */
function mergeTargets(
  onSite: readonly LocatedFinding[],
  onGitHub: readonly LocatedFinding[],
  site: { name: string; dialect: Dialect; rules: DialectRules },
): LocatedFinding[] {
  // (Math shown as typed at the same place for another reason is another finding: each target's says why, and how to
  // mend it. A renderer's verdict on the same TeX is one, whichever renderer words it.)
  const key = (finding: LocatedFinding) =>
    `${finding.rule}\u0000${finding.start}\u0000${finding.end}${finding.rule === shownAsText.id ? `\u0000${finding.message}` : ''}`;
  const githubKeys = new Set(onGitHub.map(key));
  const siteKeys = new Set(onSite.map(key));
  const merged: LocatedFinding[] = [];
  for (const finding of onSite)
    merged.push(githubKeys.has(key(finding)) ? finding : { ...finding, target: 'site', message: `${finding.message} (on ${site.name})` });
  for (const finding of onGitHub) {
    if (siteKeys.has(key(finding))) continue;
    const form = finding.fix?.form;
    if (form && !readsVerbatimForm(site.rules, form)) {
      const { fix: _, ...unfixed } = finding;
      merged.push({ ...unfixed, target: 'github', message: withoutFixForSite(finding.message, site.name, site.dialect, form) });
    } else merged.push({ ...finding, target: 'github', message: `${finding.message} (on GitHub)` });
  }
  return merged;
}

/** A site's reading rules: its dialect's, as its configuration sets them. */
const rulesOfSites = new WeakMap<Site, DialectRules>();
function siteRules(site: Site, dialect: Dialect): DialectRules {
  const rules = dialectRules(dialect);
  if (!site.rules) return rules;
  let configured = rulesOfSites.get(site);
  if (!configured) rulesOfSites.set(site, (configured = { ...rules, ...site.rules }));
  return configured;
}

export function buildReport(files: readonly FileResult[]): Report {
  const diagnostics = files.flatMap((file) => file.diagnostics);
  return {
    version: 1,
    summary: {
      files: files.length,
      formulas: files.reduce((sum, file) => sum + file.formulaCount, 0),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
    diagnostics,
  };
}
