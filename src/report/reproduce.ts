import { changePercent, type VerifyReport } from '../model/reproduce.js';
import { codeSpan, escapeMarkdown } from '../format/escape.js';

const ICONS = { pass: '✅', fail: '❌', missing: '❓', invalid: '⚠️', info: 'ℹ️', ok: '✅', error: '❌', 'not-executed': '⏸️', stale: '🕰️' } as const;

/** `mathrepro verify --format json`. */
export function formatVerifyJson(report: VerifyReport): string {
  const { version, summary, results, cells } = report;
  return `${JSON.stringify({ version, summary, results, cells, warnings: report.warnings }, null, 2)}\n`;
}

/** `mathrepro verify` for people. */
export function formatVerifyText(report: VerifyReport): string {
  const out: string[] = [];
  for (const cell of report.cells) out.push(`${report.file}:${cell.line}:${cell.column}  ${cell.status.padEnd(12)}  ${cell.ref}  ${cell.message}`);
  for (const r of report.results) {
    out.push(`${report.file}:${r.line}:${r.column}  ${r.status.padEnd(12)}  ${r.metric} ${r.expected}  ${r.message}${r.source ? ` [${r.source}]` : ''}`);
  }
  for (const w of report.warnings) out.push(`${report.file}${w.line === undefined ? '' : `:${w.line}`}  warning  ${w.message}`);
  const { expectations, passed, failed, missing, invalid, informational } = report.summary;
  const cellsOk = report.cells.filter((c) => c.status === 'ok').length;
  const reported = informational ? `; ${informational} reported` : '';
  out.push(
    `${passed}/${expectations} expectations met (${failed} failed, ${missing} missing, ${invalid} invalid)${reported}; ${cellsOk}/${report.cells.length} required cells ok`,
  );
  return `${out.join('\n')}\n`;
}

/** The reproducibility section of the pull-request comment and the job summary. */
export function formatVerifyMarkdown(report: VerifyReport): string {
  const { expectations, passed } = report.summary;
  const allOk = passed === expectations && report.cells.every((c) => c.status === 'ok');
  // (Informational metrics are not expectations: they are listed with their change, and never count against it.)
  const lines = [`### ${allOk ? '✅' : '❌'} Reproduced: ${passed}/${expectations} expectations of ${escapeMarkdown(report.file)}`, ''];
  if (report.results.length) {
    lines.push('| | Metric | Expected | Observed | Base | Source |', '|---|---|---|---|---|---|');
    for (const r of report.results) {
      const observed = r.observed === null ? `*${r.status}*` : String(r.observed);
      const base = r.base === null ? '' : `${r.base}${r.observed === null ? '' : changePercent(r.observed, r.base)}`;
      lines.push(
        `| ${ICONS[r.status]} | ${codeSpan(r.metric)} | ${escapeMarkdown(r.expected)} | ${observed} | ${base} | ${r.source ? escapeMarkdown(r.source) : ''} |`,
      );
    }
    lines.push('');
  }
  if (report.cells.length) {
    lines.push('| | Cell | Status |', '|---|---|---|');
    for (const c of report.cells) lines.push(`| ${ICONS[c.status]} | ${escapeMarkdown(c.ref)} | ${escapeMarkdown(c.message)} |`);
    lines.push('');
  }
  for (const w of report.warnings) lines.push(`> ⚠️ ${escapeMarkdown(w.message)}`, '');
  return lines.join('\n');
}
