import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  linePatch
} from "./chunk-RQJOGPUQ.js";
import {
  VERSION,
  mostImportantFirst
} from "./chunk-IOSWZBGQ.js";
import {
  count
} from "./chunk-VDBKTSS7.js";
import {
  runFix
} from "./chunk-YXD2BQHA.js";
import {
  prepareRun
} from "./chunk-CWA7OCEE.js";
import {
  Engine,
  MAX_NOTEBOOK_BYTES,
  SiteMacros,
  buildReport,
  definitionsIn,
  withoutOperatorName
} from "./chunk-27A5LF6U.js";
import {
  controlSequences,
  lastAtOrBefore,
  macroOf,
  readFileBounded,
  ruleInfo,
  writeOut
} from "./chunk-G3VOV2RF.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  wellFormed
} from "./chunk-WUQGJPXO.js";

// src/format/patch.ts
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

// src/pr/diff.ts
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

// src/report/verdict.ts
function judge(input) {
  const { math, env, reproduce, failOn } = input;
  const errors = math.errors + (env?.errors ?? 0);
  const warnings = math.warnings + (env?.warnings ?? 0);
  const reproduceFails = reproduce !== void 0 && (reproduce.state === "fail" || reproduce.state === "error");
  const reproduceIsError = reproduceFails && reproduce.severity !== "warning";
  const fails = failOn === "error" && errors > 0 || failOn === "warning" && errors + warnings > 0 || failOn !== "never" && reproduceFails && (reproduceIsError || failOn === "warning");
  const problems = [];
  if (math.errors || math.warnings)
    problems.push(`${findings(math.errors, math.warnings)} in the math${input.pullRequest ? " this pull request touches" : ""}`);
  if (reproduceFails) {
    problems.push(
      reproduce.state === "error" ? `${reproduce.file} could not be checked` : `${reproduce.file} does not reproduce (${reproduce.passed ?? 0}/${reproduce.expectations ?? 0} expectations met${reproduce.cellsNotOk ? `, ${count(reproduce.cellsNotOk, "required cell")} not ok` : ""})`
    );
  }
  if (input.unshowable) problems.push(`${count(input.unshowable, "formula")} GitHub cannot show in this comment`);
  if (env && (env.errors || env.warnings)) problems.push(`${findings(env.errors, env.warnings)} in the environment files`);
  else if (env && env.total > 0) problems.push(`${count(env.total, "environment finding")} on lines this change does not touch`);
  const icon = fails || errors > 0 || reproduceIsError ? "\u274C" : problems.length > 0 ? "\u26A0\uFE0F" : "\u2705";
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

// src/model/preview.ts
function commentMarker(id = "mathrepro") {
  return `<!-- ${id}:sticky-comment -->`;
}
var COMMENT_MARKER = commentMarker();
var PAYLOAD_FILE = "mathrepro-payload.json";

// src/report/comment.ts
var MAX_COMMENT_LENGTH = 65536;
var MAX_TABLE_ROWS = 50;
function renderComment(input, limit = MAX_COMMENT_LENGTH) {
  const head = [commentMarker(input.id), verdict(input), ""];
  const footer = ["", footerLine(input)];
  const fixed = [...head, ...input.sections ?? [], ...footer].join("\n").length;
  const table = fitTable(
    tableRows(input.findings, input.blobBase),
    Math.floor((limit - fixed) / 2),
    input.totalFindings ?? input.findings.length,
    advice(input.findings)
  );
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
  const body = [
    ...head,
    table,
    ...previewParts.length ? ["### Changed formulas", "", ...previewParts] : [],
    ...omittedNotice,
    ...input.sections ?? [],
    ...footer
  ].join("\n");
  return body.length <= limit ? body : hardTrim(body, limit);
}
function verdict(input) {
  const errors = input.findings.filter((d) => d.severity === "error").length;
  const unshowable = unshowableCount(input.files);
  const { icon, problems } = input.verdict ?? judge({ math: { errors, warnings: input.findings.length - errors }, failOn: "error", pullRequest: true, unshowable });
  const changed = input.files.reduce((sum, f) => sum + f.previews.length, 0);
  const formulas = count(changed, "added or changed formula");
  return `### ${icon} mathrepro: ${problems.length ? problems.join("; ") : "all math renders"} (${formulas})`;
}
function tableRows(findings2, blobBase) {
  return mostImportantFirst(findings2).map((d) => {
    const icon = d.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const label = escapeMarkdown(`${d.file}:${d.line}${d.cell === void 0 ? "" : ` (cell ${d.cell})`}`);
    const where = blobBase ? `[${label}](${lineUrl(blobBase, d.file, d.line)})` : label;
    return `| ${icon} | ${where} | ${d.rule} | ${escapeMarkdown(firstSentence(d.message))} | ${d.source ? codeSpan(d.source, 80) : ""} |`;
  });
}
function lineUrl(blobBase, file, line) {
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `${encodeURI(blobBase.repositoryUrl)}/blob/${encodeURIComponent(blobBase.sha)}/${path}#L${line}`;
}
function firstSentence(message) {
  const end = /[.?!](?=\s+[A-Z(])/.exec(message);
  return end ? message.slice(0, end.index + 1) : message;
}
function advice(findings2) {
  const rules = [...new Set(mostImportantFirst(findings2).map((d) => d.rule))];
  return rules.flatMap((id) => {
    const rule = ruleInfo(id);
    return rule ? [`- **${rule.id}**: ${escapeMarkdown(rule.fix)}`] : [];
  });
}
function fitTable(rows, budget, total, adviceLines = []) {
  if (rows.length === 0) return "";
  const header = ["| | Where | Rule | Problem | Formula |", "|---|---|---|---|---|"];
  const kept = [];
  let length = header.join("\n").length + 120 + adviceLines.join("\n").length;
  for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
    if (length + row.length + 1 > budget) break;
    kept.push(row);
    length += row.length + 1;
  }
  const notice = kept.length < total ? [`
\u2026and ${count(total - kept.length, "more finding")} in the job summary.`] : [];
  const help = adviceLines.length ? ["", "<details><summary>How to fix them</summary>", "", ...adviceLines, "", "</details>"] : [];
  return [...header, ...kept, ...notice, ...help, ""].join("\n");
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
  let shown = 0;
  for (const group of previewGroups(file.previews)) {
    const block = group.short ? shortFormulasBlock(group.previews) : formulaBlock(group.previews);
    if (length + block.length + 1 > budget) break;
    blocks.push(block);
    length += block.length + 1;
    shown += group.previews.length;
  }
  if (blocks.length === 0) return void 0;
  return { text: open + blocks.join("\n") + close, omitted: file.previews.length - shown };
}
function previewGroups(previews) {
  const byText = /* @__PURE__ */ new Map();
  const shortOnes = [];
  const short = previews.filter(isShort).length >= 2;
  for (const preview of previews) {
    if (short && isShort(preview)) {
      shortOnes.push(preview);
      continue;
    }
    const key = `${preview.kind}\0${preview.before ?? ""}\0${preview.after}`;
    const same = byText.get(key);
    if (same) same.push(preview);
    else byText.set(key, [preview]);
  }
  const groups = [...byText.values()].map((group) => ({ short: false, previews: group }));
  groups.sort((a, b) => Number(b.previews[0].broken) - Number(a.previews[0].broken));
  return shortOnes.length ? [...groups, { short: true, previews: shortOnes }] : groups;
}
function isShort(preview) {
  return preview.kind === "added" && !preview.broken && preview.after.trim().length <= 4 && !preview.after.includes("\\");
}
function places(previews) {
  if (previews.length === 1) return `line ${previews[0].line}${previews[0].cell === void 0 ? "" : `, cell ${previews[0].cell}`}`;
  const list = previews.map((p) => `${p.line}${p.cell === void 0 ? "" : ` (cell ${p.cell})`}`);
  const shown = list.length > 12 ? [...list.slice(0, 12), `\u2026 (${list.length} in all)`] : list;
  return `lines ${shown.join(", ")}`;
}
function formulaBlock(previews) {
  const preview = previews[0];
  const where = places(previews);
  const status = preview.broken ? preview.brokenOn === "github" ? " \u274C does not render on GitHub (the site renders it)" : preview.brokenOn === "site" ? " \u274C does not render on the site (GitHub renders it)" : " \u274C does not render" : preview.unshowable ? ` \u26A0\uFE0F GitHub cannot show it in this comment (${escapeMarkdown(firstSentence(preview.unshowable))}); its TeX` : "";
  const block = preview.unshowable && !preview.broken ? texFence : mathFence;
  if (preview.kind === "added" || preview.before === void 0) {
    return `
**Added** at ${where}${status}:

${block(preview.after)}
`;
  }
  return `
**Changed** at ${where}${status}:

Before:

${block(preview.before)}

After:

${block(preview.after)}
`;
}
function texFence(tex) {
  return mathFence(tex).replace(/^(`+)math\n/, "$1tex\n");
}
function shortFormulasBlock(previews) {
  const distinct = [...new Set(previews.map((p) => p.after.trim()))];
  return `
**${count(previews.length, "short formula")}** added at ${places(previews)}:

${mathFence(distinct.join(" \\quad "))}
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
function unshowableCount(files) {
  return files.reduce((sum, file) => sum + file.previews.filter((preview) => preview.unshowable && !preview.broken).length, 0);
}
function footerLine(input) {
  const run = input.runUrl ? ` \xB7 [workflow run](${encodeURI(input.runUrl)})` : "";
  return `<sub>mathrepro ${VERSION} \xB7 ${count(input.formulas, "formula")} checked${run} \xB7 updated on every push</sub>`;
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

// src/app/pull-request.ts
import { join } from "node:path";

// src/pr/expand.ts
function macroTable(definitions, configured = {}) {
  const table = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(configured)) {
    const [body, params] = typeof spec === "string" ? [spec, 0] : spec;
    table.set(name.startsWith("\\") ? name : `\\${name}`, { params, body });
  }
  for (const d of definitions) {
    const macro = macroOf(d);
    if (macro) table.set(d.name, macro);
  }
  return table;
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
    if (++expansions > MAX_EXPANSIONS || replacement === void 0 || text.length - (end - start) + replacement.length > MAX_LENGTH)
      return removeDefinitions(tex);
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
    const use = writeOut(text, from + cs.end, macro, MAX_LENGTH);
    return use && { start, ...use };
  }
  return void 0;
}
var forGitHub = withoutOperatorName;

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

// src/pr/suggestions.ts
var MAX_SUGGESTIONS = 50;
var MAX_BODY = 6e4;
function suggestionsFor(files, changes, marker) {
  const suggestions = [];
  let left = 0;
  for (const file of files) {
    if (file.after === file.before) continue;
    const change = changes.get(file.file);
    const fixesByLine = /* @__PURE__ */ new Map();
    for (const fix of file.applied) {
      const onLine = fixesByLine.get(fix.line);
      if (onLine) onLine.push(fix);
      else fixesByLine.set(fix.line, [fix]);
    }
    const pullHunks = [...change?.hunks ?? []].sort((a, b) => a[0] - b[0]);
    const pullStarts = pullHunks.map(([start]) => start);
    for (const hunk of linePatch(file.file, file.file, file.before, file.after, 0).hunks) {
      const first = hunk.oldStart;
      const last = hunk.oldStart + hunk.oldLines - 1;
      const lines = Array.from({ length: hunk.oldLines }, (_, k) => first + k);
      const fixes = lines.flatMap((line) => fixesByLine.get(line) ?? []);
      const inDiff = hunk.oldLines > 0 && withinOne(pullHunks, pullStarts, first, last) && lines.every((line) => change?.addedLines?.has(line));
      const replacement = hunk.lines.filter((line) => line.startsWith("+")).map((line) => line.slice(1));
      const body = inDiff ? suggestionBody(
        marker,
        fixes.map((fix) => fix.description),
        replacement
      ) : "";
      if (!inDiff || body.length > MAX_BODY || suggestions.length >= MAX_SUGGESTIONS) {
        left += Math.max(1, fixes.length);
        continue;
      }
      suggestions.push({ path: file.file, line: last, ...last > first ? { startLine: first } : {}, body });
    }
  }
  return { suggestions, left };
}
function withinOne(hunks, starts, first, last) {
  const found = lastAtOrBefore(starts, first);
  return found >= 0 && last <= hunks[found][1];
}
function suggestionBody(marker, descriptions, lines) {
  const what = descriptions.length > 0 ? descriptions.map((description) => codeSpan(description, 300, false)).join(", ") : "a mechanical fix";
  const text = wellFormed(lines.join("\n"));
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${marker}
**mathrepro** suggests: ${what}

${fence}suggestion
${text}${lines.length > 0 ? "\n" : ""}${fence}
`;
}

// src/app/pull-request.ts
var SHARED_FILES = /(?:^|\/)(?:\.mathrepro\.ya?ml|_config\.ya?ml|myst\.ya?ml|_toc\.ya?ml|conf\.py|mkdocs\.ya?ml|_quarto\.ya?ml|index\.html?|_layouts\/[^/]+\.html?|_includes\/[^/]+\.html?)$/;
function readWorkTree(path) {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : void 0;
}
function underPaths(path, paths) {
  if (paths.length === 0) return true;
  return paths.some((entry) => {
    const prefix = entry.replace(/^\.\/+/, "").replace(/\/+$/, "");
    return prefix === "" || prefix === "." || path === prefix || path.startsWith(`${prefix}/`);
  });
}
async function checkPullRequest(request) {
  const { head } = request.sources;
  const { root, config } = request;
  const changes = await request.sources.changes();
  const whole = head === "work-tree" && (request.filterMode === "nofilter" || changes.some((change) => SHARED_FILES.test(change.path)));
  const { files, engine } = whole ? prepareRun({ root, paths: request.paths, config }, {}) : { files: [], engine: new Engine({ root, config, siteMacros: new SiteMacros(root) }) };
  const readHead = head === "work-tree" ? async (path) => readWorkTree(join(root, path)) : head;
  const inScope = (path) => config.isIncluded(path) && underPaths(path, request.paths);
  const headFiles = whole ? engine.checkFiles(files).files : engine.withSiteConfigs(await checkChangedFiles(engine, root, changes, inScope, readHead));
  const analysis = await analyzeChanges({ engine, root: request.root, headFiles, changes, readBase: request.sources.base, filterMode: request.filterMode });
  return { report: buildReport(headFiles), headFiles, changes, engine, ...analysis };
}
async function checkChangedFiles(engine, root, changes, isIncluded, readHead) {
  const results = [];
  for (const change of changes) {
    if (change.status === "removed" || !isIncluded(change.path)) continue;
    const bytes = await readHead(change.path);
    results.push(
      bytes ? engine.checkFile(join(root, change.path), bytes) : engine.notRead(join(root, change.path), "its content at the head of the change could not be read")
    );
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
    const base = baseBytes ? input.engine.formulasOf(join(input.root, basePath), baseBytes) : void 0;
    const configured = input.engine.configuredMacros(join(input.root, head.file));
    const headMacros = macroTable(
      head.formulas.flatMap((f) => f.definitions ?? []),
      configured
    );
    const baseMacros = macroTable(
      (base?.formulas ?? []).flatMap((f) => f.definitions ?? []),
      configured
    );
    const previews = [];
    let removed = 0;
    const shownOnGitHub = head.renderer === "github" ? (tex) => tex : forGitHub;
    const rendered = (formulas, macros) => formulas.map((formula) => ({ formula, tex: shownOnGitHub(expandForPreview(formula.tex, macros)) }));
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
        broken: formula.broken === true
      };
      if (formula.brokenOn) preview.brokenOn = formula.brokenOn;
      if (formula.cell !== void 0) preview.cell = formula.cell;
      if (change2.before) preview.before = change2.before.tex;
      if (!preview.broken && head.renderer !== "github") {
        const refusal = input.engine.githubRefusal(after) ?? (preview.before === void 0 ? void 0 : input.engine.githubRefusal(preview.before));
        if (refusal) preview.unshowable = refusal;
      }
      previews.push(preview);
    }
    changedFormulas += previews.length;
    if (previews.length || removed) files.push({ file: head.file, previews, removed });
  }
  return { shown, files, changedFormulas };
}
function suggestedFixes(request) {
  const changed = request.changes.filter((change) => change.status !== "removed");
  const fixes = runFix({
    root: request.root,
    paths: request.paths,
    config: request.config,
    write: false,
    environments: request.environments,
    only: new Set(changed.map((change) => change.path)),
    known: new Map(request.checked.map((result) => [result.file, result]))
  });
  return suggestionsFor(fixes.files, new Map(changed.map((change) => [change.path, change])), request.marker);
}

export {
  parsePatch,
  changesFromGit,
  inFilter,
  judge,
  commentMarker,
  COMMENT_MARKER,
  PAYLOAD_FILE,
  renderComment,
  unshowableCount,
  readWorkTree,
  underPaths,
  checkPullRequest,
  suggestedFixes
};
