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
function changesFromGitDiff(diff) {
  const changes = [];
  for (const part of diff.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(part)?.[1];
    const source = /^--- (?:a\/)?(.+)$/m.exec(part)?.[1];
    const renamedTo = /^rename to (.+)$/m.exec(part)?.[1];
    const renamedFrom = /^rename from (.+)$/m.exec(part)?.[1];
    const path = unquote(renamedTo ?? (target && target !== "/dev/null" ? target : source ?? ""));
    if (!path) continue;
    let status = "modified";
    if (/^new file mode/m.test(part) || source === "/dev/null") status = "added";
    else if (/^deleted file mode/m.test(part) || target === "/dev/null") status = "removed";
    else if (renamedFrom) status = "renamed";
    const change = { path, status, ...parsePatch(part) };
    if (renamedFrom) change.previousPath = unquote(renamedFrom);
    changes.push(change);
  }
  return changes;
}
function unquote(path) {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path);
  } catch {
    return path;
  }
}
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
  changesFromGitDiff,
  inFilter,
  VERSION
};
