import type { Diagnostic } from '../model/types.js';

/**
 * What GitHub accepts, in one place. Every channel mathrepro writes to stays within these: it keeps the most
 * important findings (errors before warnings, in the report's order otherwise) and says how many it left out.
 */
export const GITHUB_LIMITS = {
  /** A step's job summary: above 1 MiB GitHub drops the upload ("upload aborted") and shows nothing. */
  jobSummaryBytes: 1024 * 1024,
  /** A check run's `output.summary`. */
  checkRunSummaryCharacters: 65_535,
  /** Annotations per check-run request. */
  annotationsPerRequest: 50,
  /**
   * Annotations sent to one check run: ten requests, which GitHub's rate rules for writes space a second apart;
   * the rest are counted in its summary.
   */
  checkRunAnnotations: 500,
  /** Workflow-command annotations GitHub shows per step and level; more are dropped. */
  annotationsPerLevel: 10,
  /** Results in one SARIF run that code scanning accepts (it rejects the whole file above). */
  sarifResults: 25_000,
} as const;

/** Errors first, then warnings, each in the order given. */
export function mostImportantFirst<T extends Pick<Diagnostic, 'severity'>>(diagnostics: readonly T[]): T[] {
  return [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * `text` when it fits in `maxBytes` of UTF-8, else its longest run of whole lines that fits with `notice` after
 * it (a line is never cut, so a table row or an HTML tag stays whole).
 */
export function fitBytes(text: string, maxBytes: number, notice: string): string {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length(notice) - 2;
  let used = 0;
  let end = 0;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    const size = utf8Length(text.slice(at, next));
    if (used + size > budget) break;
    used += size;
    end = next;
    at = next;
  }
  return `${text.slice(0, end)}\n${notice}\n`;
}
