import type { Diagnostic, Severity } from '../model/types.js';
import type { VerifyReport } from '../model/reproduce.js';
import { reproduce } from '../rules/reproduce.js';

/**
 * REPRODUCE.md's outcome as findings of the rule `reproduce`, on the same path as the math's: a place and an end in
 * the document, the configured severity (`rules: {reproduce: warning}`), then annotations, the check run and SARIF
 * alike. A failed or unreadable expectation, a required cell not ok, or a document that could not be checked.
 */
export function reproduceDiagnostics(outcome: { report: VerifyReport } | { error: string; file: string }, severity: Severity): Diagnostic[] {
  const at = (file: string, line: number, column: number, end: { line?: number; column?: number }, message: string): Diagnostic => ({
    file,
    line,
    column,
    endLine: end.line ?? line,
    endColumn: end.column ?? column + 1,
    severity,
    rule: reproduce.id,
    message,
  });
  if ('error' in outcome) return [at(outcome.file, 1, 1, {}, outcome.error)];
  const { report } = outcome;
  return [
    ...report.results
      .filter((r) => r.status !== 'pass' && r.status !== 'info')
      .map((r) => at(report.file, r.line, r.column, { line: r.endLine, column: r.endColumn }, `${r.metric} ${r.expected}: ${r.status} — ${r.message}`)),
    ...report.cells
      .filter((c) => c.status !== 'ok')
      .map((c) => at(report.file, c.line, c.column, { column: c.column + c.ref.length }, `${c.ref}: ${c.status} — ${c.message}`)),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}
