import type { Report } from '../model/types.js';

/** The machine-readable report (`--format json`), version 1. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
