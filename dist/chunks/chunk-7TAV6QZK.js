import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/model/reproduce.ts
function verified(report) {
  return report.results.every((r) => r.status === "pass" || r.status === "info") && report.cells.every((c) => c.status === "ok");
}
function changePercent(observed, base) {
  if (base === 0) return "";
  const percent = (observed - base) / Math.abs(base) * 100;
  const sign = percent > 0 ? "+" : percent < 0 ? "\u2212" : "\xB1";
  return ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
}

export {
  verified,
  changePercent
};
