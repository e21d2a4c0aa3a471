import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  count
} from "./chunk-VDBKTSS7.js";

// src/report/badges.ts
function mathBadge(report) {
  const { formulas, errors, warnings } = report.summary;
  if (errors > 0) return { name: "math", label: "math", message: count(errors, "error"), color: "red" };
  if (warnings > 0) return { name: "math", label: "math", message: `${count(formulas, "formula")}, ${count(warnings, "warning")}`, color: "yellow" };
  return { name: "math", label: "math", message: `${formulas} formulas ok`, color: "brightgreen" };
}
function reproducedBadge(report) {
  const { expectations, passed } = report.summary;
  const cellsOk = report.cells.every((c) => c.status === "ok");
  const color = passed === expectations && cellsOk ? "brightgreen" : passed === 0 ? "red" : "orange";
  return { name: "reproduced", label: "reproduced", message: `${passed}/${expectations}`, color };
}
function expectationBadges(report) {
  const used = /* @__PURE__ */ new Map();
  return report.results.map((r) => {
    const base = `expect-${r.metric.replace(/[^\w.-]+/g, "_")}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const mark = r.status === "pass" ? "\u2713" : r.status === "fail" ? "\u2717" : r.status === "info" ? "\u2139" : "?";
    const observed = r.observed === null ? r.status : String(r.observed);
    return {
      name: seen ? `${base}-${seen + 1}` : base,
      label: `${r.metric} ${r.expected}`,
      message: `${observed} ${mark}`,
      color: r.status === "pass" ? "brightgreen" : r.status === "fail" ? "red" : r.status === "info" ? "blue" : "lightgrey"
    };
  });
}
async function badgeFiles(badges) {
  const { makeBadge } = await import("./lib-FYH6X7GE.js");
  const files = /* @__PURE__ */ new Map();
  for (const badge of badges) {
    files.set(`${badge.name}.svg`, makeBadge({ label: badge.label, message: badge.message, color: badge.color }));
    files.set(`${badge.name}.json`, `${JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color })}
`);
  }
  return files;
}

export {
  mathBadge,
  reproducedBadge,
  expectationBadges,
  badgeFiles
};
