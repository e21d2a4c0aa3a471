import type { Diagnostic } from '../model/types.js';
import { printable } from '../format/escape.js';

/**
 * GitHub workflow-command annotations (`::error file=…::message`). Columns are sent only when the finding
 * starts and ends on one line: GitHub ignores them otherwise. GitHub's end column is inclusive.
 */
export function formatAnnotation(d: Diagnostic): string {
  const properties: Array<[string, string | number]> = [
    ['file', printable(d.file)],
    ['line', d.line],
    ['endLine', d.endLine],
  ];
  if (d.line === d.endLine) {
    properties.push(['col', d.column], ['endColumn', Math.max(d.column, d.endColumn - 1)]);
  }
  properties.push(['title', `mathrepro ${d.rule}`]);
  const command = d.severity === 'error' ? 'error' : 'warning';
  const text = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command} ${text}::${escapeData(printable(d.cell === undefined ? d.message : `${d.message} (cell ${d.cell}, line ${d.cellLine})`))}`;
}

export function formatAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${formatAnnotation(d)}\n`).join('');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
