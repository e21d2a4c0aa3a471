import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/pr/diff.ts
var FILTER_MODES = ["added", "diff_context", "file", "nofilter"];
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const addedLines = /* @__PURE__ */ new Set();
  const hunks = [];
  let line = 0;
  for (const text of patch.split("\n")) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      const length = header[2] === void 0 ? 1 : Number(header[2]);
      hunks.push([line, line + Math.max(length, 1) - 1]);
      continue;
    }
    if (hunks.length === 0) continue;
    if (text.startsWith("+")) addedLines.add(line++);
    else if (text.startsWith(" ") || text === "") line++;
  }
  return { addedLines, hunks };
}
function changesFromGit({ nameStatus, diff, untracked = [] }) {
  const fields = nameStatus.split("\0");
  const changes = [];
  for (let k = 0; k < fields.length; ) {
    const code = fields[k++];
    if (code === "") continue;
    const letter = code[0];
    const twoPaths = letter === "R" || letter === "C";
    const previousPath = twoPaths ? fields[k++] : void 0;
    const path = fields[k++];
    if (path === void 0) break;
    const change = { path, status: STATUS_BY_LETTER[letter] ?? "changed" };
    if (previousPath !== void 0 && letter === "R") change.previousPath = previousPath;
    changes.push(change);
  }
  const parts = diff.split(/^diff --git /m).slice(1);
  if (parts.length === changes.length) changes.forEach((change, index) => Object.assign(change, parsePatch(parts[index])));
  for (const path of untracked) changes.push({ path, status: "added" });
  return changes;
}
var STATUS_BY_LETTER = { A: "added", M: "modified", T: "modified", D: "removed", R: "renamed", C: "copied" };
function inFilter(d, mode, changes) {
  if (mode === "nofilter") return true;
  const change = changes.get(d.file);
  if (!change || change.status === "removed") return false;
  if (mode === "file") return true;
  if (change.status === "added" || !change.addedLines || !change.hunks) return true;
  const lines = range(d.line, d.endLine);
  if (mode === "added") return lines.some((line) => change.addedLines.has(line));
  return lines.some((line) => change.hunks.some(([start, end]) => line >= start && line <= end));
}
function range(from, to) {
  const lines = [];
  for (let line = from; line <= Math.max(from, Math.min(to, from + 200)); line++) lines.push(line);
  return lines;
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/limits.ts
var GITHUB_LIMITS = {
  /** A step's job summary: above 1 MiB GitHub drops the upload ("upload aborted") and shows nothing. */
  jobSummaryBytes: 1024 * 1024,
  /** A check run's `output.summary`. */
  checkRunSummaryCharacters: 65535,
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
  sarifResults: 25e3
};
function mostImportantFirst(diagnostics) {
  return [...diagnostics.filter((d) => d.severity === "error"), ...diagnostics.filter((d) => d.severity !== "error")];
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function fitBytes(text, maxBytes, notice) {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length(notice) - 2;
  let used = 0;
  let end = 0;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf("\n", at);
    const next = newline < 0 ? text.length : newline + 1;
    const size = utf8Length(text.slice(at, next));
    if (used + size > budget) break;
    used += size;
    end = next;
    at = next;
  }
  return `${text.slice(0, end)}
${notice}
`;
}

export {
  FILTER_MODES,
  parsePatch,
  changesFromGit,
  inFilter,
  VERSION,
  GITHUB_LIMITS,
  mostImportantFirst,
  utf8Length,
  fitBytes
};
