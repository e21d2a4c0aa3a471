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

export {
  FILTER_MODES,
  parsePatch,
  changesFromGit,
  inFilter,
  VERSION
};
