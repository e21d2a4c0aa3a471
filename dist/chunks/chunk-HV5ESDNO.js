import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VERSION,
  changesFromGit,
  inFilter
} from "./chunk-VZ7LTZYU.js";
import {
  Engine,
  MAX_NOTEBOOK_BYTES,
  SiteMacros,
  controlSequences,
  definitionsIn,
  discoverFiles,
  loadConfig,
  readArgument,
  readFileBounded,
  readOptional,
  readTextBounded,
  runCheck,
  toPosix
} from "./chunk-475JZLF2.js";
import {
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-QJAQTLHL.js";
import {
  count
} from "./chunk-5ADI5KWL.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown
} from "./chunk-XYBVBGIO.js";
import {
  VerifyError,
  verify
} from "./chunk-6W2TVXCH.js";
import {
  ConfigurationError,
  ResolvedConfig,
  defaultConfig
} from "./chunk-JPKO6Y32.js";

// src/github/workspace.ts
import { existsSync } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";

// src/pr/analyze.ts
import { join } from "node:path";

// src/pr/expand.ts
function macroTable(formulas, configured = {}) {
  const table = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(configured)) {
    const [body, params] = typeof spec === "string" ? [spec, 0] : spec;
    table.set(name.startsWith("\\") ? name : `\\${name}`, { params, body });
  }
  for (const tex of formulas) {
    for (const d of definitionsIn(tex)) if (isExpandable(d)) table.set(d.name, toMacro(d));
  }
  return table;
}
function isExpandable(d) {
  return d.parameterText === void 0 || /^(#\d)*$/.test(d.parameterText.replace(/\s+/g, ""));
}
function toMacro(d) {
  return d.defaultArg === void 0 ? { params: d.params, body: d.body } : { params: d.params, defaultArg: d.defaultArg, body: d.body };
}
var MAX_EXPANSIONS = 1e3;
var MAX_LENGTH = 2e4;
function expandForPreview(tex, table) {
  let text = removeDefinitions(tex);
  if (table.size === 0) return text;
  let expansions = 0;
  let from = 0;
  while (true) {
    const next = nextMacro(text, from, table);
    if (!next) return text;
    const { start, end, replacement } = next;
    if (++expansions > MAX_EXPANSIONS || replacement === void 0 || text.length - (end - start) + replacement.length > MAX_LENGTH) return removeDefinitions(tex);
    text = text.slice(0, start) + replacement + text.slice(end);
    from = start;
  }
}
function removeDefinitions(tex) {
  let text = tex;
  for (const d of definitionsIn(tex).reverse()) text = text.slice(0, d.start) + text.slice(d.end);
  return text.trim() === "" ? "" : text;
}
function nextMacro(text, from, table) {
  for (const cs of controlSequences(text.slice(from))) {
    const macro = table.get(cs.name);
    if (!macro) continue;
    const start = from + cs.start;
    let at = from + cs.end;
    const args = [];
    if (macro.defaultArg !== void 0) {
      const optional = readOptional(text, at);
      args.push(optional ? optional.inner : macro.defaultArg);
      if (optional) at = optional.end;
    }
    while (args.length < macro.params) {
      const arg = readArgument(text, at);
      if (!arg) return void 0;
      args.push(arg.inner);
      at = arg.end;
    }
    let size = macro.body.length;
    for (const placeholder of macro.body.matchAll(/#([1-9])/g)) size += (args[Number(placeholder[1]) - 1]?.length ?? 2) - 2;
    if (size > MAX_LENGTH) return { start, end: at, replacement: void 0 };
    let replacement = macro.body.replace(/#([1-9])/g, (whole, digit) => args[Number(digit) - 1] ?? whole);
    if (/\\[A-Za-z@]+$/.test(replacement) && /^[A-Za-z@]/.test(text.slice(at))) replacement += " ";
    return { start, end: at, replacement };
  }
  return void 0;
}

// src/pr/formula-changes.ts
var MAX_ALIGNMENT_CELLS = 4e6;
function formulaChanges(before, after) {
  const a = before.map((f) => normalize(f.tex));
  const b = after.map((f) => normalize(f.tex));
  const pairs = commonEnds(a, b);
  const changes = [];
  let i = 0;
  let j = 0;
  for (const [matchedI, matchedJ] of [...pairs, [a.length, b.length]]) {
    const removed = before.slice(i, matchedI);
    const added = after.slice(j, matchedJ);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: "changed", before: removed[k], after: added[k] });
    for (const f of added.slice(paired)) changes.push({ kind: "added", after: f });
    for (const f of removed.slice(paired)) changes.push({ kind: "removed", before: f });
    i = matchedI + 1;
    j = matchedJ + 1;
  }
  return changes;
}
function normalize(tex) {
  return tex.trim().replace(/\s+/g, " ");
}
function commonEnds(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const middle = middleA.length * middleB.length <= MAX_ALIGNMENT_CELLS ? alignment(middleA, middleB) : matchByText(middleA, middleB);
  const pairs = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  for (const [i, j] of middle) pairs.push([head + i, head + j]);
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}
function alignment(a, b) {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      lengths[i2 * width + j2] = a[i2] === b[j2] ? lengths[(i2 + 1) * width + j2 + 1] + 1 : Math.max(lengths[(i2 + 1) * width + j2], lengths[i2 * width + j2 + 1]);
    }
  }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}
function matchByText(a, b) {
  const positions = /* @__PURE__ */ new Map();
  a.forEach((key, index) => {
    const entry = positions.get(key);
    if (entry) entry.indexes.push(index);
    else positions.set(key, { indexes: [index], next: 0 });
  });
  const pairs = [];
  let lastI = -1;
  b.forEach((key, j) => {
    const entry = positions.get(key);
    if (!entry) return;
    while (entry.next < entry.indexes.length && entry.indexes[entry.next] <= lastI) entry.next++;
    if (entry.next < entry.indexes.length) {
      lastI = entry.indexes[entry.next++];
      pairs.push([lastI, j]);
    }
  });
  return pairs;
}

// src/pr/analyze.ts
async function checkChangedFiles(engine, root, changes, isIncluded, readHead) {
  const results = [];
  for (const change of changes) {
    if (change.status === "removed" || !isIncluded(change.path)) continue;
    const bytes = await readHead(change.path);
    results.push(bytes ? engine.checkFile(join(root, change.path), bytes) : engine.notRead(join(root, change.path), "its content at the head of the change could not be read"));
  }
  return results;
}
async function analyzeChanges(input) {
  const changeByPath = new Map(input.changes.map((change) => [change.path, change]));
  const shown = input.headFiles.flatMap((file) => file.diagnostics).filter((d) => inFilter(d, input.filterMode, changeByPath));
  const files = [];
  let changedFormulas = 0;
  for (const head of input.headFiles) {
    const change = changeByPath.get(head.file);
    if (!change || change.status === "removed" || change.status === "unchanged") continue;
    const basePath = change.previousPath ?? change.path;
    const baseBytes = change.status === "added" ? void 0 : await input.readBase(basePath);
    const base = baseBytes ? input.engine.checkFile(join(input.root, basePath), baseBytes) : void 0;
    const configured = input.engine.configuredMacros(join(input.root, head.file));
    const headMacros = macroTable(head.formulas.map((f) => f.tex), configured);
    const baseMacros = macroTable((base?.formulas ?? []).map((f) => f.tex), configured);
    const previews = [];
    let removed = 0;
    const rendered = (formulas, macros) => formulas.map((formula) => ({ formula, tex: expandForPreview(formula.tex, macros) }));
    for (const change2 of formulaChanges(rendered(base?.formulas ?? [], baseMacros), rendered(head.formulas, headMacros))) {
      if (change2.kind === "removed" || !change2.after) {
        removed++;
        continue;
      }
      const after = change2.after.tex;
      if (after === "") continue;
      const formula = change2.after.formula;
      const preview = {
        kind: change2.kind === "changed" ? "changed" : "added",
        line: formula.line,
        after,
        broken: head.diagnostics.some(
          (d) => d.severity === "error" && d.source === formula.tex && d.line >= formula.line && d.line <= formula.endLine
        )
      };
      if (formula.cell !== void 0) preview.cell = formula.cell;
      if (change2.before) preview.before = change2.before.tex;
      previews.push(preview);
    }
    changedFormulas += previews.length;
    if (previews.length || removed) files.push({ file: head.file, previews, removed });
  }
  return { shown, files, changedFormulas };
}

// src/report/verdict.ts
function judge(input) {
  const { math, env, reproduce, failOn } = input;
  const errors = math.errors + (env?.errors ?? 0);
  const warnings = math.warnings + (env?.warnings ?? 0);
  const reproduceFails = reproduce !== void 0 && (reproduce.state === "fail" || reproduce.state === "error");
  const fails = failOn === "error" && errors > 0 || failOn === "warning" && errors + warnings > 0 || failOn !== "never" && reproduceFails;
  const problems = [];
  if (math.errors || math.warnings) problems.push(`${findings(math.errors, math.warnings)} in the math${input.pullRequest ? " this pull request touches" : ""}`);
  if (reproduceFails) {
    problems.push(
      reproduce.state === "error" ? `${reproduce.file} could not be checked` : `${reproduce.file} does not reproduce (${reproduce.passed ?? 0}/${reproduce.expectations ?? 0} expectations met${reproduce.cellsNotOk ? `, ${count(reproduce.cellsNotOk, "required cell")} not ok` : ""})`
    );
  }
  if (env && (env.errors || env.warnings)) problems.push(`${findings(env.errors, env.warnings)} in the environment files`);
  else if (env && env.total > 0) problems.push(`${count(env.total, "environment finding")} on lines this change does not touch`);
  const icon = fails || errors > 0 || reproduceFails ? "\u274C" : problems.length > 0 ? "\u26A0\uFE0F" : "\u2705";
  const conclusion = fails ? "failure" : problems.length > 0 ? "neutral" : "success";
  const title = problems.length > 0 ? capitalize(problems.join("; ")) : reproduce?.state === "pass" ? "All math renders, and the results reproduce" : "All math renders";
  return { fails, icon, problems, conclusion, title };
}
function findings(errors, warnings) {
  if (errors && warnings) return `${count(errors, "error")} and ${count(warnings, "warning")}`;
  return errors ? count(errors, "error") : count(warnings, "warning");
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/report/comment.ts
function commentMarker(id = "mathrepro") {
  return `<!-- ${id}:sticky-comment -->`;
}
var COMMENT_MARKER = commentMarker();
var MAX_COMMENT_LENGTH = 65536;
var MAX_TABLE_ROWS = 50;
function renderComment(input, limit = MAX_COMMENT_LENGTH) {
  const head = [commentMarker(input.id), verdict(input), ""];
  const footer = ["", footerLine(input)];
  const fixed = [...head, ...input.sections ?? [], ...footer].join("\n").length;
  const table = fitTable(tableRows(input.findings), Math.floor((limit - fixed) / 2), input.totalFindings ?? input.findings.length);
  let budget = limit - fixed - table.length - 400;
  const previewParts = [];
  const omitted = [];
  for (const file of input.files) {
    if (file.previews.length === 0) continue;
    const block = filePreview(file, budget);
    if (block) {
      previewParts.push(block.text);
      budget -= block.text.length + 1;
      if (block.omitted > 0) omitted.push(`${escapeMarkdown(file.file)} (${block.omitted} more)`);
    } else {
      omitted.push(`${escapeMarkdown(file.file)} (${file.previews.length})`);
    }
  }
  const omittedNotice = omitted.length ? [`> Previews left out to stay within GitHub's comment size: ${omitted.join(", ")}. The job summary has every finding.`, ""] : [];
  const body = [...head, table, ...previewParts.length ? ["### Changed formulas", "", ...previewParts] : [], ...omittedNotice, ...input.sections ?? [], ...footer].join("\n");
  return body.length <= limit ? body : hardTrim(body, limit);
}
function verdict(input) {
  const errors = input.findings.filter((d) => d.severity === "error").length;
  const { icon, problems } = input.verdict ?? judge({ math: { errors, warnings: input.findings.length - errors }, failOn: "error", pullRequest: true });
  const changed = input.files.reduce((sum, f) => sum + f.previews.length, 0);
  const formulas = count(changed, "added or changed formula");
  return `### ${icon} mathrepro: ${problems.length ? problems.join("; ") : "all math renders"} (${formulas})`;
}
function tableRows(findings2) {
  return findings2.map((d) => {
    const icon = d.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const where = `${d.file}:${d.line}${d.cell === void 0 ? "" : ` (cell ${d.cell})`}`;
    return `| ${icon} | ${escapeMarkdown(where)} | ${d.rule} | ${escapeMarkdown(d.message)} | ${d.source ? codeSpan(d.source, 80) : ""} |`;
  });
}
function fitTable(rows, budget, total) {
  if (rows.length === 0) return "";
  const header = ["| | Where | Rule | Problem | Formula |", "|---|---|---|---|---|"];
  const kept = [];
  let length = header.join("\n").length + 120;
  for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
    if (length + row.length + 1 > budget) break;
    kept.push(row);
    length += row.length + 1;
  }
  const notice = kept.length < total ? [`
\u2026and ${count(total - kept.length, "more finding")} in the job summary.`] : [];
  return [...header, ...kept, ...notice, ""].join("\n");
}
function filePreview(file, budget) {
  const added = file.previews.filter((p) => p.kind === "added").length;
  const changed = file.previews.length - added;
  const parts = [changed && `${changed} changed`, added && `${added} added`, file.removed && `${file.removed} removed`].filter(Boolean).join(", ");
  const open = `<details><summary><b>${escapeHtml(file.file)}</b>: ${parts}</summary>
`;
  const close = "\n</details>\n";
  let length = open.length + close.length;
  if (length > budget) return void 0;
  const blocks = [];
  for (const preview of file.previews) {
    const block = formulaBlock(preview);
    if (length + block.length + 1 > budget) break;
    blocks.push(block);
    length += block.length + 1;
  }
  if (blocks.length === 0) return void 0;
  return { text: open + blocks.join("\n") + close, omitted: file.previews.length - blocks.length };
}
function formulaBlock(preview) {
  const where = `line ${preview.line}${preview.cell === void 0 ? "" : `, cell ${preview.cell}`}`;
  const status = preview.broken ? " \u274C does not render" : "";
  if (preview.kind === "added" || preview.before === void 0) {
    return `
**Added** at ${where}${status}:

${mathFence(preview.after)}
`;
  }
  return `
**Changed** at ${where}${status}:

Before:

${mathFence(preview.before)}

After:

${mathFence(preview.after)}
`;
}
function mathFence(tex) {
  const content = tex.trim() === "" ? "\\text{(empty)}" : tex.replace(/\r\n?/g, "\n").trim();
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}math
${content}
${fence}`;
}
function footerLine(input) {
  const run = input.runUrl ? ` \xB7 [workflow run](${encodeURI(input.runUrl)})` : "";
  return `<sub>mathrepro ${VERSION} \xB7 ${input.formulas} formulas checked${run} \xB7 updated on every push</sub>`;
}
function hardTrim(body, limit) {
  const notice = "\n\n> This comment was cut to fit GitHub's size limit; the job summary has the full report.\n";
  const lines = body.split("\n");
  const kept = [];
  let length = notice.length;
  let openFence;
  let lastSafe = 0;
  for (const line of lines) {
    if (length + line.length + 1 > limit) break;
    kept.push(line);
    length += line.length + 1;
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (fence && (openFence === void 0 || fence === openFence)) openFence = openFence === void 0 ? fence : void 0;
    if (openFence === void 0) lastSafe = kept.length;
  }
  return kept.slice(0, lastSafe).join("\n") + notice;
}

// src/reproduce/repository.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
var MAX_SOURCE_BYTES = 200 * 1024 * 1024;
function repositoryReader(root) {
  const realRoot = realpathSync(root);
  return (path) => {
    if (isAbsolute(path)) return { ok: false, reason: "an absolute path; name files relative to the repository" };
    const full = resolve(root, path);
    if (relative(root, full).startsWith("..")) return { ok: false, reason: "outside the repository" };
    let real;
    try {
      real = realpathSync(full);
    } catch {
      return { ok: false, reason: "no such file" };
    }
    if (relative(realRoot, real).startsWith("..")) return { ok: false, reason: "a link that leads outside the repository" };
    return readTextBounded(real, MAX_SOURCE_BYTES);
  };
}
function repositoryNotebooks(root) {
  const config = new ResolvedConfig({ ...defaultConfig(), include: ["**/*.ipynb"] });
  return discoverFiles(root, [], config).map((path) => toPosix(relative(root, path)));
}

// src/github/git.ts
import { execFileSync } from "node:child_process";
var MAX_FILE = 200 * 1024 * 1024;
function git(cwd, args, maxBuffer = MAX_FILE) {
  return execFileSync("git", ["-c", "core.quotepath=off", ...args], { cwd, maxBuffer, stdio: ["ignore", "pipe", "pipe"] });
}
function hasCommit(cwd, rev) {
  try {
    git(cwd, ["cat-file", "-e", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function resolveRevision(cwd, rev) {
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).toString("utf8").trim();
  } catch {
    throw new Error(`unknown revision '${rev}'`);
  }
}
function readAtRevision(cwd, rev, path) {
  try {
    return git(cwd, ["show", `${rev}:${path}`]);
  } catch {
    return void 0;
  }
}
function changesBetween(cwd, base, head, paths = [], options = {}) {
  const range = head ? [base, head] : [base];
  const common = ["diff", "--no-color", "--no-ext-diff", "-M", ...range];
  const nameStatus = git(cwd, [...common, "--name-status", "-z", "--", ...paths]).toString("utf8");
  const diff = git(cwd, [...common, "--unified=3", "--", ...paths]).toString("utf8");
  const untracked = options.untracked && !head ? git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", ...paths]).toString("utf8").split("\0").filter(Boolean) : [];
  return { nameStatus, diff, untracked };
}
function topLevel(cwd) {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  } catch {
    return void 0;
  }
}

// src/github/workspace.ts
async function previewChanges(request) {
  const root = topLevel(request.cwd);
  if (!root) throw new ConfigurationError("preview needs a git repository (run it inside one)");
  const base = resolveOrExplain(root, request.base);
  const head = request.head === void 0 ? void 0 : resolveOrExplain(root, request.head);
  const config = loadConfig(root, request.configPath && join2(relative2(root, request.cwd), request.configPath));
  const engine = new Engine({ root, config, siteMacros: new SiteMacros(root) });
  const scope = request.paths.map((path) => relative2(root, join2(request.cwd, path)) || ".");
  const changes = changesFromGit(changesBetween(root, base, head, scope, { untracked: true }));
  const headFiles = await checkChangedFiles(
    engine,
    root,
    changes,
    (path) => config.isIncluded(path),
    async (path) => head ? readAtRevision(root, head, path) : readWorkTree(join2(root, path))
  );
  const analysis = await analyzeChanges({
    engine,
    root,
    headFiles,
    changes,
    readBase: async (path) => readAtRevision(root, base, path),
    filterMode: request.filterMode
  });
  const formulas = headFiles.reduce((sum, file) => sum + file.formulaCount, 0);
  return `${renderComment({ findings: analysis.shown, files: analysis.files, formulas })}
`;
}
function resolveOrExplain(root, rev) {
  try {
    return resolveRevision(root, rev);
  } catch {
    throw new ConfigurationError(`${rev}: no such revision in this repository`);
  }
}
function readWorkTree(path) {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : void 0;
}
function reproduceDocument(root, config, named) {
  const chosen = named || config.config.reproduce.file;
  if (chosen) return chosen;
  return existsSync(join2(root, "REPRODUCE.md")) ? "REPRODUCE.md" : void 0;
}
function verifyRepository(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const file = reproduceDocument(request.root, config, request.file) ?? "REPRODUCE.md";
  const read = repositoryReader(request.root);
  const document = read(file);
  if (!document.ok) throw new VerifyError(`${file}: ${document.reason}`);
  let readBaseFile;
  if (request.base) {
    const top = topLevel(request.root) ?? request.root;
    const base = resolveOrExplain(top, request.base);
    const prefix = relative2(top, request.root);
    readBaseFile = (path) => {
      const bytes = readAtRevision(top, base, join2(prefix, path).split("\\").join("/"));
      return bytes ? { ok: true, text: Buffer.from(bytes).toString("utf8") } : { ok: false, reason: `not at ${request.base}` };
    };
  }
  return verify({
    file,
    text: document.text,
    readFile: read,
    configuredSources: config.config.reproduce.sources,
    listNotebooks: () => repositoryNotebooks(request.root),
    ...readBaseFile ? { readBaseFile } : {}
  });
}
function badgesFor(request) {
  const config = loadConfig(request.root, request.configPath);
  const { report } = runCheck({ root: request.root, paths: request.paths, config });
  const badges = [mathBadge(report)];
  const file = reproduceDocument(request.root, config, request.reproduceFile);
  if (!file) return badges;
  try {
    const verification = verifyRepository({ root: request.root, file, config });
    badges.push(reproducedBadge(verification));
    if (request.perExpectation) badges.push(...expectationBadges(verification));
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    badges.push({ name: "reproduced", label: "reproduced", message: "error", color: "red" });
  }
  return badges;
}

export {
  checkChangedFiles,
  analyzeChanges,
  judge,
  commentMarker,
  COMMENT_MARKER,
  renderComment,
  hasCommit,
  readAtRevision,
  changesBetween,
  previewChanges,
  reproduceDocument,
  verifyRepository,
  badgesFor
};
