import type { VerifyReport } from '../model/reproduce.js';
import type { Report } from '../model/types.js';
import { count } from '../format/count.js';

/** A status badge in the shields.io look, as an SVG and as a shields.io endpoint document. */
export interface Badge {
  /** File name without extension: `math`, `reproduced`, `test_loss`. */
  name: string;
  label: string;
  message: string;
  color: 'brightgreen' | 'yellow' | 'orange' | 'red' | 'lightgrey' | 'blue';
}

export function mathBadge(report: Report): Badge {
  const { formulas, errors, warnings } = report.summary;
  if (errors > 0) return { name: 'math', label: 'math', message: count(errors, 'error'), color: 'red' };
  if (warnings > 0) return { name: 'math', label: 'math', message: `${count(formulas, 'formula')}, ${count(warnings, 'warning')}`, color: 'yellow' };
  return { name: 'math', label: 'math', message: `${formulas} formulas ok`, color: 'brightgreen' };
}

export function reproducedBadge(report: VerifyReport): Badge {
  const { expectations, passed } = report.summary;
  const cellsOk = report.cells.every((c) => c.status === 'ok');
  const color = passed === expectations && cellsOk ? 'brightgreen' : passed === 0 ? 'red' : 'orange';
  return { name: 'reproduced', label: 'reproduced', message: `${passed}/${expectations}`, color };
}

/** One badge per expectation: `test_loss < 0.02 ± 0.003 ✓`. */
export function expectationBadges(report: VerifyReport): Badge[] {
  const used = new Map<string, number>();
  return report.results.map((r) => {
    const base = `expect-${r.metric.replace(/[^\w.-]+/g, '_')}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const mark = r.status === 'pass' ? '✓' : r.status === 'fail' ? '✗' : r.status === 'info' ? 'ℹ' : '?';
    const observed = r.observed === null ? r.status : String(r.observed);
    return {
      name: seen ? `${base}-${seen + 1}` : base,
      label: `${r.metric} ${r.expected}`,
      message: `${observed} ${mark}`,
      color: r.status === 'pass' ? 'brightgreen' : r.status === 'fail' ? 'red' : r.status === 'info' ? 'blue' : 'lightgrey',
    };
  });
}

/** The files of a set of badges: `NAME.svg` (self-contained) and `NAME.json` (a shields.io endpoint). */
export async function badgeFiles(badges: readonly Badge[]): Promise<Map<string, string>> {
  // badge-maker carries a megabyte of font metrics: loaded only when badges are made.
  const { makeBadge } = await import('badge-maker');
  const files = new Map<string, string>();
  for (const badge of badges) {
    files.set(`${badge.name}.svg`, makeBadge({ label: badge.label, message: badge.message, color: badge.color }));
    files.set(`${badge.name}.json`, `${JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color })}\n`);
  }
  return files;
}
