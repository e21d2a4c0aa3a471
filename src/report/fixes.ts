import { FILE_HEADERS_ONLY, formatPatch } from 'diff';
import { linePatch } from '../format/line-diff.js';
import type { FileFixes, FixRun } from '../model/results.js';

/** What `mathrepro fix` did (or with --dry-run would do), a line a fix, then what is left. */
export function formatFixes(run: FixRun, dryRun: boolean): string {
  const lines: string[] = [];
  for (const file of run.files) {
    if (file.notWritten) {
      lines.push(`${file.file}: not written (${file.notWritten}): its ${plural(file.applied.length, 'fix', 'fixes')} not applied`);
      continue;
    }
    for (const fix of file.applied) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  ${fix.description}`);
    for (const fix of file.refused) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  not fixed (${fix.reason}): ${fix.description}`);
  }
  const fixed = count(run.files);
  const changed = changedFiles(run.files);
  const { errors, warnings } = run.remaining.report.summary;
  const done =
    fixed === 0
      ? 'Nothing to fix.'
      : `${dryRun ? 'Would fix' : 'Fixed'} ${plural(fixed, 'finding')} in ${plural(changed, 'file')}${dryRun ? ' (nothing was written)' : ''}.`;
  const left =
    errors + warnings === 0
      ? ''
      : ` ${dryRun ? 'Left after fixing' : 'Left'}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (mathrepro check shows them).`;
  lines.push(done + left);
  return `${lines.join('\n')}\n`;
}

/** The fixed files as one unified diff, paths as git writes them (`git apply` and `patch -p1` read it). */
export function unifiedDiff(files: readonly FileFixes[]): string {
  return files
    .filter((file) => file.after !== file.before)
    .map((file) => formatPatch(linePatch(`a/${file.file}`, `b/${file.file}`, file.before, file.after, 3), FILE_HEADERS_ONLY).replace(/\n?$/, '\n'))
    .join('');
}

/** One line for stderr after `check --fix`: how many findings were fixed (nothing when none were). */
export function fixSummary(files: readonly FileFixes[]): string {
  const fixed = count(files);
  const notWritten = files.filter((file) => file.notWritten).map((file) => `mathrepro: ${file.file}: not written (${file.notWritten})\n`);
  if (fixed === 0) return notWritten.join('');
  const changed = changedFiles(files);
  return `mathrepro: fixed ${plural(fixed, 'finding')} in ${plural(changed, 'file')}\n${notWritten.join('')}`;
}

/** The fixes applied to files that were written (or, in a dry run, would be). */
function count(files: readonly FileFixes[]): number {
  return files.reduce((sum, file) => sum + (file.notWritten ? 0 : file.applied.length), 0);
}

/** The files that a fix changed (or, in a dry run, would change). */
function changedFiles(files: readonly FileFixes[]): number {
  return files.filter((file) => file.applied.length > 0 && !file.notWritten).length;
}

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
