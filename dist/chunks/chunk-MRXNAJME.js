import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  changePercent
} from "./chunk-7TAV6QZK.js";
import {
  codeSpan,
  escapeMarkdown
} from "./chunk-WUQGJPXO.js";

// src/report/reproduce.ts
var ICONS = { pass: "\u2705", fail: "\u274C", missing: "\u2753", invalid: "\u26A0\uFE0F", info: "\u2139\uFE0F", ok: "\u2705", error: "\u274C", "not-executed": "\u23F8\uFE0F", stale: "\u{1F570}\uFE0F" };
function formatVerifyJson(report) {
  const { version, summary, results, cells } = report;
  return `${JSON.stringify({ version, summary, results, cells, warnings: report.warnings }, null, 2)}
`;
}
function formatVerifyText(report) {
  const out = [];
  for (const cell of report.cells) out.push(`${report.file}:${cell.line}:${cell.column}  ${cell.status.padEnd(12)}  ${cell.ref}  ${cell.message}`);
  for (const r of report.results) {
    out.push(`${report.file}:${r.line}:${r.column}  ${r.status.padEnd(12)}  ${r.metric} ${r.expected}  ${r.message}${r.source ? ` [${r.source}]` : ""}`);
  }
  for (const w of report.warnings) out.push(`${report.file}${w.line === void 0 ? "" : `:${w.line}`}  warning  ${w.message}`);
  const { expectations, passed, failed, missing, invalid, informational } = report.summary;
  const cellsOk = report.cells.filter((c) => c.status === "ok").length;
  const reported = informational ? `; ${informational} reported` : "";
  out.push(
    `${passed}/${expectations} expectations met (${failed} failed, ${missing} missing, ${invalid} invalid)${reported}; ${cellsOk}/${report.cells.length} required cells ok`
  );
  return `${out.join("\n")}
`;
}
function formatVerifyMarkdown(report) {
  const { expectations, passed } = report.summary;
  const allOk = passed === expectations && report.cells.every((c) => c.status === "ok");
  const lines = [`### ${allOk ? "\u2705" : "\u274C"} Reproduced: ${passed}/${expectations} expectations of ${escapeMarkdown(report.file)}`, ""];
  if (report.results.length) {
    lines.push("| | Metric | Expected | Observed | Base | Source |", "|---|---|---|---|---|---|");
    for (const r of report.results) {
      const observed = r.observed === null ? `*${r.status}*` : String(r.observed);
      const base = r.base === null ? "" : `${r.base}${r.observed === null ? "" : changePercent(r.observed, r.base)}`;
      lines.push(
        `| ${ICONS[r.status]} | ${codeSpan(r.metric)} | ${escapeMarkdown(r.expected)} | ${observed} | ${base} | ${r.source ? escapeMarkdown(r.source) : ""} |`
      );
    }
    lines.push("");
  }
  if (report.cells.length) {
    lines.push("| | Cell | Status |", "|---|---|---|");
    for (const c of report.cells) lines.push(`| ${ICONS[c.status]} | ${escapeMarkdown(c.ref)} | ${escapeMarkdown(c.message)} |`);
    lines.push("");
  }
  for (const w of report.warnings) lines.push(`> \u26A0\uFE0F ${escapeMarkdown(w.message)}`, "");
  return lines.join("\n");
}

export {
  formatVerifyJson,
  formatVerifyText,
  formatVerifyMarkdown
};
