import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-ZDL5TO5E.js";
import "./chunk-UT5ZD4FN.js";

// src/report/fixes.ts
function formatFixes(run, dryRun) {
  const lines = [];
  for (const file of run.files) {
    for (const fix of file.applied) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  ${fix.description}`);
    for (const fix of file.refused) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  not fixed (${fix.reason}): ${fix.description}`);
  }
  const fixed = count(run.files);
  const changed = run.files.filter((file) => file.applied.length > 0).length;
  const { errors, warnings } = run.remaining.report.summary;
  const done = fixed === 0 ? "Nothing to fix." : `${dryRun ? "Would fix" : "Fixed"} ${plural(fixed, "finding")} in ${plural(changed, "file")}${dryRun ? " (nothing was written)" : ""}.`;
  const left = errors + warnings === 0 ? "" : ` ${dryRun ? "Left after fixing" : "Left"}: ${plural(errors, "error")}, ${plural(warnings, "warning")} (mathrepro check shows them).`;
  lines.push(done + left);
  return `${lines.join("\n")}
`;
}
function unifiedDiff(files) {
  return files.filter((file) => file.after !== file.before).map(
    (file) => createTwoFilesPatch(`a/${file.file}`, `b/${file.file}`, file.before, file.after, void 0, void 0, { context: 3 }).split("\n").filter((line, index) => index > 0 || !/^=+$/.test(line)).join("\n").replace(/\n?$/, "\n")
  ).join("");
}
function fixSummary(files) {
  const fixed = count(files);
  if (fixed === 0) return "";
  const changed = files.filter((file) => file.applied.length > 0).length;
  return `mathrepro: fixed ${plural(fixed, "finding")} in ${plural(changed, "file")}
`;
}
function count(files) {
  return files.reduce((sum, file) => sum + file.applied.length, 0);
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  fixSummary,
  formatFixes,
  unifiedDiff
};
