import type { Diagnostic, Report } from '../model/types.js';
import { codeSpan, escapeMarkdown } from '../format/escape.js';
import { count } from '../format/count.js';
import { GITHUB_LIMITS, mostImportantFirst, utf8Length } from '../format/limits.js';

/** Above this many rows the summary stops (errors first): a table longer than that is not read. */
const MAX_ROWS = 500;

/**
 * The job summary's math section: counts and a table of the findings, errors first (the fallback that needs no write
 * permission), under the run's one headline when it is given (a pull request's summary has it above, in the
 * comment). It states no verdict of its own: "all math renders" over a failing REPRODUCE.md would be a second,
 * different one. It stays within `maxBytes` (GitHub's limit, less what the caller adds) and counts what it left out.
 */
export function formatSummary(report: Report, maxBytes: number = GITHUB_LIMITS.jobSummaryBytes, headline?: string): string {
  const { files, formulas, errors, warnings } = report.summary;
  const found =
    errors + warnings > 0
      ? `: ${[errors ? count(errors, 'error') : '', warnings ? count(warnings, 'warning') : ''].filter(Boolean).join(' and ')}`
      : ', no findings';
  const lines = [...(headline ? [headline, ''] : []), `## Math check`, '', `${count(formulas, 'formula')} in ${count(files, 'file')} checked${found}.`, ''];
  if (report.diagnostics.length > 0) {
    const sorted = mostImportantFirst(report.diagnostics);
    lines.push('| | Where | Rule | Problem | Formula |', '|---|---|---|---|---|');
    // Room kept for the closing notice.
    let bytes = utf8Length(lines.join('\n')) + 200;
    let shown = 0;
    for (const d of sorted.slice(0, MAX_ROWS)) {
      const icon = d.severity === 'error' ? '❌' : '⚠️';
      const where = `${d.file}:${d.line}:${d.column}${d.cell === undefined ? '' : ` (cell ${d.cell})`}`;
      const row = `| ${icon} | ${escapeMarkdown(where)} | ${d.rule} | ${escapeMarkdown(d.message)} | ${d.source ? codeSpan(d.source, 120) : ''} |`;
      bytes += utf8Length(row) + 1;
      if (bytes > maxBytes) break;
      lines.push(row);
      shown++;
    }
    if (sorted.length > shown) lines.push('', `…and ${count(sorted.length - shown, 'more finding')}; the JSON report has them all.`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The environment-lint section of the pull-request comment and the job summary: the findings shown (on the lines
 * a pull request changed, under the filter mode), and when there are none, whether the files have findings
 * elsewhere: never "reproducible" when they do not lint clean.
 */
export function formatEnvSection(diagnostics: readonly Diagnostic[], files: number, total = diagnostics.length): string {
  if (diagnostics.length === 0 && total === 0) return `### ✅ Environment: ${count(files, 'file')} reproducible as written\n`;
  if (diagnostics.length === 0) return `### ⚠️ Environment: ${count(total, 'finding')} in ${count(files, 'file')}, none on the lines this change touches\n`;
  const lines = [
    `### ⚠️ Environment: ${count(diagnostics.length, 'finding')} in ${count(files, 'file')}`,
    '',
    '| | Where | Rule | Problem |',
    '|---|---|---|---|',
  ];
  for (const d of diagnostics.slice(0, MAX_ROWS)) {
    lines.push(`| ${d.severity === 'error' ? '❌' : '⚠️'} | ${escapeMarkdown(`${d.file}:${d.line}`)} | ${d.rule} | ${escapeMarkdown(d.message)} |`);
  }
  if (diagnostics.length > MAX_ROWS) lines.push('', `…and ${diagnostics.length - MAX_ROWS} more.`);
  return `${lines.join('\n')}\n`;
}
