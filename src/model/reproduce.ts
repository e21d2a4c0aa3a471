/**
 * What `mathrepro verify` reports: each expectation's and each required cell's status, with one verdict function
 * (`verified`) that every channel (exit status, headline, check run, commit status, badge) uses.
 */

export type ExpectationStatus = 'pass' | 'fail' | 'missing' | 'invalid' | 'info';
/** `invalid`: the document names cells in a way mathrepro cannot find them by (`cells 5 and 12`). */
export type CellStatus = 'ok' | 'missing' | 'error' | 'not-executed' | 'stale' | 'invalid';

export interface ExpectationResult {
  metric: string;
  expected: string;
  observed: number | null;
  status: ExpectationStatus;
  source: string | null;
  base: number | null;
  message: string;
  line: number;
  column: number;
  /** Where the claim ends in the document (an annotation's end). */
  endLine?: number;
  endColumn?: number;
}

export interface CellResult {
  ref: string;
  status: CellStatus;
  source: string | null;
  message: string;
  line: number;
  column: number;
}

export interface VerifyReport {
  version: 1;
  file: string;
  summary: { expectations: number; passed: number; failed: number; missing: number; invalid: number; informational: number };
  results: ExpectationResult[];
  cells: CellResult[];
  warnings: Array<{ message: string; line?: number }>;
}

/** Whether every expectation passed (informational ones never fail) and every required cell is ok. */
export function verified(report: VerifyReport): boolean {
  return report.results.every((r) => r.status === 'pass' || r.status === 'info') && report.cells.every((c) => c.status === 'ok');
}

/** `(−12.9 %)`: how a metric moved from the base. */
export function changePercent(observed: number, base: number): string {
  if (base === 0) return '';
  const percent = ((observed - base) / Math.abs(base)) * 100;
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '±';
  return ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
}
