import { relative } from 'node:path';
import { buildReport } from '../check/engine.js';
import { type FileResult } from '../model/results.js';
import { applyFixes } from '../check/fixing.js';
import { type FileFixes, type FixRun } from '../model/results.js';
import { readLimit } from '../check/load.js';
import { loadConfig } from '../config/load.js';
import { MAX_ENV_BYTES } from '../env/lint.js';
import { toPosix } from '../paths.js';
import { readFileBounded } from '../read-file.js';
import { replaceIfUnchanged } from '../write-file.js';
import { prepareRun, type CheckRequest } from './check.js';
import { environmentFiles, lintEnvText, runEnvLint } from './env.js';

export interface FixRequest extends CheckRequest {
  /** Write the fixed files (`mathrepro fix`); false for `--dry-run`, which only says what would change. */
  write: boolean;
  /** Fix environment and requirements files too (`mathrepro fix`), not only the math (`check --fix`). */
  environments: boolean;
  /** Only these files (paths from the root, `/`-separated), of those the paths find: a pull request's. */
  only?: ReadonlySet<string>;
  /**
   * Checks of these very files just made (the action's), by path from the root: a file whose findings carry no fix
   * is not read again, and the others are not checked again before their fixes.
   */
  known?: ReadonlyMap<string, FileResult>;
}

/**
 * `mathrepro fix` and `check --fix`: every file checked, its findings' fixes applied (each kept only if the file,
 * checked again, is better for it), written unless it is a dry run, and the findings left reported.
 */
export function runFix(request: FixRequest): FixRun {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const { files: mathFiles, engine } = prepareRun({ ...request, config }, { keepFormulas: false });
  const results: FileResult[] = [];
  const fixes: FileFixes[] = [];
  const fixOne = (path: string, limit: number, check: (text: string, bom: string) => FileResult, notRead: () => FileResult): void => {
    const file = toPosix(relative(request.root, path));
    const known = request.known?.get(file);
    if (known && !known.diagnostics.some((d) => d.fix)) {
      results.push(known);
      return;
    }
    const read = readFileBounded(path, limit);
    const text = read.ok ? read.bytes.toString('utf8') : '';
    // Text that is not UTF-8 exactly would not survive being written back: it is only checked.
    if (!read.ok || !Buffer.from(text, 'utf8').equals(read.bytes)) {
      results.push(notRead());
      return;
    }
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const body = text.slice(bom.length);
    const fixed = applyFixes(body, (candidate) => check(candidate, bom), known);
    if (fixed.applied.length === 0 && fixed.refused.length === 0) {
      results.push(fixed.checked as FileResult);
      return;
    }
    const entry: FileFixes = { file, before: body, after: fixed.text, applied: fixed.applied, refused: fixed.refused };
    const notWritten = request.write && fixed.text !== body ? replaceIfUnchanged(path, read.bytes, bom + fixed.text) : undefined;
    // A file that cannot be written back keeps its findings, and the run goes on to the next file.
    if (notWritten) Object.assign(entry, { notWritten, after: body });
    results.push(notWritten ? check(body, bom) : (fixed.checked as FileResult));
    fixes.push(entry);
  };
  const wanted = (path: string) => !request.only || request.only.has(toPosix(relative(request.root, path)));
  for (const path of mathFiles.filter(wanted)) {
    const kind = path.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'markdown';
    fixOne(
      path,
      readLimit(kind),
      (text, bom) => engine.checkFile(path, Buffer.from(bom + text, 'utf8')),
      () => engine.checkFile(path),
    );
  }
  if (request.environments) {
    for (const path of environmentFiles({ ...request, config }).filter(wanted)) {
      fixOne(
        path,
        MAX_ENV_BYTES,
        (text) => lintEnvText(request.root, toPosix(relative(request.root, path)), text, config),
        () => runEnvLint({ root: request.root, paths: [path], config }).files[0]!,
      );
    }
  }
  return { files: fixes, remaining: { report: buildReport(results), files: results } };
}
