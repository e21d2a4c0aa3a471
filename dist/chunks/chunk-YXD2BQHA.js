import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  replaceIfUnchanged
} from "./chunk-ZAYWRH4N.js";
import {
  MAX_ENV_BYTES,
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-LFITFICU.js";
import {
  prepareRun
} from "./chunk-CWA7OCEE.js";
import {
  buildReport,
  readLimit
} from "./chunk-27A5LF6U.js";
import {
  fileUnreadable,
  lastAtOrBefore,
  loadConfig,
  readFileBounded,
  toPosix
} from "./chunk-G3VOV2RF.js";

// src/app/fix.ts
import { relative } from "node:path";

// src/check/fixing.ts
var MAX_PASSES = 5;
function applyFixes(text, check, checked = check(text)) {
  let current = { text, checked };
  const applied = [];
  const refused = [];
  const given = /* @__PURE__ */ new Set();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const units = disjoint(groups(current.checked.diagnostics.filter((d) => d.fix && !given.has(identity(d)))));
    if (units.length === 0) break;
    const settled = settle(current, units.map(asUnit), check);
    current = settled.state;
    for (const unit of settled.kept) for (const d of unit.diagnostics) applied.push(described(d));
    for (const { unit, reason } of settled.refused) {
      for (const d of unit.diagnostics) {
        given.add(identity(d));
        refused.push({ ...described(d), reason });
      }
    }
    if (settled.kept.length === 0) break;
  }
  const byPlace = (a, b) => a.line - b.line || a.column - b.column;
  return { text: current.text, applied: applied.sort(byPlace), refused: refused.sort(byPlace), checked: current.checked };
}
function asUnit(diagnostics) {
  return { diagnostics, edits: diagnostics.flatMap((d) => d.fix.edits) };
}
function settle(current, units, check) {
  const edits = [];
  for (const unit of units) for (const edit of unit.edits) edits.push(edit);
  const text = applyEdits(current.text, edits);
  const checked = check(text);
  const reason = worse(current.checked, checked, countFixes(units));
  if (!reason) return { state: { text, checked }, kept: [...units], refused: [] };
  if (units.length === 1) return { state: current, kept: [], refused: [{ unit: units[0], reason }] };
  const middle = units.length >> 1;
  const first = settle(current, units.slice(0, middle), check);
  const made = [];
  for (const unit of first.kept) for (const edit of unit.edits) made.push(edit);
  const moved = shiftedBy(made);
  const rest = units.slice(middle).map((unit) => ({ ...unit, edits: unit.edits.map(moved) }));
  const second = settle(first.state, rest, check);
  return { state: second.state, kept: [...first.kept, ...second.kept], refused: [...first.refused, ...second.refused] };
}
function countFixes(units) {
  let fixes = 0;
  let typesetting = 0;
  for (const unit of units) {
    for (const d of unit.diagnostics) {
      fixes++;
      if (d.fix.typesets) typesetting++;
    }
  }
  return { fixes, typesetting };
}
function shiftedBy(made) {
  const sorted = [...made].sort((a, b) => a.start - b.start);
  const ends = sorted.map((edit) => edit.end);
  const growth = [];
  let total = 0;
  for (const edit of sorted) growth.push(total += edit.text.length - (edit.end - edit.start));
  const before = (offset) => {
    const last = lastAtOrBefore(ends, offset);
    return last < 0 ? 0 : growth[last];
  };
  return (edit) => {
    const delta = before(edit.start);
    return { ...edit, start: edit.start + delta, end: edit.end + delta };
  };
}
function applyEdits(text, edits) {
  let out = "";
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
function worse(before, after, { fixes, typesetting }) {
  const count = (checked) => {
    const byRule = /* @__PURE__ */ new Map();
    for (const d of checked.diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    return byRule;
  };
  const was = count(before);
  const now = count(after);
  if ((now.get(fileUnreadable.id) ?? 0) > (was.get(fileUnreadable.id) ?? 0)) return "the file could not be read once fixed";
  if (after.formulaCount > before.formulaCount + typesetting || after.formulaCount < before.formulaCount - fixes) {
    return `the fixed file has ${after.formulaCount} formulas where it had ${before.formulaCount}`;
  }
  for (const [rule, n] of now) if (n > (was.get(rule) ?? 0)) return `checked again, the file has more ${rule} findings`;
  if (after.diagnostics.length >= before.diagnostics.length) return "checked again, the finding is still there";
  return void 0;
}
function groups(diagnostics) {
  const units = [];
  const byGroup = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const group = d.fix.group;
    if (group === void 0) units.push([d]);
    else if (byGroup.has(group)) byGroup.get(group).push(d);
    else {
      const unit = [d];
      byGroup.set(group, unit);
      units.push(unit);
    }
  }
  return units;
}
function disjoint(units) {
  if (noneOverlap(units)) return [...units];
  const taken = [];
  const chosen = [];
  for (const unit of units) {
    const edits = unit.flatMap((d) => d.fix.edits);
    if (edits.some((e, i) => taken.some((t) => overlap(e, t)) || edits.slice(0, i).some((t) => overlap(e, t)))) continue;
    for (const edit of edits) taken.push(edit);
    chosen.push(unit);
  }
  return chosen;
}
function noneOverlap(units) {
  const edits = [];
  for (const unit of units) for (const d of unit) for (const edit of d.fix.edits) edits.push(edit);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let furthest = -1;
  for (let k = 0; k < edits.length; k++) {
    const edit = edits[k];
    if (k > 0 && (edit.start === edits[k - 1].start || edit.start < furthest)) return false;
    furthest = Math.max(furthest, edit.end);
  }
  return true;
}
function overlap(a, b) {
  const inside = (insertion, range) => insertion.start === insertion.end && range.start < insertion.start && insertion.start < range.end;
  return a.start < b.end && b.start < a.end || a.start === b.start || inside(a, b) || inside(b, a);
}
function identity(d) {
  return `${d.rule}\0${d.fix?.description}\0${d.source ?? ""}\0${d.message}`;
}
function described(d) {
  return { rule: d.rule, line: d.line, column: d.column, description: d.fix.description };
}

// src/app/fix.ts
function runFix(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const { files: mathFiles, engine } = prepareRun({ ...request, config }, { keepFormulas: false });
  const results = [];
  const fixes = [];
  const fixOne = (path, limit, check, notRead) => {
    const file = toPosix(relative(request.root, path));
    const known = request.known?.get(file);
    if (known && !known.diagnostics.some((d) => d.fix)) {
      results.push(known);
      return;
    }
    const read = readFileBounded(path, limit);
    const text = read.ok ? read.bytes.toString("utf8") : "";
    if (!read.ok || !Buffer.from(text, "utf8").equals(read.bytes)) {
      results.push(notRead());
      return;
    }
    const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    const body = text.slice(bom.length);
    const fixed = applyFixes(body, (candidate) => check(candidate, bom), known);
    if (fixed.applied.length === 0 && fixed.refused.length === 0) {
      results.push(fixed.checked);
      return;
    }
    const entry = { file, before: body, after: fixed.text, applied: fixed.applied, refused: fixed.refused };
    const notWritten = request.write && fixed.text !== body ? replaceIfUnchanged(path, read.bytes, bom + fixed.text) : void 0;
    if (notWritten) Object.assign(entry, { notWritten, after: body });
    results.push(notWritten ? check(body, bom) : fixed.checked);
    fixes.push(entry);
  };
  const wanted = (path) => !request.only || request.only.has(toPosix(relative(request.root, path)));
  for (const path of mathFiles.filter(wanted)) {
    const kind = path.toLowerCase().endsWith(".ipynb") ? "notebook" : "markdown";
    fixOne(
      path,
      readLimit(kind),
      (text, bom) => engine.checkFile(path, Buffer.from(bom + text, "utf8")),
      () => engine.checkFile(path)
    );
  }
  if (request.environments) {
    for (const path of environmentFiles({ ...request, config }).filter(wanted)) {
      fixOne(
        path,
        MAX_ENV_BYTES,
        (text) => lintEnvText(request.root, toPosix(relative(request.root, path)), text, config),
        () => runEnvLint({ root: request.root, paths: [path], config }).files[0]
      );
    }
  }
  return { files: fixes, remaining: { report: buildReport(results), files: results } };
}

export {
  runFix
};
