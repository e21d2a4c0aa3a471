import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  FILE_HEADERS_ONLY,
  formatPatch,
  linePatch
} from "./chunk-RQJOGPUQ.js";
import "./chunk-UT5ZD4FN.js";

// src/report/fixes.ts
function formatFixes(run, dryRun) {
  const lines = [];
  for (const file of run.files) {
    if (file.notWritten) {
      lines.push(`${file.file}: not written (${file.notWritten}): its ${plural(file.applied.length, "fix", "fixes")} not applied`);
      continue;
    }
    for (const fix of file.applied) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  ${fix.description}`);
    for (const fix of file.refused) lines.push(`${file.file}:${fix.line}:${fix.column}  ${fix.rule}  not fixed (${fix.reason}): ${fix.description}`);
  }
  const fixed = count(run.files);
  const changed = changedFiles(run.files);
  const { errors, warnings } = run.remaining.report.summary;
  const done = fixed === 0 ? "Nothing to fix." : `${dryRun ? "Would fix" : "Fixed"} ${plural(fixed, "finding")} in ${plural(changed, "file")}${dryRun ? " (nothing was written)" : ""}.`;
  const left = errors + warnings === 0 ? "" : ` ${dryRun ? "Left after fixing" : "Left"}: ${plural(errors, "error")}, ${plural(warnings, "warning")} (mathrepro check shows them).`;
  lines.push(done + left);
  return `${lines.join("\n")}
`;
}
function unifiedDiff(files) {
  return files.filter((file) => file.after !== file.before).map((file) => formatPatch(linePatch(`a/${file.file}`, `b/${file.file}`, file.before, file.after, 3), FILE_HEADERS_ONLY).replace(/\n?$/, "\n")).join("");
}
function fixSummary(files) {
  const fixed = count(files);
  const notWritten = files.filter((file) => file.notWritten).map((file) => `mathrepro: ${file.file}: not written (${file.notWritten})
`);
  if (fixed === 0) return notWritten.join("");
  const changed = changedFiles(files);
  return `mathrepro: fixed ${plural(fixed, "finding")} in ${plural(changed, "file")}
${notWritten.join("")}`;
}
function count(files) {
  return files.reduce((sum, file) => sum + (file.notWritten ? 0 : file.applied.length), 0);
}
function changedFiles(files) {
  return files.filter((file) => file.applied.length > 0 && !file.notWritten).length;
}
function plural(n, noun, nouns = `${noun}s`) {
  return `${n} ${n === 1 ? noun : nouns}`;
}
export {
  fixSummary,
  formatFixes,
  unifiedDiff
};
