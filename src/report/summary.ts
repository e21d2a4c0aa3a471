import type { Diagnostic, Report } from '../types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { count } from './count.js';

/** Above this many rows the summary lists errors first and stops, to stay well within GitHub's 1 MiB limit. */
const MAX_ROWS = 500;

/** The job summary: a verdict, counts, and a table of every finding (the fallback that needs no write permission). */
export function formatSummary(report: Report): string {
  const { files, formulas, errors, warnings } = report.summary;
  const verdict =
    errors > 0
      ? `❌ **mathrepro**: ${count(errors, 'error')} in the math`
      : warnings > 0
        ? `⚠️ **mathrepro**: math renders, with ${count(warnings, 'warning')}`
        : `✅ **mathrepro**: all math renders`;
  const lines = [`## Math check`, '', verdict, '', `${count(formulas, 'formula')} in ${count(files, 'file')} checked.`, ''];
  if (report.diagnostics.length > 0) {
    const sorted = [...report.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const shown = sorted.slice(0, MAX_ROWS);
    lines.push('| | Where | Rule | Problem | Formula |', '|---|---|---|---|---|');
    for (const d of shown) {
      const icon = d.severity === 'error' ? '❌' : '⚠️';
      const where = `${d.file}:${d.line}:${d.column}${d.cell === undefined ? '' : ` (cell ${d.cell})`}`;
      lines.push(`| ${icon} | ${escapeMarkdown(where)} | ${d.rule} | ${escapeMarkdown(d.message)} | ${d.source ? codeSpan(d.source, 120) : ''} |`);
    }
    if (sorted.length > shown.length) lines.push('', `…and ${sorted.length - shown.length} more; the JSON report has them all.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The environment-lint section of the pull-request comment and the job summary. */
export function formatEnvSection(diagnostics: readonly Diagnostic[], files: number): string {
  if (diagnostics.length === 0) return `### ✅ Environment: ${count(files, 'file')} reproducible as written\n`;
  const lines = [`### ⚠️ Environment: ${count(diagnostics.length, 'finding')} in ${count(files, 'file')}`, '', '| | Where | Rule | Problem |', '|---|---|---|---|'];
  for (const d of diagnostics.slice(0, MAX_ROWS)) {
    lines.push(`| ${d.severity === 'error' ? '❌' : '⚠️'} | ${escapeMarkdown(`${d.file}:${d.line}`)} | ${d.rule} | ${escapeMarkdown(d.message)} |`);
  }
  if (diagnostics.length > MAX_ROWS) lines.push('', `…and ${diagnostics.length - MAX_ROWS} more.`);
  return `${lines.join('\n')}\n`;
}
