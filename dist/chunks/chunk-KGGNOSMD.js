import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  FLOW_EXCLUDED,
  LineIndex,
  NotebookError,
  TEXT_EXCLUDED,
  joinText,
  loadYaml,
  markdownStructure,
  readNotebook,
  visit
} from "./chunk-ERFXLS72.js";

// src/reproduce/verify.ts
import { posix } from "node:path";

// src/reproduce/decimal.ts
var WRITTEN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
function parseDecimal(text) {
  const match = WRITTEN.exec(text.trim());
  if (!match || match[2] === "" && (match[3] ?? "") === "") return void 0;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const power = Number(exponent);
  if (!Number.isFinite(power) || Math.abs(power) > 300 || whole.length + fraction.length > 400) return void 0;
  const digits = BigInt(`${whole || "0"}${fraction}`);
  return { digits: sign === "-" ? -digits : digits, exponent: power - fraction.length };
}
function decimalOf(value) {
  return Number.isFinite(value) ? parseDecimal(String(value)) : void 0;
}
function align(a, b) {
  const exponent = Math.min(a.exponent, b.exponent);
  return [a.digits * 10n ** BigInt(a.exponent - exponent), b.digits * 10n ** BigInt(b.exponent - exponent), exponent];
}
function add(a, b) {
  const [x, y, exponent] = align(a, b);
  return { digits: x + y, exponent };
}
function subtract(a, b) {
  const [x, y, exponent] = align(a, b);
  return { digits: x - y, exponent };
}
function multiply(a, b) {
  return { digits: a.digits * b.digits, exponent: a.exponent + b.exponent };
}
function abs(a) {
  return { digits: a.digits < 0n ? -a.digits : a.digits, exponent: a.exponent };
}
function compare(a, b) {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function hundredths(a) {
  return { digits: a.digits, exponent: a.exponent - 2 };
}
function max(a, b) {
  return compare(a, b) >= 0 ? a : b;
}
function toNumber(a) {
  return Number(`${a.digits}e${a.exponent}`);
}

// src/reproduce/normalize.ts
var LOOK_ALIKES = {
  "\u2212": "-",
  // − minus sign
  "\u2266": "\u2264",
  // ≦
  "\u2267": "\u2265",
  // ≧
  "\u2A7D": "\u2264",
  // ⩽
  "\u2A7E": "\u2265",
  // ⩾
  "\u2252": "\u2248",
  // ≒
  "\u2243": "\u2248",
  // ≃
  "\uFE64": "<",
  // ﹤ small form
  "\uFE65": ">",
  "\uFE66": "=",
  "\u3000": " "
  // ideographic space
};
var FOLDED = /[\uff01-\uff5e\u2212\u2266\u2267\u2a7d\u2a7e\u2252\u2243\ufe64-\ufe66\u3000]/g;
function normalizeForReading(text) {
  if (!FOLDED.test(text)) return text;
  FOLDED.lastIndex = 0;
  return text.replace(FOLDED, (c) => LOOK_ALIKES[c] ?? String.fromCharCode(c.charCodeAt(0) - 65248));
}
function withoutTerminalCodes(text) {
  return text.includes("\x1B") ? text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, "") : text;
}

// src/reproduce/expectation.ts
var DEFAULT_APPROX_TOLERANCE = 0.01;
var NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
var VALUE_PERCENT = String.raw`(\s?%)?`;
var OPERATORS = { "<": "<", "<=": "<=", "\u2264": "<=", ">": ">", ">=": ">=", "\u2265": ">=", "=": "=", "==": "=", "\u2248": "\u2248", "~": "\u2248" };
var OPERATOR = String.raw`<=|>=|==|≤|≥|≈|<|>|=|~`;
var TOLERANCE = String.raw`(?:\s*(?:±|\+\/-|\+-)\s*(${NUMBER})\s*(%)?)?`;
var NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;
var EXPECTED = new RegExp(String.raw`^\s*(${OPERATOR})\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`);
var IN_PROSE = new RegExp(
  String.raw`(?<![\w.\-/$\\])(${NAME})(?:\s*(<=|>=|≤|≥|≈|<|>|~)\s*|\s+(==?)\s+)(${NUMBER})(?![\w.]\d)${VALUE_PERCENT}${TOLERANCE}(?![\w])`,
  "gu"
);
var METRIC_WORDS = new Set(
  "loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map wer cer top1 top5 iou dice r2 likelihood nll elbo kl entropy".split(
    " "
  )
);
function namesAResult(name) {
  return name.toLowerCase().split(/[_.]/).some((part) => METRIC_WORDS.has(part) || /^(?:top\d+|acc\d+|f\d)$/.test(part));
}
function looksLikeMetric(name) {
  if (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name)) return false;
  return /[_.\d]/.test(name) || METRIC_WORDS.has(name.toLowerCase());
}
var BOUND_BEFORE = new RegExp(String.raw`(?<![\w.])(${NUMBER})${VALUE_PERCENT}\s*(<=|>=|≤|≥|<|>)\s*$`);
var REVERSED = { "<": ">", "<=": ">=", "\u2264": ">=", ">": "<", ">=": "<=", "\u2265": "<=" };
function findExpectations(written) {
  const text = normalizeForReading(written);
  const found = [];
  for (const match of text.matchAll(IN_PROSE)) {
    const [whole, metric, op1, op2, value, valuePercent, tolerance, percent] = match;
    if (!looksLikeMetric(metric) || op2 !== void 0 && tolerance === void 0 && !namesAResult(metric)) continue;
    const op = op1 ?? op2;
    const before = op !== "=" && op !== "==" && op !== "~" && op !== "\u2248" ? BOUND_BEFORE.exec(text.slice(Math.max(0, match.index - 48), match.index)) : null;
    if (before && sameDirection(before[3], op)) {
      const start = match.index - before[0].length;
      found.push({ expectation: build(metric, REVERSED[before[3]], before[1], void 0, void 0, before[2]), start, end: match.index });
    }
    const expectation = build(metric, op, value, tolerance, percent, valuePercent);
    found.push({ expectation, start: match.index, end: match.index + whole.length });
  }
  return found;
}
function sameDirection(a, b) {
  const up = (op) => op === "<" || op === "<=" || op === "\u2264";
  return up(a) === up(b);
}
var SETTING_WORDS = new Set(
  "size batch rate lr learning seed epoch epochs step steps iter iters iterations dim dims hidden depth layers layer heads head dropout decay momentum warmup workers worker gpus gpu num n max min len length width height k temperature beta1 beta2 eps epsilon weight clip patience threads port version".split(
    " "
  )
);
function ambiguousAssignments(written) {
  const text = normalizeForReading(written);
  const found = [];
  for (const match of text.matchAll(IN_PROSE)) {
    const [whole, metric, , op2, , , tolerance] = match;
    if (op2 === void 0 || tolerance !== void 0 || !looksLikeMetric(metric) || namesAResult(metric)) continue;
    if (metric.toLowerCase().split(/[_.]/).some((part) => SETTING_WORDS.has(part)))
      continue;
    found.push({ name: metric, start: match.index, text: whole.trim() });
  }
  return found;
}
function unreadClaims(written, found) {
  const text = normalizeForReading(written);
  const claims = [];
  for (const match of text.matchAll(CLAIM)) {
    const [whole, metric, op] = match;
    const start = match.index;
    const end = start + whole.length;
    if (!looksLikeMetric(metric) || !namesAResult(metric) || op.startsWith("=") && !/\s=/.test(whole)) continue;
    if (overlaps(found, start, end + 24)) continue;
    const line = text.slice(start, text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start)).trim().slice(0, 60);
    const expectation = {
      metric,
      op: "=",
      value: Number.NaN,
      expected: line.slice(metric.length).trim(),
      problem: `'${line}' reads like an expectation but is not one mathrepro can check (write NAME OP VALUE [\xB1 TOL], e.g. ${metric} < 0.02 \xB1 0.003)`
    };
    claims.push({ expectation, start, end });
  }
  return claims;
}
function overlaps(found, start, end) {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (found[mid].start < end) low = mid + 1;
    else high = mid;
  }
  for (let k = low - 1; k >= 0 && k >= low - 4; k--) if (found[k].end > start) return true;
  return false;
}
var CLAIM = new RegExp(String.raw`(?<![\w.\-/$\\])(${NAME})\s*:?\s*(<=|>=|≤|≥|≈|<|>|~|==?)\s*[(\[]?\s*[-+]?\.?\d`, "gu");
function parseExpectation(written, explicit = false) {
  const text = normalizeForReading(written);
  const match = new RegExp(String.raw`^\s*(${NAME})\s*(${OPERATOR})\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`).exec(text);
  if (!match) return void 0;
  const tolerance = match[5] !== void 0;
  if (!explicit && !tolerance && OPERATORS[match[2]] === "=" && !(looksLikeMetric(match[1]) && namesAResult(match[1]))) return void 0;
  return build(match[1], match[2], match[3], match[5], match[6], match[4]);
}
function parseExpected(metric, writtenExpected) {
  const expected = normalizeForReading(writtenExpected);
  if (!new RegExp(`^${NAME}$`).test(metric.trim())) return void 0;
  const withOperator = EXPECTED.exec(expected);
  if (withOperator) return build(metric.trim(), withOperator[1], withOperator[2], withOperator[4], withOperator[5], withOperator[3]);
  const bare = new RegExp(String.raw`^\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`).exec(expected);
  if (bare) return build(metric.trim(), bare[3] ? "=" : "\u2248", bare[1], bare[3], bare[4], bare[2]);
  return void 0;
}
function build(metric, op, value, tolerance, percent, valuePercent) {
  const written = parseDecimal(value);
  const exactValue = written && valuePercent ? hundredths(written) : written;
  const number = exactValue ? toNumber(exactValue) : Number.NaN;
  const expectation = { metric, op: OPERATORS[op], value: number, expected: "" };
  if (tolerance !== void 0) expectation.tolerance = { amount: Number(tolerance), percent: percent === "%" };
  const exactTolerance = tolerance === void 0 ? void 0 : parseDecimal(tolerance);
  if (!exactValue || !Number.isFinite(number) || tolerance !== void 0 && !exactTolerance) {
    expectation.problem = `${value}${tolerance === void 0 ? "" : ` \xB1 ${tolerance}`} is not a finite number`;
  } else {
    expectation.exact = { value: exactValue, tolerance: absoluteTolerance(expectation.op, exactValue, exactTolerance, percent === "%") };
  }
  expectation.expected = `${OPERATORS[op]} ${value}${valuePercent ? "%" : ""}${tolerance === void 0 ? "" : ` \xB1 ${tolerance}${percent === "%" ? "%" : ""}`}`;
  return expectation;
}
var ONE = { digits: 1n, exponent: 0 };
var APPROX_SHARE = { digits: 1n, exponent: -2 };
var EQUAL_SHARE = { digits: 1n, exponent: -9 };
function absoluteTolerance(op, value, tolerance, percent) {
  if (tolerance) return percent ? hundredths(multiply(abs(value), abs(tolerance))) : abs(tolerance);
  if (op === "\u2248") return multiply(abs(value), APPROX_SHARE);
  if (op === "=") return multiply(max(ONE, abs(value)), EQUAL_SHARE);
  return { digits: 0n, exponent: 0 };
}
function toleranceOf(e) {
  if (e.tolerance) return e.tolerance.percent ? Math.abs(e.value) * e.tolerance.amount / 100 : Math.abs(e.tolerance.amount);
  if (e.op === "\u2248") return Math.abs(e.value) * DEFAULT_APPROX_TOLERANCE;
  if (e.op === "=") return 1e-9 * Math.max(1, Math.abs(e.value));
  return 0;
}
function meets(e, observed, observedText) {
  const value = (observedText === void 0 ? void 0 : parseDecimal(observedText)) ?? decimalOf(observed);
  if (!e.exact || !value) return false;
  const low = subtract(e.exact.value, e.exact.tolerance);
  const high = add(e.exact.value, e.exact.tolerance);
  switch (e.op) {
    case "<":
      return compare(value, high) < 0;
    case "<=":
      return compare(value, high) <= 0;
    case ">":
      return compare(value, low) > 0;
    case ">=":
      return compare(value, low) >= 0;
    case "=":
    case "\u2248":
      return compare(value, low) >= 0 && compare(value, high) <= 0;
  }
}

// src/reproduce/document.ts
var SOURCE_EXTENSIONS = /\.(ipynb|json|ya?ml|csv)$/i;
var PATH_IN_PROSE = /(?<![\w/.-])((?:\.\/)?[\w-][\w./-]*\.(?:ipynb|json|ya?ml|csv))(?![\w])/gi;
var CELL_COUNT = /\bIn\s?\[\s*(\d+)\s*\]/g;
var CELL_ID = /(?<![\w-])(id|tag):([A-Za-z0-9_][\w-]*)/g;
var MAX_DOCUMENT_CHARACTERS = 2 * 1024 * 1024;
var MAX_EXPECTATIONS = 1e3;
var MAX_CELL_REFERENCES = 1e3;
function parseReproduce(written) {
  const doc = { expectations: [], cells: [], sources: [], problems: [], notes: [] };
  if (written.length > MAX_DOCUMENT_CHARACTERS) {
    const megabytes = (written.length / 1024 / 1024).toFixed(1);
    doc.problems.push({
      message: `${megabytes} MB of text: a reproduction document is read up to 2 MB. Keep the expectations and cells in a short document.`,
      line: 1,
      column: 1
    });
    return doc;
  }
  const text = normalizeForReading(written);
  const lines = new LineIndex(text);
  const at = (offset) => lines.position(offset);
  const structure = markdownStructure(text, { blockBarriers: true });
  const plain = blankedOut(text, structure.flags);
  for (const block of structure.textBlocks) {
    if (block.kind === "table-row") continue;
    if (doc.expectations.length > MAX_EXPECTATIONS || doc.cells.length > MAX_CELL_REFERENCES) break;
    const slice = plain.slice(block.start, block.end);
    const read = findExpectations(slice);
    read.push(...wholeLineExpectations(slice, read));
    read.sort((a, b) => a.start - b.start);
    for (const assignment of ambiguousAssignments(slice)) {
      doc.notes.push({
        message: `'${assignment.text}' is read as a setting, not checked: if it is a result to reproduce, write it with a tolerance or a comparison (${assignment.name} = 0.5 \xB1 0.01, ${assignment.name} \u2248 0.5)`,
        ...at(block.start + assignment.start)
      });
    }
    for (const found of [...read, ...unreadClaims(slice, read)].sort((a, b) => a.start - b.start))
      doc.expectations.push({ expectation: found.expectation, ...at(block.start + found.start) });
    for (const match of slice.matchAll(PATH_IN_PROSE)) addSource(doc, match[1], at(block.start + match.index));
    cellRefs(slice, block.start, doc, at);
    for (const link of text.slice(block.start, block.end).matchAll(/\]\(\s*<?([^\s)>]+)/g)) {
      addSource(doc, link[1], at(block.start + link.index + link[0].length - link[1].length));
    }
  }
  for (const span of structure.codeSpans) codeSpan(text, span.contentStart, span.contentEnd, doc, at);
  for (const fence of structure.fences) yamlBlock(text, fence, doc, at);
  tables(text, structure.textBlocks, doc, at);
  const seen = /* @__PURE__ */ new Set();
  doc.expectations = doc.expectations.sort((a, b) => a.line - b.line || a.column - b.column).filter((e) => {
    const key = `${e.line}\0${e.expectation.metric}\0${e.expectation.expected}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  doc.cells.sort((a, b) => a.line - b.line || a.column - b.column);
  doc.sources.sort((a, b) => a.line - b.line || a.column - b.column);
  if (doc.expectations.length > MAX_EXPECTATIONS) doc.problems.push(tooMany(MAX_EXPECTATIONS, "expectations", doc.expectations[MAX_EXPECTATIONS]));
  else if (doc.cells.length > MAX_CELL_REFERENCES) doc.problems.push(tooMany(MAX_CELL_REFERENCES, "cell references", doc.cells[MAX_CELL_REFERENCES]));
  return doc;
}
function tooMany(limit, what, next) {
  return {
    message: `more than ${limit.toLocaleString("en")} ${what} (this is the first past it): mathrepro checks at most that many in one document. Split it.`,
    line: next.line,
    column: next.column
  };
}
function blankedOut(text, flags) {
  const parts = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if ((flags[k] & (TEXT_EXCLUDED | FLOW_EXCLUDED)) === 0) continue;
    let end = k;
    while (end < text.length && (flags[end] & (TEXT_EXCLUDED | FLOW_EXCLUDED)) !== 0) end++;
    parts.push(text.slice(from, k), text.slice(k, end).replace(/[^\n]/g, " "));
    from = end;
    k = end - 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
function cellRefs(text, offset, doc, at) {
  for (const match of text.matchAll(CELL_COUNT)) {
    doc.cells.push({ kind: "count", count: Number(match[1]), ref: `In[${Number(match[1])}]`, ...at(offset + match.index) });
  }
  for (const match of text.matchAll(CELL_ID)) {
    const ref = `${match[1]}:${match[2]}`;
    const cell = match[1] === "id" ? { kind: "id", id: match[2], ref, ...at(offset + match.index) } : { kind: "tag", tag: match[2], ref, ...at(offset + match.index) };
    doc.cells.push(cell);
  }
}
function wholeLineExpectations(slice, found) {
  const lines = [];
  for (const match of slice.matchAll(/^([ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*)([^\n]+?)[ \t]*$/gm)) {
    const start = match.index + match[1].length;
    const end = start + match[2].length;
    if (overlaps(found, start, end)) continue;
    const expectation = parseExpectation(match[2].replace(/[.;]$/, ""));
    if (expectation) lines.push({ expectation, start, end });
  }
  return lines;
}
function addSource(doc, path, where) {
  const clean = decodeURIComponent(path.trim().replace(/^<|>$/g, "")).replace(/^\.\//, "");
  if (!SOURCE_EXTENSIONS.test(clean) || /^[a-z]+:\/\//i.test(clean)) return;
  if (!doc.sources.some((s) => s.path === clean)) doc.sources.push({ path: clean, ...where });
}
function codeSpan(text, contentStart, contentEnd, doc, at) {
  const content = text.slice(contentStart, contentEnd);
  const expectation = parseExpectation(content);
  if (expectation) doc.expectations.push({ expectation, ...at(contentStart) });
  else if (SOURCE_EXTENSIONS.test(content.trim()) && !/\s/.test(content.trim())) addSource(doc, content, at(contentStart));
  else if (/^\s*(?:In\s?\[\s*\d+\s*\]|(?:id|tag):[\w-]+)\s*$/.test(content)) cellRefs(content, contentStart, doc, at);
}
function yamlBlock(text, fence, doc, at) {
  if (!/^ya?ml\s+reproduce\b/.test(fence.info)) return;
  const lines = fence.lines();
  if (lines.length === 0) return;
  const contentStart = lines[0][0];
  const contentEnd = lines[lines.length - 1][1];
  const where = at(contentStart);
  let data;
  try {
    data = loadYaml(text.slice(contentStart, contentEnd).replace(/(?<!["'\w])(In\s?\[\s*\d+\s*\])(?!["'])/g, '"$1"'));
  } catch (error) {
    const mark = error.mark;
    const block2 = text.slice(contentStart, contentEnd);
    let offset = contentStart;
    for (let line = 0; mark?.line !== void 0 && line < mark.line; line++) {
      const newline = block2.indexOf("\n", offset - contentStart);
      if (newline < 0) break;
      offset = contentStart + newline + 1;
    }
    const reason = error.reason ?? error.message.split("\n")[0];
    doc.problems.push({ message: `the yaml reproduce block is not valid YAML: ${reason}`, ...at(offset + (mark?.column ?? 0)) });
    return;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    doc.problems.push({ message: "the yaml reproduce block must be a mapping (sources, cells, expect)", ...where });
    return;
  }
  const block = data;
  const list = (value) => value === void 0 ? [] : Array.isArray(value) ? value : [value];
  for (const source of list(block.sources ?? block.notebook ?? block.source)) if (typeof source === "string") addSource(doc, source, where);
  for (const cell of list(block.cells)) cellRefs(String(cell), contentStart, doc, () => where);
  const expect = block.expect ?? block.metrics;
  const entries = Array.isArray(expect) ? expect.map((e) => ["", e]) : typeof expect === "object" && expect ? Object.entries(expect) : [];
  for (const [metric, value] of entries) {
    const written = String(value);
    const expectation = metric ? parseExpected(metric, written) : parseExpectation(written, true);
    if (expectation) doc.expectations.push({ expectation, ...lineOf(text, contentStart, contentEnd, metric || written, at) });
    else
      doc.problems.push({
        message: `'${metric ? `${metric}: ` : ""}${written}' is not an expectation (NAME OP VALUE [\xB1 TOL])`,
        ...lineOf(text, contentStart, contentEnd, metric || written, at)
      });
  }
}
function lineOf(text, start, end, needle, at) {
  const found = text.slice(start, end).indexOf(needle);
  return at(found >= 0 ? start + found : start);
}
function tables(text, blocks, doc, at) {
  let table = [];
  let lastEnd = -1;
  const flush = () => {
    if (table.length) tableRows(table, doc, at);
    table = [];
  };
  for (const block of blocks) {
    if (block.kind !== "table-row") continue;
    if (lastEnd >= 0 && text.slice(lastEnd, block.start).split("\n").length > 3) flush();
    table.push(cellsOf(text, block.start, block.end));
    lastEnd = block.end;
  }
  flush();
}
function cellsOf(text, start, end) {
  const cells = [];
  let from = start + /^\s*\|?/.exec(text.slice(start, end))[0].length;
  for (let k = from; k <= end; k++) {
    if (k === end || text[k] === "|" && text[k - 1] !== "\\") {
      const raw = text.slice(from, k);
      if (k < end || raw.trim() !== "") cells.push({ text: raw.trim(), start: from + (raw.length - raw.trimStart().length) });
      from = k + 1;
    }
  }
  return cells;
}
function tableRows(rows, doc, at) {
  const header = rows[0]?.map((cell) => cell.text.toLowerCase().replace(/[`*_]/g, "")) ?? [];
  const nameColumn = header.findIndex((h) => /^(metric|name|指标|metrics|measure)/.test(h));
  const expectedColumn = header.findIndex((h) => /(expect|target|threshold|criterion|预期|期望|目标)/.test(h));
  for (const cells of rows.slice(1)) {
    if (nameColumn >= 0 && expectedColumn >= 0) {
      const name = cells[nameColumn]?.text.replace(/`/g, "") ?? "";
      const expected = cells[expectedColumn];
      const expectation = expected && parseExpected(name, expected.text.replace(/`/g, ""));
      if (expectation && expected) doc.expectations.push({ expectation, ...at(expected.start) });
    } else {
      for (const cell of cells) {
        const expectation = parseExpectation(cell.text.replace(/`/g, ""));
        if (expectation) doc.expectations.push({ expectation, ...at(cell.start) });
      }
    }
  }
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/reproduce/results.ts
var SourceError = class extends Error {
};
function readExecutedNotebook(text) {
  let notebook;
  try {
    notebook = readNotebook(text);
  } catch (error) {
    if (!(error instanceof NotebookError)) throw error;
    throw new SourceError(`${error.message} at line ${new LineIndex(text).position(error.offset).line}`);
  }
  return { cells: notebook.cells.filter((cell) => cell.cellType === "code").map(executedCell) };
}
function executedCell(cell) {
  const texts = [];
  let error;
  for (const output of cell.outputs) {
    if (output?.output_type === "stream") texts.push(joinText(output.text));
    else if (output?.output_type === "error") error = `${output.ename ?? "Error"}: ${output.evalue ?? ""}`.trim();
    else if (output?.data?.["text/plain"] !== void 0) texts.push(joinText(output.data["text/plain"]));
    else if (output?.text !== void 0) texts.push(joinText(output.text));
  }
  const executed = { index: cell.index, tags: cell.tags, executionCount: cell.executionCount, texts };
  if (cell.id !== void 0) executed.id = cell.id;
  if (error !== void 0) executed.error = error;
  return executed;
}
function lastValueInTexts(texts, metric) {
  const readable = texts.map((text) => normalizeForReading(withoutTerminalCodes(text)));
  for (const name of metric.includes(".") ? [metric, metric.slice(metric.lastIndexOf(".") + 1)] : [metric]) {
    const pattern = new RegExp(String.raw`(?<![\w.])['"]?${escapeRegExp(name)}['"]?\s*[:=]\s*(?:np\.\w+\()?((?:[^\s,;}\])]|,(?=\d))*(?: %)?)`, "g");
    let last;
    for (const text of readable) for (const match of text.matchAll(pattern)) last = match[1];
    if (last !== void 0) return toObservation(last);
  }
  return { kind: "missing" };
}
function valueInData(data, metric) {
  const candidates = [metric.split("."), [metric]];
  for (const path of candidates) {
    let value = data;
    for (const key of path) {
      value = typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : void 0;
    }
    if (value !== void 0) return toObservation(String(value));
  }
  return { kind: "missing" };
}
function readDataFile(text, kind) {
  try {
    return kind === "json" ? JSON.parse(text) : loadYaml(text);
  } catch (error) {
    throw new SourceError(`not valid ${kind.toUpperCase()}: ${error.message.split("\n")[0]}`);
  }
}
function readCsv(text) {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new SourceError(`not valid CSV: ${error.message.split("\n")[0]}`);
  }
}
function valueInCsv(rows, metric) {
  const header = rows[0] ?? [];
  const column = header.indexOf(metric);
  if (column >= 0) {
    for (let r = rows.length - 1; r >= 1; r--) {
      const cell = rows[r][column];
      if (cell !== void 0 && cell !== "") return toObservation(cell);
    }
    return { kind: "invalid", raw: "" };
  }
  for (let r = rows.length - 1; r >= 0; r--) {
    if (rows[r][0] === metric && rows[r].length >= 2) return toObservation(rows[r][1]);
  }
  return { kind: "missing" };
}
function toObservation(raw) {
  const cleaned = raw.replace(/^['"]|['"]$/g, "").trim();
  const percent = /\s?%$/.test(cleaned);
  const written = percent ? cleaned.replace(/\s?%$/, "") : cleaned;
  const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(written) ? parseDecimal(written) : void 0;
  const exact = decimal && (percent ? hundredths(decimal) : decimal);
  const value = exact ? toNumber(exact) : Number.NaN;
  if (!exact || !Number.isFinite(value)) return { kind: "invalid", raw: cleaned };
  return { kind: "value", value, raw: cleaned, exact: `${exact.digits}e${exact.exponent}` };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/reproduce/verify.ts
var VerifyError = class extends Error {
};
function verify(input) {
  const doc = parseReproduce(input.text);
  if (doc.problems.length) throw new VerifyError(`${input.file}:${doc.problems[0].line}: ${doc.problems[0].message}`);
  if (doc.expectations.length === 0 && doc.cells.length === 0) {
    throw new VerifyError(
      `${input.file} has nothing to check: write expectations such as "test_loss < 0.02 \xB1 0.003" and cells such as In[5], or a \`\`\`yaml reproduce block`
    );
  }
  const read = memoized(input.readFile);
  const named = doc.sources.map((source) => fromDocument(input.file, source.path, read));
  const paths = [.../* @__PURE__ */ new Set([...named, ...input.configuredSources ?? []])];
  if (paths.length === 0) {
    const notebooks = input.listNotebooks();
    if (notebooks.length !== 1) {
      throw new VerifyError(
        `${input.file} names no notebook or metrics file, and the repository has ${notebooks.length === 0 ? "no notebook" : `${notebooks.length} notebooks`}: name the source in the document (a link or \`path.ipynb\`)`
      );
    }
    paths.push(notebooks[0]);
  }
  const warnings = doc.notes.map((note) => ({ message: note.message, line: note.line }));
  const head = loadSources(paths, read, true, warnings);
  const base = input.readBaseFile ? loadSources(paths, input.readBaseFile, false, []) : void 0;
  for (const { path, notebook } of head.notebooks) {
    if (notebook.cells.length > 0 && notebook.cells.every((cell) => cell.executionCount === null)) {
      const copy = path.replace(/\.ipynb$/i, ".nbconvert.ipynb");
      const executedCopy = copy !== path && read(copy).ok ? ` An executed copy is beside it, ${copy}: name that one in the document, or run this one.` : "";
      warnings.push({
        message: `${path} was never executed: run it first, e.g. \`jupyter nbconvert --to notebook --execute --inplace ${path}\`.${executedCopy}`
      });
      continue;
    }
    const order = notebook.cells.filter((c) => c.executionCount !== null).map((c) => c.executionCount);
    const outOfOrder = order.findIndex((count2, i) => i > 0 && count2 < order[i - 1]);
    if (outOfOrder > 0) {
      warnings.push({
        message: `${path} was not run top to bottom: In[${order[outOfOrder - 1]}] comes before In[${order[outOfOrder]}]; restart the kernel and run all cells`
      });
    }
  }
  const cellMatches = doc.cells.map((ref) => ({ ref, found: findCells(ref, head) }));
  const cells = cellMatches.map(({ ref, found }) => cellResult(ref, found));
  const requiredCells = cellMatches.flatMap(({ found }) => found);
  const baseRequired = base && requiredCells.length ? doc.cells.flatMap((ref) => findCells(ref, base)) : [];
  const results = doc.expectations.map((e) => expectationResult(e, head, requiredCells, base && { sources: base, required: baseRequired }, paths, warnings));
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    version: 1,
    file: input.file,
    summary: { expectations: results.length, passed: count("pass"), failed: count("fail"), missing: count("missing"), invalid: count("invalid") },
    results,
    cells,
    warnings
  };
}
function verified(report) {
  return report.results.every((r) => r.status === "pass") && report.cells.every((c) => c.status === "ok");
}
function memoized(read) {
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    let file = cache.get(path);
    if (!file) cache.set(path, file = read(path));
    return file;
  };
}
function fromDocument(documentFile, path, read) {
  const folder = posix.dirname(documentFile);
  if (folder === "." || path.startsWith("/")) return path;
  const beside = posix.normalize(posix.join(folder, path));
  return read(beside).ok || !read(path).ok ? beside : path;
}
function loadSources(paths, read, strict, warnings) {
  const sources = { notebooks: [], data: [] };
  for (const path of paths) {
    const file = read(path);
    if (!file.ok) {
      if (strict) throw new VerifyError(`${path}: ${file.reason}`);
      continue;
    }
    try {
      const lower = path.toLowerCase();
      if (lower.endsWith(".ipynb")) sources.notebooks.push({ path, notebook: readExecutedNotebook(file.text) });
      else if (lower.endsWith(".csv")) {
        const rows = readCsv(file.text);
        sources.data.push({ path, lookup: (metric) => valueInCsv(rows, metric) });
      } else {
        const json = lower.endsWith(".json");
        const data = readDataFile(file.text, json ? "json" : "yaml");
        if (json)
          for (const key of duplicateKeys(file.text)) warnings.push({ message: `${path}: the key '${key}' appears twice in one object; the last one is used` });
        sources.data.push({ path, lookup: (metric) => valueInData(data, metric) });
      }
    } catch (error) {
      if (strict && error instanceof SourceError) throw new VerifyError(`${path}: ${error.message}`);
      if (strict) throw error;
    }
  }
  return sources;
}
function findCells(ref, sources) {
  return sources.notebooks.flatMap(
    ({ path, notebook }) => notebook.cells.filter((cell) => ref.kind === "count" ? cell.executionCount === ref.count : ref.kind === "id" ? cell.id === ref.id : cell.tags.includes(ref.tag)).map((cell) => ({ path, cell }))
  );
}
function cellName(found) {
  return `${found.path}#${found.cell.executionCount === null ? `cell ${found.cell.index}` : `In[${found.cell.executionCount}]`}`;
}
function cellResult(ref, found) {
  const at = { line: ref.line, column: ref.column };
  if (found.length === 0) {
    const hint = ref.kind === "count" ? " (execution counts change when a notebook is re-run: a cell id or tag is a stable reference)" : "";
    return { ref: ref.ref, status: "missing", source: null, message: `no code cell ${ref.ref} in the notebooks${hint}`, ...at };
  }
  const failed = found.find((f) => f.cell.error !== void 0);
  if (failed) return { ref: ref.ref, status: "error", source: cellName(failed), message: `${cellName(failed)} raised ${failed.cell.error}`, ...at };
  const notRun = found.find((f) => f.cell.executionCount === null);
  if (notRun) return { ref: ref.ref, status: "not-executed", source: cellName(notRun), message: `${cellName(notRun)} has not been run`, ...at };
  return { ref: ref.ref, status: "ok", source: found.map(cellName).join(", "), message: "ran without error", ...at };
}
function observe(metric, sources, required) {
  let last;
  const scan = (cells) => {
    for (const found of cells) {
      const observation = lastValueInTexts(found.cell.texts, metric);
      if (observation.kind !== "missing") last = { observation, source: cellName(found) };
    }
  };
  scan(required);
  if (!last) scan(sources.notebooks.flatMap(({ path, notebook }) => notebook.cells.map((cell) => ({ path, cell }))));
  const fromNotebooks = last !== void 0;
  const alsoIn = [];
  for (const { path, lookup } of sources.data) {
    const observation = lookup(metric);
    if (observation.kind === "missing") continue;
    if (last) alsoIn.push(fromNotebooks ? path : last.source.replace(/#[^#]*$/, ""));
    if (!fromNotebooks) last = { observation, source: `${path}#${metric}` };
  }
  return last ? { ...last, alsoIn } : { observation: { kind: "missing" }, source: null, alsoIn };
}
function expectationResult(e, head, required, base, paths, warnings) {
  const { expectation } = e;
  const { observation, source, alsoIn } = observe(expectation.metric, head, required);
  if (alsoIn.length > 0) {
    warnings.push({ message: `${expectation.metric} is given by ${source} and also by ${alsoIn.join(", ")}; the value from ${source} is used`, line: e.line });
  }
  const baseObservation = base ? observe(expectation.metric, base.sources, base.required) : void 0;
  const baseValue = baseObservation?.observation.kind === "value" ? baseObservation.observation.value : null;
  const result = (observed, status, message) => ({
    metric: expectation.metric,
    expected: expectation.expected,
    observed,
    status,
    source,
    base: baseValue,
    message,
    line: e.line,
    column: e.column
  });
  if (expectation.problem) return result(null, "invalid", `${expectation.metric} ${expectation.expected}: ${expectation.problem}, so it cannot be checked`);
  if (observation.kind === "missing") return result(null, "missing", `no value for ${expectation.metric} in ${paths.join(", ")}`);
  if (observation.kind === "invalid") return result(null, "invalid", `${expectation.metric} is '${observation.raw}', not a number`);
  const pass = meets(expectation, observation.value, observation.exact);
  const bound = describeBound(expectation.op, expectation.value, toleranceOf(expectation));
  const change = baseValue === null ? "" : `; base ${baseValue}${changePercent(observation.value, baseValue)}`;
  return result(observation.value, pass ? "pass" : "fail", `${expectation.metric} = ${observation.value} ${pass ? "meets" : "misses"} ${bound}${change}`);
}
function describeBound(op, value, tolerance) {
  const round = (x) => Number(x.toPrecision(12));
  switch (op) {
    case "<":
      return `< ${round(value + tolerance)}`;
    case "<=":
      return `\u2264 ${round(value + tolerance)}`;
    case ">":
      return `> ${round(value - tolerance)}`;
    case ">=":
      return `\u2265 ${round(value - tolerance)}`;
    default:
      return `${value} \xB1 ${round(tolerance)}`;
  }
}
function changePercent(observed, base) {
  if (base === 0) return "";
  const percent = (observed - base) / Math.abs(base) * 100;
  const sign = percent > 0 ? "+" : percent < 0 ? "\u2212" : "\xB1";
  return ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
}
function duplicateKeys(text) {
  const duplicates = /* @__PURE__ */ new Set();
  const objects = [];
  try {
    visitKeys(text, objects, duplicates);
  } catch {
  }
  return [...duplicates];
}
function visitKeys(text, objects, duplicates) {
  visit(text, {
    onObjectBegin: () => void objects.push(/* @__PURE__ */ new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (property) => {
      const keys = objects[objects.length - 1];
      if (keys?.has(property)) duplicates.add(property);
      keys?.add(property);
    }
  });
}

export {
  VerifyError,
  verify,
  verified,
  changePercent
};
