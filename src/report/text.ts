import type { CheckRun, FileResult } from '../model/results.js';
import { count } from '../format/count.js';
import { printable } from '../format/escape.js';

/** ANSI styles for a terminal; the text is the same without them. */
const STYLE = { error: '\u001b[31m', warning: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/**
 * The report for people: `file:line:col  severity  rule  message`, the line with a caret, and a summary. With
 * `color`, the severity and the caret are coloured and the rule dimmed (the text is otherwise the same).
 */
export function formatText(run: CheckRun, unit: 'formula' | 'package' = 'formula', options: { color?: boolean } = {}): string {
  const paint = (style: keyof typeof STYLE, text: string) => (options.color ? `${STYLE[style]}${text}${STYLE.reset}` : text);
  const out: string[] = [];
  for (const file of run.files) {
    file.diagnostics.forEach((d, index) => {
      const where = d.cell === undefined ? '' : ` (cell ${d.cell}, line ${d.cellLine})`;
      out.push(
        `${paint('bold', printable(`${d.file}:${d.line}:${d.column}${where}`))}  ${paint(d.severity, d.severity)}  ${paint('dim', d.rule)}  ${printable(d.message)}`,
      );
      const excerpt = file.excerpts[index];
      if (excerpt && /\S/.test(excerpt.text)) {
        // Tabs shown as spaces, one for one, so that the caret keeps its place.
        const shown = excerpt.text.replace(/\t/g, ' ');
        const width = Math.max(1, Math.min(excerpt.end, excerpt.text.length) - excerpt.start);
        // Control characters are shown escaped, wider than they were: the caret moves with them.
        out.push(`    ${printable(shown)}`);
        out.push(`    ${' '.repeat(printable(shown.slice(0, excerpt.start)).length)}${paint(d.severity, '^'.repeat(Math.min(width, 60)))}`);
      }
    });
  }
  const { files, formulas, errors, warnings } = run.report.summary;
  out.push(`${count(formulas, unit)} in ${count(files, 'file')}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return `${out.join('\n')}\n`;
}

/** Every formula found, one JSON object a line: what mathrepro reads as math, for audits and benchmarks. */
export function formatFormulas(files: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const f of file.formulas) {
      lines.push(
        JSON.stringify({
          file: file.file,
          line: f.line,
          column: f.column,
          display: f.display,
          delimiter: f.delimiter,
          ...(f.cell === undefined ? {} : { cell: f.cell }),
          tex: f.tex,
        }),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
