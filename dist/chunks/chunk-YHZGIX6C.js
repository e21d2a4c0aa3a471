import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  changePercent
} from "./chunk-7TAV6QZK.js";
import {
  discoverFiles,
  readAtRevision,
  resolveOrExplain,
  topLevel
} from "./chunk-Z3FXPJDH.js";
import {
  FLOW_EXCLUDED,
  LineIndex,
  NotebookError,
  ResolvedConfig,
  TEXT_EXCLUDED,
  VerifyError,
  createScanner,
  defaultConfig,
  joinText,
  loadConfig,
  loadYaml,
  markdownStructure,
  readNotebook,
  readTextBounded,
  toPosix,
  visit
} from "./chunk-XPHMBMAG.js";

// src/app/verify.ts
import { existsSync } from "node:fs";
import { join, relative as relative2, resolve as resolve2 } from "node:path";

// src/app/reproduce-files.ts
import { realpathSync, statSync } from "node:fs";
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
    const read = readTextBounded(real, MAX_SOURCE_BYTES);
    return read.ok ? { ...read, modified: statSync(real).mtime } : read;
  };
}
function repositoryNotebooks(root) {
  const config = new ResolvedConfig({ ...defaultConfig(), include: ["**/*.ipynb"] });
  return discoverFiles(root, [], config).map((path) => toPosix(relative(root, path)));
}

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
function toNumber(a) {
  return Number(`${a.digits}e${a.exponent}`);
}

// src/reproduce/expectation.ts
var OPERATORS = { "<": "<", "<=": "<=", "\u2264": "<=", ">": ">", ">=": ">=", "\u2265": ">=", "=": "=", "==": "=", "\u2248": "\u2248", "~": "\u2248" };
function build(metric, op, value, tolerance, percent, valuePercent, options = {}) {
  const written = parseDecimal(value);
  const exactValue = written && valuePercent ? hundredths(written) : written;
  const number = exactValue ? toNumber(exactValue) : Number.NaN;
  const operator = OPERATORS[op] ?? "=";
  const expectation = { metric, op: operator, value: number, expected: "" };
  if (tolerance !== void 0) expectation.tolerance = { amount: Number(tolerance), percent: percent === "%" };
  if (options.unit) expectation.unit = options.unit;
  const exactTolerance = tolerance === void 0 ? void 0 : parseDecimal(tolerance);
  if (!exactValue || !Number.isFinite(number) || tolerance !== void 0 && !exactTolerance) {
    expectation.problem = `${value}${tolerance === void 0 ? "" : ` \xB1 ${tolerance}`} is not a finite number`;
  } else if (tolerance === void 0 && (operator === "=" || operator === "\u2248") && written) {
    const half = { digits: 5n, exponent: written.exponent - 1 };
    expectation.exact = { value: exactValue, tolerance: valuePercent ? hundredths(half) : half };
    expectation.precision = true;
  } else {
    expectation.exact = { value: exactValue, tolerance: absoluteTolerance(exactValue, exactTolerance, percent === "%") };
  }
  const sign = valuePercent ? "%" : "";
  expectation.expected = options.written ?? `${operator} ${value}${sign}${tolerance === void 0 ? "" : ` \xB1 ${tolerance}${percent === "%" ? "%" : ""}`}`;
  return expectation;
}
function absoluteTolerance(value, tolerance, percent) {
  if (tolerance) return percent ? hundredths(multiply(abs(value), abs(tolerance))) : abs(tolerance);
  return { digits: 0n, exponent: 0 };
}
function toleranceOf(e) {
  return e.exact ? toNumber(e.exact.tolerance) : 0;
}
function gateBound(e, base) {
  if (!e.relativeToBase || base === null) return void 0;
  const baseDecimal = decimalOf(base);
  const amount = parseDecimal(e.relativeToBase.amount);
  if (!baseDecimal || !amount) return void 0;
  const shift = e.relativeToBase.percent ? hundredths(multiply(abs(baseDecimal), amount)) : amount;
  const gate = { ...e, value: base, exact: { value: baseDecimal, tolerance: { digits: 0n, exponent: 0 } } };
  if (e.relativeToBase.sign === "\xB1") gate.exact = { value: baseDecimal, tolerance: shift };
  else {
    const bound = e.relativeToBase.sign === "+" ? add(baseDecimal, shift) : subtract(baseDecimal, shift);
    gate.exact = { value: bound, tolerance: { digits: 0n, exponent: 0 } };
    gate.value = toNumber(bound);
  }
  return gate;
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
var TEX_SYMBOLS = {
  pm: "\xB1",
  geq: "\u2265",
  ge: "\u2265",
  geqslant: "\u2265",
  leq: "\u2264",
  le: "\u2264",
  leqslant: "\u2264",
  approx: "\u2248",
  simeq: "\u2248",
  thickapprox: "\u2248",
  sim: "~",
  lt: "<",
  gt: ">",
  times: "\xD7",
  cdot: "\xB7"
};
var TEX_WRAPPERS = /* @__PURE__ */ new Set([
  "text",
  "textrm",
  "textit",
  "textbf",
  "texttt",
  "mathrm",
  "mathit",
  "mathbf",
  "mathsf",
  "mathtt",
  "operatorname",
  "mbox",
  "emph"
]);
var SUPERSCRIPTS = {
  "\u2070": "0",
  "\xB9": "1",
  "\xB2": "2",
  "\xB3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
  "\u207B": "-",
  "\u207A": "+"
};
function readableClaimText(written) {
  const source = normalizeForReading(written);
  let text = "";
  const offsets = [];
  const put = (piece, from) => {
    for (let k = 0; k < piece.length; k++) offsets.push(from);
    text += piece;
  };
  let math = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === "$") {
      math = !math;
      continue;
    }
    if (c === "\\") {
      const word = /^[A-Za-z]+/.exec(source.slice(k + 1, k + 40))?.[0];
      if (word) {
        if (TEX_SYMBOLS[word]) put(` ${TEX_SYMBOLS[word]} `, k);
        else if (!TEX_WRAPPERS.has(word) && !math) put(`\\${word}`, k);
        k += word.length;
        continue;
      }
      const next = source[k + 1];
      if (next !== void 0 && /[,;: !]/.test(next) && math) put(" ", k);
      else if (next !== void 0 && /[!-/:-@[-`{-~]/.test(next)) put(next, k);
      k++;
      continue;
    }
    if (math && (c === "{" || c === "}")) continue;
    if (math && c === "~") {
      put(" ", k);
      continue;
    }
    if (c === "*" && !(/\d/.test(source[k - 1] ?? "") && /\d/.test(source[k + 1] ?? ""))) continue;
    if (c === "_" && (!/[\p{L}\p{N}]/u.test(source[k - 1] ?? "") || !/[\p{L}\p{N}]/u.test(source[k + 1] ?? ""))) continue;
    if (SUPERSCRIPTS[c]) {
      if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/.test(source[k - 1] ?? "") && text[text.length - 1] !== "^") put("^", k);
      put(SUPERSCRIPTS[c], k);
      continue;
    }
    if (c === "\u3010" || c === "\u3014") put("[", k);
    else if (c === "\u3011" || c === "\u3015") put("]", k);
    else if ((c === "\u2013" || c === "\u2014") && /[\d.]/.test(source[k + 1] ?? "") && !/\d/.test(source[k - 1] ?? "")) put("-", k);
    else if (c === "\u3002") put(".", k);
    else if (c === "\u3001") put(",", k);
    else put(c, k);
  }
  offsets.push(source.length);
  return { text, offsets };
}

// src/reproduce/claims.ts
var RELATIONS = [
  [
    "<=",
    [
      "<=",
      "=<",
      "\u2264",
      "at most",
      "no more than",
      "not more than",
      "no greater than",
      "not greater than",
      "no higher than",
      "not higher than",
      "no larger than",
      "not exceeding",
      "does not exceed",
      "should not exceed",
      "\u5C0F\u4E8E\u6216\u7B49\u4E8E",
      "\u5C0F\u4E8E\u7B49\u4E8E",
      "\u4E0D\u8D85\u8FC7",
      "\u4E0D\u9AD8\u4E8E",
      "\u4E0D\u5927\u4E8E",
      "\u81F3\u591A",
      "\u6700\u591A"
    ]
  ],
  [
    ">=",
    [
      ">=",
      "=>",
      "\u2265",
      "at least",
      "no less than",
      "not less than",
      "no lower than",
      "not lower than",
      "no fewer than",
      "\u5927\u4E8E\u6216\u7B49\u4E8E",
      "\u5927\u4E8E\u7B49\u4E8E",
      "\u4E0D\u4F4E\u4E8E",
      "\u4E0D\u5C11\u4E8E",
      "\u4E0D\u5C0F\u4E8E",
      "\u81F3\u5C11",
      "\u6700\u5C11"
    ]
  ],
  ["<", ["<", "less than", "lower than", "smaller than", "fewer than", "below", "under", "\u4F4E\u4E8E", "\u5C0F\u4E8E", "\u5C11\u4E8E"]],
  [">", [">", "greater than", "more than", "higher than", "larger than", "above", "exceeds", "exceeding", "over", "\u9AD8\u4E8E", "\u5927\u4E8E", "\u8D85\u8FC7", "\u591A\u4E8E"]],
  [
    "\u2248",
    [
      "\u2248",
      "~=",
      "~",
      "approximately",
      "approx.",
      "approx",
      "about",
      "around",
      "roughly",
      "circa",
      "ca.",
      "nearly",
      "close to",
      "\u7EA6\u4E3A",
      "\u5927\u7EA6",
      "\u5927\u6982",
      "\u63A5\u8FD1",
      "\u7EA6"
    ]
  ],
  ["=", ["==", "=", "equals", "equal to", "\u7B49\u4E8E"]],
  ["within", ["within", "\u5728"]],
  ["between", ["between", "\u4ECB\u4E8E"]]
];
var FILLERS = [
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "should",
  "must",
  "will",
  "would",
  "shall",
  "to",
  "of",
  "reach",
  "reaches",
  "reached",
  "achieve",
  "achieves",
  "achieved",
  "get",
  "gets",
  "got",
  "yield",
  "yields",
  "stay",
  "stays",
  "remain",
  "remains",
  "expected",
  "value",
  "\u5E94\u8BE5",
  "\u5E94\u5F53",
  "\u9700\u8981",
  "\u5E94",
  "\u9700",
  "\u8981",
  "\u5C06",
  "\u4F1A",
  "\u80FD",
  "\u53EF",
  "\u4E3A",
  "\u662F",
  "\u8FBE\u5230",
  "\u4FDD\u6301",
  "\u7684\u503C"
];
var BARE_MARKERS = /* @__PURE__ */ new Set([
  ":",
  "is",
  "are",
  "was",
  "were",
  "of",
  "reaches",
  "reached",
  "achieves",
  "achieved",
  "gets",
  "got",
  "yields",
  "\u4E3A",
  "\u662F",
  "\u8FBE\u5230"
]);
var METRIC_WORDS = new Set(
  "loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map wer cer top1 top5 iou miou dice r2 likelihood nll elbo kl entropy latency throughput time runtime speed fps memory mem ap ap50 ap75 em rmsd correlation pearson spearman kappa ndcg mrr hit hits coverage bpd bits ece brier meteor chrf cider spice lpips".split(" ")
);
var CJK_METRIC = /损失|准确率|正确率|精度|精确率|召回率|误差|得分|分数|困惑度|指标|耗时|时间|延迟|吞吐|显存|内存|速度|奖励|回报|相似度|误码率|错误率|成功率|命中率|F1|AUC|mAP/;
var QUALIFIERS = new Set(
  "train training val valid validation dev test testing eval evaluation holdout final mean average avg median best worst peak total overall inference training wall gpu cpu per step epoch macro micro weighted top exact token word char character sentence box mask bbox zero-shot few-shot one-shot in-domain out-of-domain ood id".split(" ")
);
var HEAD_NOUNS = new Set("score rate time error loss accuracy acc precision recall ratio latency throughput distance".split(" "));
var STOPWORDS = new Set(
  "the a an our its their his her this that these those we you they i and or but with for on in at by from to of into than then as expect expected expects expecting target targets goal should must will would shall can could may might it which where when all both each every some any no not is are was were be been get gets got reach reaches reached report reports reported see run runs cell cells model models method methods result results metric metrics value values number numbers".split(" ")
);
var SETTING_WORDS = new Set(
  "size batch rate lr learning seed epoch epochs step steps iter iters iterations dim dims hidden depth layers layer heads head dropout decay momentum warmup workers worker gpus num n max min len length width height k temperature beta1 beta2 eps epsilon weight clip patience threads port version params parameters".split(" ")
);
var UNIT = String.raw`(?:ms|milliseconds?|µs|us|ns|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|GB|GiB|MB|MiB|KB|KiB|TB|it/s|samples/s|tokens/s|img/s|fps|FPS|dB|pp|points?|bits?|秒|毫秒|分钟|小时)`;
var NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
var VALUE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\p{N}_@.\-/]|\d,)(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(\s?%)?(?:\s*(${UNIT})(?![\p{Script=Latin}\p{N}]))?`,
  "yu"
);
var TOLERANCE = new RegExp(
  String.raw`\s*(\()?\s*(?:±|\+/-|\+-|within)\s*(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(\s?%)?(?:\s*${UNIT}(?![\p{L}\p{N}]))?\s*(\))?`,
  "yu"
);
var COMMA_TOLERANCE = /\s*\(?\s*(?:±|\+\/-|\+-|within)\s*[+-]?\d*,\d/y;
var SUFFIX = /\s*(左右|上下|以内|之内|以下|以上)/y;
var INFORMATIONAL = /^\s*[(（]\s*(?:informational|info|report only|reported only|not checked|仅报告|仅供参考)\s*[)）]/iu;
var BASE_RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_])base(?:line)?(?:\s*([+-]|±)\s*(${NUMBER})(\s?%)?)?(?![\p{L}\p{N}_])`, "yiu");
function valueAt(text, at) {
  VALUE.lastIndex = at;
  const match = VALUE.exec(text);
  if (!match) return void 0;
  const [whole, number, exponent, percent, unit] = match;
  const decimal = exponent === void 0 ? number : `${number}e${exponent}`;
  const value = { written: whole.trim().replace(/\s+/g, " "), decimal, percent: percent !== void 0, end: at + whole.length };
  if (unit !== void 0) value.unit = unit;
  return value;
}
function toleranceAt(text, at) {
  TOLERANCE.lastIndex = at;
  const match = TOLERANCE.exec(text);
  if (!match) return void 0;
  const [whole, open, number, exponent, percent, close] = match;
  if (open === void 0 !== (close === void 0)) {
    if (open !== void 0) return void 0;
    return { decimal: exponent === void 0 ? number : `${number}e${exponent}`, percent: percent !== void 0, end: at + whole.length - 1 };
  }
  return { decimal: exponent === void 0 ? number : `${number}e${exponent}`, percent: percent !== void 0, end: at + whole.length };
}
var RELATION_LIST = RELATIONS.flatMap(([relation, words]) => words.map((word) => [word, relation])).sort(
  (a, b) => b[0].length - a[0].length
);
var RELATION_ENDINGS = new Set(RELATION_LIST.map(([word]) => word[word.length - 1].toLowerCase()));
function relationBefore(text, end) {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  if (!RELATION_ENDINGS.has(text[at - 1]?.toLowerCase() ?? "")) return void 0;
  const lower = text.slice(Math.max(0, at - 24), at).toLowerCase();
  for (const [word, relation] of RELATION_LIST) {
    if (!lower.endsWith(word)) continue;
    const start = at - word.length;
    if (/^[a-z]/.test(word) && /[\p{L}\p{N}_]/u.test(text[start - 1] ?? "")) continue;
    return { relation, start, word };
  }
  return void 0;
}
var FILLER_LIST = [...FILLERS].sort((a, b) => b.length - a.length);
var FILLER_ENDINGS = new Set(FILLER_LIST.map((word) => word[word.length - 1]));
function skipFillers(text, end) {
  let at = end;
  let bare = false;
  for (; ; ) {
    let k = at;
    while (k > 0 && /[\s,，]/.test(text[k - 1])) k--;
    if (text[k - 1] === ":" || text[k - 1] === "\uFF1A") {
      bare = true;
      at = k - 1;
      continue;
    }
    if (!FILLER_ENDINGS.has(text[k - 1]?.toLowerCase() ?? "")) return { at: k, bare };
    const lower = text.slice(Math.max(0, k - 8), k).toLowerCase();
    const filler = FILLER_LIST.find((word) => lower.endsWith(word) && (!/^[a-z]/.test(word) || !/[\p{L}\p{N}_]/u.test(text[k - word.length - 1] ?? "")));
    if (!filler) return { at: k, bare };
    if (BARE_MARKERS.has(filler)) bare = true;
    at = k - filler.length;
  }
}
var CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
var TOKEN = /[\p{Script=Latin}\p{Script=Greek}\p{N}][\p{Script=Latin}\p{Script=Greek}\p{N}_.@/+'-]*$/u;
function nameBefore(text, end, whole) {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  if (at === 0) return void 0;
  if (CJK.test(text[at - 1])) {
    let start = at;
    while (start > 0 && /[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9_@\-.]/.test(text[start - 1])) start--;
    let name2 = text.slice(start, at);
    const particle = Math.max(name2.lastIndexOf("\u7684"), name2.lastIndexOf("\u4E0A"), name2.lastIndexOf("\u4E2D"), name2.lastIndexOf("\u5728"));
    if (particle >= 0 && particle < name2.length - 1) {
      start += particle + 1;
      name2 = name2.slice(particle + 1);
    }
    return name2 ? { name: name2, start } : void 0;
  }
  const words = [];
  let k = at;
  while (k > 0 && words.length < 6) {
    const match = TOKEN.exec(text.slice(Math.max(0, k - 64), k));
    if (!match) break;
    const word = match[0].replace(/[.'-]+$/, "");
    const start = k - match[0].length;
    if (!word || /'/.test(word) || /^[\d+]/.test(word)) break;
    const lower = word.toLowerCase();
    if (words.length > 0 && (STOPWORDS.has(lower) || !whole && !QUALIFIERS.has(lower) && !isMetricLike(word) && !/^top-?\d+$/i.test(word))) break;
    if (words.length > 0 && !QUALIFIERS.has(lower) && namesAResult(word) && !HEAD_NOUNS.has(words[0].name.toLowerCase())) break;
    if (words.length === 0 && STOPWORDS.has(lower)) return void 0;
    words.unshift({ name: word, start });
    k = start;
    if (text[k - 1] !== " " || !/[\p{L}\p{N}]/u.test(text[k - 2] ?? "")) break;
    k--;
  }
  while (words.length > 1 && STOPWORDS.has(words[0].name.toLowerCase())) words.shift();
  if (words.length === 0) return void 0;
  const name = { name: words.map((w) => w.name).join(" "), start: words[0].start };
  const preposition = /(?:^|\s)(on|for|in|at|over|across|using|with)\s$/i.exec(text.slice(Math.max(0, name.start - 12), name.start));
  if (preposition && !namesAResult(name.name)) {
    const context = nameBefore(text, name.start - preposition[0].length, whole);
    if (context && namesAResult(context.name)) return context;
  }
  return name;
}
function namesAResult(name) {
  if (CJK_METRIC.test(name)) return true;
  const parts = name.toLowerCase().split(/[\s_.@/-]+/);
  if (parts.some((part) => SETTING_WORDS.has(part)) && !parts.some((part) => METRIC_WORDS.has(part) && part !== "is")) return false;
  return parts.some((part) => METRIC_WORDS.has(part) && part !== "is" || /^(?:top\d+|acc\d+|f\d|ap\d+|r@\d+|p@\d+)$/.test(part));
}
function isMetricLike(name) {
  if (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) && name.length > 3 && /_/.test(name)) return false;
  return namesAResult(name) || /[_.\d@]/.test(name);
}
function readClaims(written, options = {}) {
  const { text, offsets } = readableClaimText(written);
  const whole = options.whole === true;
  const found = [];
  const used = new Uint8Array(text.length + 1);
  const isUsed = (at) => used[at] === 1;
  const use = (start, end) => used.fill(1, start, end);
  const place = (start, end) => ({ start: offsets[start], end: offsets[Math.min(end, offsets.length - 1)] });
  for (let at = 0; at < text.length; at++) {
    if (isUsed(at)) continue;
    const value = valueAt(text, at);
    if (!value) continue;
    const claim = claimAround(text, at, value, whole);
    if (!claim) {
      at = value.end - 1;
      continue;
    }
    for (const read of claim.read) found.push({ expectation: read, ...claim.unread ? { unread: true } : {}, ...place(claim.start, claim.end) });
    use(claim.start, claim.end);
    at = claim.end - 1;
  }
  for (const gate of gates(text, whole)) {
    if (isUsed(gate.start)) continue;
    found.push({ expectation: gate.expectation, ...place(gate.start, gate.end) });
    use(gate.start, gate.end);
  }
  const quoted = (start, end) => (options.original ?? written).slice(offsets[start], offsets[Math.min(end, offsets.length - 1)]);
  for (const unread of unreadClaims(text, used, whole, quoted))
    found.push({ expectation: unread.expectation, unread: true, ...place(unread.start, unread.end) });
  return found.sort((a, b) => a.start - b.start);
}
function claimAround(text, at, value, whole) {
  const range = rangeAround(text, at, value, whole);
  if (range) return range;
  const relationInfo = relationBefore(text, at);
  const bare = relationInfo === void 0;
  const skipped = skipFillers(text, relationInfo ? relationInfo.start : at);
  if (bare) {
    SUFFIX.lastIndex = value.end;
    const marked = skipped.bare || value.percent || SUFFIX.test(text) || /^\s*[(（]?\s*(?:±|\+\/-|\+-)/.test(text.slice(value.end, value.end + 4));
    if (!marked) return void 0;
  }
  let nameEnd = skipped.at;
  const unitAfterName = /[(（[]\s*(%|[A-Za-z/µ]{1,10})\s*[)）\]]\s*$/.exec(text.slice(Math.max(0, nameEnd - 16), nameEnd));
  if (unitAfterName) {
    nameEnd -= unitAfterName[0].length;
    if (unitAfterName[1] === "%" && !value.percent) {
      value.percent = true;
      value.written += "%";
    } else value.unit ??= unitAfterName[1];
  }
  const name = nameBefore(text, nameEnd, whole);
  if (!name) return void 0;
  const relation = relationInfo?.relation ?? "bare";
  if (relationInfo && relation === "=" && !whole) {
    const before = text[relationInfo.start - 1] ?? " ";
    const after = text[relationInfo.start + relationInfo.word.length] ?? " ";
    if (!/\s/.test(before) || !/\s/.test(after)) return void 0;
  }
  if (!namesAResult(name.name)) {
    if (!whole && (bare || relation === "=" || !isMetricLike(name.name))) return void 0;
    if (whole && bare && !skipped.bare && !value.percent) return void 0;
  }
  let end = value.end;
  let op;
  let numberText = value.decimal;
  let percent = value.percent;
  let tolerance;
  let expected = "";
  if (relation === "within") {
    const of = /\s*(?:of|of the|from)\s+/iy;
    of.lastIndex = value.end;
    const center = of.exec(text) ? valueAt(text, of.lastIndex) : void 0;
    if (center) {
      op = "=";
      tolerance = { decimal: value.decimal, percent: value.percent };
      numberText = center.decimal;
      percent = center.percent;
      end = center.end;
      expected = `within ${value.written} of ${center.written}`;
    } else {
      op = "<=";
    }
  } else if (relation === "between") {
    const and = /\s*(?:and|to|和|与|到|至|-)\s*/iy;
    and.lastIndex = value.end;
    const upper = and.exec(text) ? valueAt(text, and.lastIndex) : void 0;
    if (!upper) {
      return {
        read: [unreadable(name.name, text.slice(name.start, value.end + 12).trim(), "a range needs both ends: between A and B")],
        unread: true,
        start: name.start,
        end: value.end
      };
    }
    let rangeEnd = upper.end;
    const closing = /\s*之间/y;
    closing.lastIndex = rangeEnd;
    if (closing.exec(text)) rangeEnd = closing.lastIndex;
    return {
      read: [
        build(name.name, ">=", value.decimal, void 0, void 0, value.percent, { written: `>= ${value.written}`, unit: value.unit }),
        build(name.name, "<=", upper.decimal, void 0, void 0, upper.percent, { written: `<= ${upper.written}`, unit: upper.unit ?? value.unit })
      ],
      start: name.start,
      end: rangeEnd
    };
  } else {
    op = relation === "bare" ? "=" : relation;
  }
  COMMA_TOLERANCE.lastIndex = end;
  if (COMMA_TOLERANCE.test(text)) {
    const tail = /[\d,.%\s]*/y;
    tail.lastIndex = COMMA_TOLERANCE.lastIndex;
    tail.exec(text);
    const claim = text.slice(name.start, tail.lastIndex).trim();
    return {
      read: [unreadable(name.name, claim, "the tolerance is written with a comma: a decimal comma or digit groups, write it with a point")],
      unread: true,
      start: name.start,
      end: tail.lastIndex
    };
  }
  const written = toleranceAt(text, end);
  if (written) {
    tolerance = { decimal: written.decimal, percent: written.percent };
    end = written.end;
  }
  SUFFIX.lastIndex = end;
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    const word = suffix[1];
    if (word === "\u5DE6\u53F3" || word === "\u4E0A\u4E0B") op = "\u2248";
    else if (word === "\u4EE5\u5185" || word === "\u4E4B\u5185" || word === "\u4EE5\u4E0B") op = op === "<" ? "<" : "<=";
    else if (word === "\u4EE5\u4E0A") op = ">=";
    end = SUFFIX.lastIndex;
  }
  const informational = INFORMATIONAL.exec(text.slice(end));
  if (informational) end += informational[0].length;
  if (!expected) {
    const sign = relation === "bare" && op === "=" ? "" : `${op} `;
    expected = `${sign}${value.written}${tolerance ? ` \xB1 ${tolerance.decimal}${tolerance.percent ? "%" : ""}` : ""}`;
    if (relation === "within") expected = `<= ${value.written}`;
  }
  const expectation = build(name.name, op, numberText, tolerance?.decimal, tolerance?.percent ? "%" : void 0, percent, {
    written: expected,
    unit: value.unit,
    bare: relation === "bare" || op === "\u2248" || op === "="
  });
  if (informational) expectation.informational = true;
  return { read: [expectation], start: name.start, end };
}
var RANGE_OPERATORS = { "<": "<", "<=": "<=", "\u2264": "<=", ">": ">", ">=": ">=", "\u2265": ">=" };
var REVERSED = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "\u2248": "\u2248" };
function rangeAround(text, at, value, whole) {
  const pattern = /\s*(<=|>=|≤|≥|<|>)\s*([\p{L}_][\p{L}\p{N}_.@-]*(?: [\p{L}_][\p{L}\p{N}_.@-]*){0,3})\s*(<=|>=|≤|≥|<|>)\s*/uy;
  pattern.lastIndex = value.end;
  const match = pattern.exec(text);
  if (!match) return void 0;
  const first = RANGE_OPERATORS[match[1]];
  const second = RANGE_OPERATORS[match[3]];
  const up = (op) => op === "<" || op === "<=";
  if (up(first) !== up(second)) return void 0;
  const upper = valueAt(text, pattern.lastIndex);
  const name = match[2];
  if (!upper || !whole && !isMetricLike(name)) return void 0;
  return {
    read: [
      build(name, REVERSED[first], value.decimal, void 0, void 0, value.percent, { written: `${REVERSED[first]} ${value.written}` }),
      build(name, second, upper.decimal, void 0, void 0, upper.percent, { written: `${second} ${upper.written}` })
    ],
    start: at,
    end: upper.end
  };
}
function gates(text, whole) {
  const found = [];
  for (let at = text.indexOf("base"); at >= 0; at = text.indexOf("base", at + 4)) {
    BASE_RELATIVE.lastIndex = at;
    const match = BASE_RELATIVE.exec(text);
    if (!match) continue;
    const relation = relationBefore(text, at);
    if (!relation || !(relation.relation in RANGE_OPERATORS || relation.relation === "<=" || relation.relation === ">=")) continue;
    const name = nameBefore(text, skipFillers(text, relation.start).at, whole);
    if (!name || !whole && !isMetricLike(name.name)) continue;
    const op = relation.relation;
    const [, sign, amount, percent] = match;
    let end = at + match[0].length;
    const informational = INFORMATIONAL.exec(text.slice(end));
    if (informational) end += informational[0].length;
    const written = `${op} base${sign ? ` ${sign} ${amount}${percent ? "%" : ""}` : ""}`;
    const expectation = {
      metric: name.name,
      op,
      value: Number.NaN,
      expected: written,
      relativeToBase: { sign: sign ?? "+", amount: amount ?? "0", percent: percent !== void 0 }
    };
    if (informational) expectation.informational = true;
    found.push({ expectation, start: name.start, end });
  }
  return found;
}
var CLAIM_MARK = /<=|>=|≤|≥|<|>|≈|~|±|%|=|\b(?:approximately|approx|about|around|roughly|nearly|at least|at most|no more than|no less than|within|between|less than|more than|greater than|lower than|higher than|below|above|under|over|exceeds?)\b|约|大约|大概|左右|不低于|不超过|至少|至多|以内|低于|高于|小于|大于|超过|介于/iu;
function unreadClaims(text, used, whole, quoted) {
  const claims = [];
  const pieces = /[^.;。；!?！？\n]+(?:\.(?=\d)[^.;。；!?！？\n]*)*/g;
  for (const piece of text.matchAll(pieces)) {
    const start = piece.index;
    const end = start + piece[0].length;
    let rest = "";
    for (let k = start; k < end; k++) rest += used[k] === 1 ? " " : text[k];
    rest = rest.replace(/\bIn\s?\[\s*\d+\s*\]/g, (m) => " ".repeat(m.length));
    const number = /(?<![\p{Script=Latin}\p{N}_@.\-/[])[+-]?(?:\d+(?:\.\d+)?|\.\d+)/u.exec(rest);
    if (!number || !CLAIM_MARK.test(rest)) continue;
    const words = rest.match(/[\p{L}_][\p{L}\p{N}_.@-]*|[\u3400-\u9fff]+/gu) ?? [];
    const metric = words.find((word) => namesAResult(word) || CJK_METRIC.test(word));
    if (!metric && !(whole && words.some((word) => isMetricLike(word) && !/^\d/.test(word)))) continue;
    const name = metric ?? words.find((word) => isMetricLike(word));
    if (!namesAResult(name) && /[_]/.test(name) && SETTING_WORDS.has(name.toLowerCase().split("_").pop())) continue;
    const shown2 = quoted(start, end).trim().replace(/\s+/g, " ");
    claims.push({
      expectation: unreadable(name, shown2.length > 80 ? `${shown2.slice(0, 79)}\u2026` : shown2),
      start: start + (piece[0].length - piece[0].trimStart().length),
      end
    });
  }
  return claims;
}
function unreadable(metric, written, why) {
  const shown2 = written.replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, "");
  return {
    unread: true,
    metric,
    op: "=",
    value: Number.NaN,
    expected: shown2,
    problem: `'${shown2}' reads like a claim about ${metric} but mathrepro cannot read it${why ? ` (${why})` : ""}: write NAME OP VALUE [\xB1 TOL], e.g. ${metric} >= 0.9, ${metric} \u2248 0.93 \xB1 0.01 or ${metric} < 0.02`
  };
}
function parseExpectation(written, explicit = false) {
  const claims = readClaims(written, { whole: true });
  if (claims.length === 0 || claims.some((claim) => claim.unread)) return void 0;
  const first = claims[0];
  if (claims.some((claim) => claim.start !== first.start || claim.end !== first.end)) return void 0;
  if (written.slice(0, first.start).trim() !== "" || written.slice(first.end).replace(/[.;,]\s*$/, "").trim() !== "")
    return void 0;
  const expectation = first.expectation;
  if (!explicit && (expectation.op === "=" || expectation.op === "\u2248") && !expectation.tolerance && !namesAResult(expectation.metric) && !/[≈~]/.test(written)) {
    return void 0;
  }
  return expectation;
}
function parseExpected(metric, writtenExpected) {
  const name = readableClaimText(metric).text.trim();
  if (!name) return void 0;
  const read = readClaims(`${name}: ${writtenExpected}`, { whole: true }).filter((claim) => !claim.unread);
  const expectation = read.find((claim) => claim.expectation.metric === name)?.expectation;
  if (expectation) return expectation;
  const bare = readClaims(`x: ${writtenExpected}`, { whole: true }).filter((claim) => !claim.unread && claim.expectation.metric === "x");
  if (bare.length === 0) return void 0;
  const found = bare[0].expectation;
  found.metric = name.replace(/\s*\((?:%|percent)\)\s*$/, "");
  return found;
}
function ambiguousAssignments(written) {
  const { text, offsets } = readableClaimText(written);
  const found = [];
  const pattern = /(?<![\w.\-/$\\])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s+==?\s+([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![\w.]\d)(?!\s*(?:±|\+\/-|\+-))/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (!isMetricLike(name) || namesAResult(name)) continue;
    if (name.toLowerCase().split(/[_.]/).some((part) => SETTING_WORDS.has(part)))
      continue;
    found.push({ name, start: offsets[match.index], text: match[0].trim() });
  }
  return found;
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
  let span = 0;
  for (const block of structure.textBlocks) {
    if (block.kind === "table-row") continue;
    if (doc.expectations.length > MAX_EXPECTATIONS || doc.cells.length > MAX_CELL_REFERENCES) break;
    const slice = plain.slice(block.start, block.end);
    for (const assignment of ambiguousAssignments(slice)) {
      doc.notes.push({
        message: `'${assignment.text}' is read as a setting, not checked: if it is a result to reproduce, write it with a tolerance or a comparison (${assignment.name} = 0.5 \xB1 0.01, ${assignment.name} \u2248 0.5)`,
        ...at(block.start + assignment.start)
      });
    }
    const read = readClaims(slice.replace(/\n/g, " "), { original: text.slice(block.start, block.end).replace(/\n/g, " ") });
    read.push(...wholeLineClaims(slice, read));
    const named = /* @__PURE__ */ new Map();
    const name = (path, offset) => {
      const where = at(offset);
      const source = addSource(doc, path, where);
      if (source) (named.get(where.line) ?? named.set(where.line, /* @__PURE__ */ new Set()).get(where.line)).add(source);
    };
    for (const match of slice.matchAll(PATH_IN_PROSE)) name(match[1], block.start + match.index);
    for (const link of text.slice(block.start, block.end).matchAll(/\]\(\s*<?([^\s)>]+)/g)) {
      name(link[1], block.start + link.index + link[0].length - link[1].length);
    }
    for (; span < structure.codeSpans.length && structure.codeSpans[span].start < block.end; span++) {
      const code = structure.codeSpans[span];
      if (code.start >= block.start) name(text.slice(code.contentStart, code.contentEnd), code.contentStart);
    }
    for (const found of read.sort((a, b) => a.start - b.start)) {
      const place = at(block.start + found.start);
      const sources = named.get(place.line);
      if (sources?.size === 1 && !found.expectation.source) found.expectation.source = [...sources][0];
      doc.expectations.push({ expectation: found.expectation, ...place, end: at(block.start + found.end) });
    }
    cellRefs(readableCells(slice), block.start, doc, at);
  }
  for (const span2 of structure.codeSpans) codeSpan(text, span2.contentStart, span2.contentEnd, doc, at);
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
function wholeLineClaims(slice, found) {
  const lines = [];
  for (const match of slice.matchAll(/^([ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*)([^\n]+?)[ \t]*$/gm)) {
    const start = match.index + match[1].length;
    const end = start + match[2].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const expectation = parseExpectation(match[2].replace(/[.;]$/, ""));
    if (expectation) lines.push({ expectation, start, end });
  }
  return lines;
}
function readableCells(slice) {
  return slice.replace(/In\s?[【［〔]\s*(\d+)\s*[】］〕]/g, (whole, count) => `In[${count}]`.padEnd(whole.length, " "));
}
function addSource(doc, path, where) {
  const written = path.trim().replace(/^<|>$/g, "");
  if (!SOURCE_EXTENSIONS.test(written) || /^[a-z]+:\/\//i.test(written)) return void 0;
  let clean;
  try {
    clean = decodeURIComponent(written).replace(/^\.\//, "");
  } catch {
    clean = written.replace(/^\.\//, "");
  }
  if (!doc.sources.some((s) => s.path === clean)) doc.sources.push({ path: clean, ...where });
  return clean;
}
function codeSpan(text, contentStart, contentEnd, doc, at) {
  const content = text.slice(contentStart, contentEnd);
  const expectation = parseExpectation(content);
  if (expectation) doc.expectations.push({ expectation, ...at(contentStart) });
  else if (SOURCE_EXTENSIONS.test(content.trim())) addSource(doc, content, at(contentStart));
  else if (/^\s*(?:In\s?[[【［]\s*\d+\s*[\]】］]|(?:id|tag):[\w-]+)\s*$/.test(content)) cellRefs(readableCells(content), contentStart, doc, at);
  else if (!/--|^\s*(?:\$|python|bash|sh|jupyter|pip|conda|make|cd|git)\b/.test(content)) {
    for (const found of readClaims(content, { whole: true })) {
      if (found.expectation.problem) doc.expectations.push({ expectation: found.expectation, ...at(contentStart + found.start) });
    }
  }
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
  const gates2 = block.gates;
  if (typeof gates2 === "object" && gates2 && !Array.isArray(gates2)) entries.push(...Object.entries(gates2));
  for (const [metric, entry] of entries) {
    const detailed = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry : void 0;
    const value = detailed ? detailed.expect ?? detailed.value ?? detailed.gate : entry;
    const written = String(value);
    const place = lineOf(text, contentStart, contentEnd, metric || written, at);
    const expectation = metric ? parseExpected(metric, written) : parseExpectation(written, true);
    if (!expectation) {
      doc.problems.push({ message: `'${metric ? `${metric}: ` : ""}${written}' is not an expectation (NAME OP VALUE [\xB1 TOL])`, ...place });
      continue;
    }
    if (typeof detailed?.source === "string") {
      expectation.source = detailed.source.replace(/^\.\//, "");
      addSource(doc, detailed.source, place);
    }
    if (detailed?.informational === true || detailed?.report === true) expectation.informational = true;
    doc.expectations.push({ expectation, ...place });
  }
  for (const metric of list(block.report)) {
    if (typeof metric !== "string") continue;
    const expectation = { metric, op: "=", value: Number.NaN, expected: "reported", informational: true };
    doc.expectations.push({ expectation, ...lineOf(text, contentStart, contentEnd, metric, at) });
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
var COMPARISON = /<|>|≤|≥|≈|~|±|\\(?:geq?|leq?|approx|pm)\b|\b(?:at least|at most|approximately|about|around|within)\b|约|不低于|不超过|至少|至多|以内/i;
var NAME_HEADER = /^(metric|metrics|name|measure|quantity|指标|度量|名称)/;
var VALUE_HEADER = /(expect|target|threshold|criterion|criteria|value|result|reported|reference|goal|预期|期望|目标|阈值|数值|值|结果)/;
var OPERATOR_HEADER = /^(op|operator|comparison|comparator|relation|direction|比较|关系)/;
var TOLERANCE_HEADER = /^(tol|tolerance|margin|allowed|±|误差|容差|允许)/;
var SOURCE_HEADER = /^(source|file|from|where|来源|文件)/;
function tableRows(rows, doc, at) {
  const header = rows[0]?.map((cell) => readableClaimText(cell.text).text.toLowerCase().trim()) ?? [];
  const nameColumn = header.findIndex((h) => NAME_HEADER.test(h));
  const valueColumn = header.findIndex((h, k) => k !== nameColumn && VALUE_HEADER.test(h) && !TOLERANCE_HEADER.test(h) && !SOURCE_HEADER.test(h));
  const operatorColumn = header.findIndex((h) => OPERATOR_HEADER.test(h));
  const toleranceColumn = header.findIndex((h) => TOLERANCE_HEADER.test(h));
  const sourceColumn = header.findIndex((h) => SOURCE_HEADER.test(h));
  const clean = (cell) => (cell?.text ?? "").replace(/`/g, "").trim();
  for (const cells of rows.slice(1)) {
    if (nameColumn >= 0 && valueColumn >= 0) {
      const name = clean(cells[nameColumn]);
      const value = cells[valueColumn];
      if (!name || !value || clean(value) === "" || /^[-–—]$/.test(clean(value))) continue;
      const operator = operatorColumn >= 0 ? clean(cells[operatorColumn]) : "";
      const tolerance = toleranceColumn >= 0 ? clean(cells[toleranceColumn]).replace(/^(?:±|\+\/-|\+-)\s*/, "") : "";
      const written = `${operator} ${clean(value)}${tolerance ? ` \xB1 ${tolerance}` : ""}`.trim();
      const expectation2 = parseExpected(name, written) ?? tableProblem(name, written);
      const source = sourceColumn >= 0 ? clean(cells[sourceColumn]) : "";
      if (source && SOURCE_EXTENSIONS.test(source)) {
        expectation2.source = source.replace(/^\.\//, "");
        addSource(doc, source, at(cells[sourceColumn].start));
      }
      doc.expectations.push({ expectation: expectation2, ...at(value.start) });
      continue;
    }
    if (cells.length > 1 && VALUE_HEADER.test(readableClaimText(clean(cells[0])).text.toLowerCase()) && header.slice(1).some((h) => namesAResult(h))) {
      for (let k = 1; k < cells.length; k++) {
        const name = clean(rows[0][k]);
        const value = clean(cells[k]);
        if (!name || !value) continue;
        doc.expectations.push({ expectation: parseExpected(name, value) ?? tableProblem(name, value), ...at(cells[k].start) });
      }
      continue;
    }
    let read = false;
    for (const cell of cells) {
      const expectation2 = parseExpectation(clean(cell));
      if (expectation2) {
        doc.expectations.push({ expectation: expectation2, ...at(cell.start) });
        read = true;
      }
    }
    if (read || cells.length !== 2 || !namesAResult(clean(cells[0])) || !COMPARISON.test(clean(cells[1]))) continue;
    const expectation = parseExpected(clean(cells[0]), clean(cells[1])) ?? tableProblem(clean(cells[0]), clean(cells[1]));
    doc.expectations.push({ expectation, ...at(cells[1].start) });
  }
}
function tableProblem(name, written) {
  const expectation = build(name, "=", "NaN", void 0, void 0);
  expectation.expected = written;
  expectation.problem = `'${name} | ${written}' is a row of expected metrics that mathrepro cannot read: write the value as OP VALUE [\xB1 TOL] (>= 0.9, \u2248 0.93, 0.93 \xB1 0.01) or a number`;
  return expectation;
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

// node_modules/htmlparser2/node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function replaceCodePointXML(codePoint) {
  return isInvalidCodePoint(codePoint) ? 65533 : codePoint;
}

// node_modules/htmlparser2/node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(127);
  let code = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table[char] = code++;
    }
  }
  return table;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code < 89) {
        previous += code;
        single[slot++] = previous;
      } else if (code === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/htmlparser2/node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/htmlparser2/node_modules/entities/dist/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ new Uint16Array([
  512,
  26465,
  29036,
  7,
  0,
  2,
  4,
  116,
  24638,
  116,
  24636,
  8693,
  29807,
  24610,
  621,
  1,
  0,
  0,
  3,
  112,
  24614,
  111,
  115,
  24615
]);

// node_modules/htmlparser2/node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/htmlparser2/node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["AMP"] = 38] = "AMP";
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  decodeTree;
  emitCodePoint;
  errors;
  /** The current state of the decoder. */
  state = EntityDecoderState.EntityStart;
  /** Characters that were consumed while parsing an entity. */
  consumed = 1;
  /**
   * The result of the entity.
   *
   * For named entities: the trie index of the best legacy match so far
   * (0 = none). For numeric entities: the accumulated code point.
   */
  result = 0;
  /** The current index in the decode tree. */
  treeIndex = 0;
  /**
   * Characters consumed since the last recorded legacy match, plus one.
   * Invariant at the top of the `stateNamedEntity` loop: `excess` equals
   * the number of unrecorded consumed characters + 1.
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive (read via destructuring)
  excess = 1;
  /** The mode in which the decoder is operating. */
  decodeMode = DecodingMode.Strict;
  /** The number of characters that have been consumed in the current run. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
  runConsumed = 0;
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
  }
  /**
   * Resets the instance to make it reusable.
   * @param decodeMode Entity decoding mode to use.
   */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the non-streaming `decodeWithTrie`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      default: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  // eslint-disable-next-line unicorn/consistent-class-member-order
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML
   * spec. Digit parsing matches the hex loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        result = result * 16 + digit;
        consumed += 1;
        offset += 1;
      } else {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(char, 3);
      }
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML
   * spec. Digit parsing matches the decimal loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9) {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(digit + CharCodes.ZERO, 2);
      }
      result = result * 10 + digit;
      consumed += 1;
      offset += 1;
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    if (this.consumed <= expectedLength) {
      this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint((this.decodeTree === xmlDecodeTree ? replaceCodePointXML : replaceCodePoint)(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Flush locally-tracked walk state back to the fields, then emit the
   * recorded legacy match or reject (cold path — at most once per
   * entity). Called after failed navigation (leaf node, branch miss, or
   * compact-run mismatch). In attribute mode, reject if no legacy was
   * recorded at the current node, if we descended past it, or if the
   * pending input character is an invalid attribute terminator.
   * @param consumed Locally-tracked consumed count.
   * @param excess Locally-tracked excess count.
   * @param char Pending input character (may be the mismatching char).
   * @param valueLength Value length at the current trie node.
   */
  flushAndEmitLegacyOrReject(consumed, excess, char, valueLength) {
    this.consumed = consumed;
    this.excess = excess;
    return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || excess > 1 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    const inputLength = input.length;
    const isStrict = this.decodeMode === DecodingMode.Strict;
    let { treeIndex } = this;
    let { excess } = this;
    let { consumed } = this;
    let current = decodeTree[treeIndex];
    while (offset < inputLength) {
      while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
        const char2 = input.charCodeAt(offset);
        const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
        const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (branchCount === 0) {
          if (char2 !== jumpOffset) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex += 1;
        } else {
          const slot = char2 - jumpOffset;
          if (slot >>> 0 >= branchCount) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          const stored = decodeTree[treeIndex + 1 + slot];
          if (stored === 0) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex = treeIndex + branchCount + stored & 65535;
        }
        current = decodeTree[treeIndex];
        offset += 1;
        excess += 1;
        if (offset >= inputLength)
          break;
      }
      if (offset >= inputLength)
        break;
      if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        let { runConsumed } = this;
        if (runConsumed === 0) {
          const char2 = input.charCodeAt(offset);
          if (char2 !== (current & BinTrieFlags.JUMP_TABLE)) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed = 1;
        }
        while (runConsumed < runLength) {
          if (offset >= inputLength) {
            this.treeIndex = treeIndex;
            this.excess = excess;
            this.consumed = consumed;
            this.runConsumed = runConsumed;
            return -1;
          }
          const charIndexInPacked = runConsumed - 1;
          const packedWord = decodeTree[treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = packedWord >> ((charIndexInPacked & 1) << 3) & 255;
          const char2 = input.charCodeAt(offset);
          if (char2 !== expectedChar) {
            this.runConsumed = 0;
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed += 1;
        }
        this.runConsumed = 0;
        treeIndex += 1 + (runLength >> 1);
        current = decodeTree[treeIndex];
        continue;
      }
      const valueLength = current >>> 14;
      const char = input.charCodeAt(offset);
      if (valueLength !== 0) {
        if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = treeIndex;
          consumed += excess - 1;
          excess = 1;
        }
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(treeIndex, valueLength, consumed + excess);
        }
        if (valueLength === 1) {
          return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
        }
      }
      const next = determineBranch(decodeTree, current, treeIndex + (valueLength || 1), char);
      if (next < 0) {
        return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
      }
      treeIndex = next;
      current = decodeTree[treeIndex];
      offset += 1;
      excess += 1;
    }
    if (!isStrict && current >>> 14 !== 0 && (current & BinTrieFlags.FLAG13) === 0) {
      this.result = treeIndex;
      consumed += excess - 1;
      excess = 1;
    }
    this.treeIndex = treeIndex;
    this.excess = excess;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    const { result, decodeTree } = this;
    const valueLength = decodeTree[result] >>> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    this.errors?.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   * @param result The index of the entity in the decode tree.
   * @param valueLength Encoded value length (header plus any value words).
   * @param consumed The number of characters consumed.
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & BinTrieFlags.VALUE_MASK : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   * @returns The number of characters consumed.
   */
  end() {
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      default: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["DeclarationSequence"] = 20] = "DeclarationSequence";
  State2[State2["InSpecialComment"] = 21] = "InSpecialComment";
  State2[State2["InCommentLike"] = 22] = "InCommentLike";
  State2[State2["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 24] = "InSpecialTag";
  State2[State2["InPlainText"] = 25] = "InPlainText";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Empty: new Uint8Array(0),
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 33, 62]),
  // `--!>`
  Doctype: new Uint8Array([100, 111, 99, 116, 121, 112, 101]),
  // `doctype`
  IframeEnd: new Uint8Array([60, 47, 105, 102, 114, 97, 109, 101]),
  // `</iframe`
  NoembedEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    101,
    109,
    98,
    101,
    100
  ]),
  // `</noembed`
  NoframesEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    102,
    114,
    97,
    109,
    101,
    115
  ]),
  // `</noframes`
  Plaintext: new Uint8Array([
    60,
    47,
    112,
    108,
    97,
    105,
    110,
    116,
    101,
    120,
    116
  ]),
  // `</plaintext`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var specialStartSequences = /* @__PURE__ */ new Map([
  [Sequences.IframeEnd[2], Sequences.IframeEnd],
  [Sequences.NoembedEnd[2], Sequences.NoembedEnd],
  [Sequences.Plaintext[2], Sequences.Plaintext],
  [Sequences.ScriptEnd[2], Sequences.ScriptEnd],
  [Sequences.TitleEnd[2], Sequences.TitleEnd],
  [Sequences.XmpEnd[2], Sequences.XmpEnd]
]);
var Tokenizer = class {
  cbs;
  /** The current state the tokenizer is in. */
  state = State.Text;
  /** The read buffer. */
  buffer = "";
  /** The beginning of the section that is currently being read. */
  sectionStart = 0;
  /** The index within the buffer that we are currently looking at. */
  index = 0;
  /** The start of the last entity. */
  entityStart = 0;
  /** Some behavior, eg. when decoding entities, is done while we are in another state. This keeps track of the other state type. */
  baseState = State.Text;
  /** For special parsing behavior inside of script and style tags. */
  isSpecial = false;
  /** Indicates whether the tokenizer has been paused. */
  running = true;
  /** The offset of the current buffer. */
  offset = 0;
  xmlMode;
  decodeEntities;
  recognizeSelfClosing;
  entityDecoder;
  constructor({ xmlMode = false, decodeEntities = true, recognizeSelfClosing = xmlMode }, cbs) {
    this.cbs = cbs;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.recognizeSelfClosing = recognizeSelfClosing;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  currentSequence = Sequences.Empty;
  sequenceIndex = 0;
  enterTagBody() {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State.InPlainText;
    } else if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State.Text;
    }
  }
  /**
   * Match the opening tag name against an HTML text-only tag sequence.
   *
   * Some tags share an initial prefix (`script`/`style`, `title`/`textarea`,
   * `noembed`/`noframes`), so we may switch to an alternate sequence at the
   * first distinguishing byte.  On a successful full match we fall back to
   * the normal tag-name state; a later `>` will enter raw-text, RCDATA, or
   * plaintext mode based on `currentSequence` / `isSpecial`.
   * @param c Current character code point.
   */
  stateSpecialStartSequence(c) {
    const lower = c | 32;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (this.sequenceIndex === 4 && this.currentSequence === Sequences.NoembedEnd && lower === Sequences.NoframesEnd[4]) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      if (this.xmlMode) {
        this.state = State.InDeclaration;
        this.stateInDeclaration(c);
      } else {
        this.state = State.InSpecialComment;
        this.stateInSpecialComment(c);
      }
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   * @param c Current character code point.
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Emit a comment token and return to the text state.
   * @param offset Number of characters in the end sequence that have already been matched.
   */
  emitComment(offset) {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   * @param c Current character code point.
   */
  stateInCommentLike(c) {
    if (!this.xmlMode && this.currentSequence === Sequences.CommentEnd && this.sequenceIndex <= 1 && /*
     * We're still at the very start of the comment: the only
     * characters consumed since `<!--` are the dashes that
     * advanced sequenceIndex (0 for `<!-->`, 1 for `<!--->`).
     */
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes2.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes2.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes2.Gt) {
      this.sequenceIndex = Number(c === CharCodes2.Dash);
    } else if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 3);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   * @param c Current character code point.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  /**
   * Scan raw-text / RCDATA content for the matching end tag.
   *
   * For RCDATA tags (`<title>`, `<textarea>`) entities are decoded inline.
   * For raw-text tags (`<script>`, `<style>`, etc.) we fast-forward to `<`.
   * @param c Current character code point.
   */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd || this.currentSequence === Sequences.TextareaEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      if (this.xmlMode) {
        this.state = State.InProcessingInstruction;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (this.isTagStartChar(c)) {
      this.sectionStart = this.index;
      const special = this.xmlMode || this.cbs.isInForeignContext?.() ? void 0 : specialStartSequences.get(c | 32);
      if (special === void 0) {
        this.state = State.InTagName;
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State.SpecialStartSequence;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
      if (this.xmlMode) {
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
      if (!this.xmlMode) {
        this.sectionStart = this.index + 1;
      }
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  /**
   * Handle `/` before `>` in an opening tag.
   *
   * In HTML mode, text-only tags ignore the self-closing flag and still enter
   * their raw-text/RCDATA/plaintext state unless self-closing tags are being
   * recognized. In XML mode, or for ordinary tags, the tokenizer returns to
   * regular text parsing after emitting the self-closing callback.
   * @param c Current character code point.
   */
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      if (!this.recognizeSelfClosing) {
        this.enterTagBody();
        return;
      }
      this.state = State.Text;
      this.isSpecial = false;
      this.currentSequence = Sequences.Empty;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  /**
   * Distinguish between CDATA, declarations, HTML comments, and HTML bogus
   * comments after `<!`.
   *
   * In HTML mode, only real comments and doctypes stay on declaration paths;
   * everything else becomes a bogus comment terminated by the next `>`.
   * @param c Current character code point.
   */
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Dash) {
      this.state = State.BeforeComment;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  /**
   * Continue matching `doctype` after `<!d`.
   *
   * A full `doctype` match stays on the declaration path; any other name falls
   * back to an HTML bogus comment, which matches browser behavior for
   * non-doctype `<!...>` constructs.
   * @param c Current character code point.
   */
  stateDeclarationSequence(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  /**
   * XML processing instructions (`<?...?>`).
   *
   * In HTML mode `<?` is routed to `InSpecialComment` instead, so this
   * state is only reachable in XML mode.
   * @param c Current character code point.
   */
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes2.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State.InDeclaration;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InPlainText || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.InPlainText: {
          this.index = this.buffer.length + this.offset - 1;
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.DeclarationSequence: {
          this.stateDeclarationSequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  handleTrailingCommentLikeData(endIndex) {
    if (this.state !== State.InCommentLike) {
      return false;
    }
    if (this.currentSequence === Sequences.CdataEnd) {
      if (this.xmlMode) {
        if (this.sectionStart < endIndex) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        }
      } else {
        const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
        this.cbs.oncomment(cdataStart, endIndex, 0);
      }
    } else {
      const offset = this.xmlMode ? 0 : Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }
  handleTrailingMarkupDeclaration(endIndex) {
    if (this.xmlMode) {
      switch (this.state) {
        case State.InSpecialComment:
        case State.BeforeComment:
        case State.CDATASequence:
        case State.DeclarationSequence:
        case State.InDeclaration: {
          this.cbs.ontext(this.sectionStart, endIndex);
          return true;
        }
        default: {
          return false;
        }
      }
    }
    switch (this.state) {
      case State.BeforeDeclaration:
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CDATASequence: {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      }
      case State.DeclarationSequence: {
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      }
      case State.InDeclaration: {
        return true;
      }
      default: {
        return false;
      }
    }
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.handleTrailingCommentLikeData(endIndex) || this.handleTrailingMarkupDeclaration(endIndex)) {
      return;
    }
    if (this.sectionStart >= endIndex) {
      return;
    }
    switch (this.state) {
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName: {
        break;
      }
      default: {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/Parser.js
var { fromCodePoint } = String;
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var headingTags = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["a", /* @__PURE__ */ new Set(["a"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var DOCUMENT_TYPE = "doctype";
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var svgTagNameAdjustments = /* @__PURE__ */ new Map([
  ["altglyph", "altGlyph"],
  ["altglyphdef", "altGlyphDef"],
  ["altglyphitem", "altGlyphItem"],
  ["animatecolor", "animateColor"],
  ["animatemotion", "animateMotion"],
  ["animatetransform", "animateTransform"],
  ["clippath", "clipPath"],
  ["feblend", "feBlend"],
  ["fecolormatrix", "feColorMatrix"],
  ["fecomponenttransfer", "feComponentTransfer"],
  ["fecomposite", "feComposite"],
  ["feconvolvematrix", "feConvolveMatrix"],
  ["fediffuselighting", "feDiffuseLighting"],
  ["fedisplacementmap", "feDisplacementMap"],
  ["fedistantlight", "feDistantLight"],
  ["fedropshadow", "feDropShadow"],
  ["feflood", "feFlood"],
  ["fefunca", "feFuncA"],
  ["fefuncb", "feFuncB"],
  ["fefuncg", "feFuncG"],
  ["fefuncr", "feFuncR"],
  ["fegaussianblur", "feGaussianBlur"],
  ["feimage", "feImage"],
  ["femerge", "feMerge"],
  ["femergenode", "feMergeNode"],
  ["femorphology", "feMorphology"],
  ["feoffset", "feOffset"],
  ["fepointlight", "fePointLight"],
  ["fespecularlighting", "feSpecularLighting"],
  ["fespotlight", "feSpotLight"],
  ["fetile", "feTile"],
  ["feturbulence", "feTurbulence"],
  ["foreignobject", "foreignObject"],
  ["glyphref", "glyphRef"],
  ["lineargradient", "linearGradient"],
  ["radialgradient", "radialGradient"],
  ["textpath", "textPath"]
]);
var ForeignContext;
(function(ForeignContext2) {
  ForeignContext2[ForeignContext2["None"] = 0] = "None";
  ForeignContext2[ForeignContext2["Svg"] = 1] = "Svg";
  ForeignContext2[ForeignContext2["MathML"] = 2] = "MathML";
})(ForeignContext || (ForeignContext = {}));
var reNameEnd = /\s|\//;
var Parser = class {
  options;
  /** The start index of the last event. */
  startIndex = 0;
  /** The end index of the last event. */
  endIndex = 0;
  /**
   * Store the start index of the current open tag,
   * so we can update the start index for attributes.
   */
  openTagStart = 0;
  tagname = "";
  attribname = "";
  attribvalue = "";
  attribs = null;
  stack = [];
  foreignContext;
  cbs;
  lowerCaseTagNames;
  lowerCaseAttributeNames;
  recognizeSelfClosing;
  /** We are parsing HTML. Inverse of the `xmlMode` option. */
  htmlMode;
  tokenizer;
  buffers = [];
  bufferOffset = 0;
  /** The index of the last written buffer. Used when resuming after a `pause()`. */
  writeIndex = 0;
  /** Indicates whether the parser has finished running / `.end` has been called. */
  ended = false;
  constructor(cbs, options = {}) {
    this.options = options;
    this.cbs = cbs ?? {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = options.lowerCaseTags ?? this.htmlMode;
    this.lowerCaseAttributeNames = options.lowerCaseAttributeNames ?? this.htmlMode;
    this.recognizeSelfClosing = options.recognizeSelfClosing ?? !this.htmlMode;
    this.tokenizer = new (options.Tokenizer ?? Tokenizer)(this.options, this);
    this.foreignContext = [ForeignContext.None];
    this.cbs.onparserinit?.(this);
  }
  // Tokenizer event handlers
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontext(start, endIndex) {
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }
  /**
   * @param cp Current Unicode code point.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontextentity(cp, endIndex) {
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /** @internal */
  isInForeignContext() {
    return this.foreignContext[0] !== ForeignContext.None;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   * @param name Name of the pseudo selector.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /**
   * Read a tag name from the buffer.
   *
   * When `lowerCaseTagNames` is enabled (the default in HTML mode), the name
   * is lowercased and may be adjusted for SVG casing or the `image` → `img`
   * alias.
   * @param start Start index of the tag name in the buffer.
   * @param endIndex End index of the tag name in the buffer.
   */
  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) {
      return name;
    }
    if (this.foreignContext[0] === ForeignContext.Svg) {
      return svgTagNameAdjustments.get(name) ?? name;
    }
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== void 0 && this.stack.includes(adjusted)) {
        return adjusted;
      }
    }
    if (!this.isInForeignContext()) {
      return name === "image" ? "img" : name;
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    this.emitOpenTag(this.readTagName(start, endIndex));
  }
  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === "form" && this.stack.includes("form")) {
      this.tagname = "";
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        this.popElement(true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (name === "svg") {
          this.foreignContext.unshift(ForeignContext.Svg);
        } else if (name === "math") {
          this.foreignContext.unshift(ForeignContext.MathML);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(ForeignContext.None);
        }
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index < pos; index++) {
          this.popElement(true);
        }
        this.popElement(false);
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      this.cbs.onopentagname?.("br");
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.isInForeignContext()) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  /**
   * Pop the top element off the stack, emit a close event, and maintain
   * the foreign context stack.
   * @param implied Whether this close is implied (not from an explicit end tag).
   */
  popElement(implied) {
    const element = this.stack.shift();
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) {
      this.foreignContext.shift();
    }
    this.cbs.onclosetag?.(element, implied);
  }
  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      this.popElement(!isOpenImplied);
    }
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /**
   * @param cp Current Unicode code point.
   * @internal
   */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /**
   * @param quote Quote type used for the current attribute.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribend(quote, endIndex) {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.htmlMode ? this.lowerCaseTagNames ? DOCUMENT_TYPE : value.slice(0, DOCUMENT_TYPE.length) : this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncomment(start, endIndex, offset) {
    this.endIndex = endIndex;
    this.cbs.oncomment?.(this.getSlice(start, endIndex - offset));
    this.cbs.oncommentend?.();
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncdata(start, endIndex, offset) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart?.();
      this.cbs.ontext?.(value);
      this.cbs.oncdataend?.();
    } else if (this.isInForeignContext()) {
      this.cbs.ontext?.(value);
    } else {
      this.cbs.oncomment?.(`[CDATA[${value}]]`);
      this.cbs.oncommentend?.();
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    this.cbs.onend?.();
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    this.cbs.onreset?.();
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    this.cbs.onparserinit?.(this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(ForeignContext.None);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    if (start === end) {
      return "";
    }
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
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
  const executed = { cells: notebook.cells.filter((cell) => cell.cellType === "code").map(executedCell) };
  if (notebook.executedAt) executed.executedAt = notebook.executedAt;
  return executed;
}
function executedCell(cell) {
  const texts = [];
  const html = [];
  let error;
  let result;
  for (const output of cell.outputs) {
    if (output?.output_type === "stream") texts.push(joinText(output.text));
    else if (output?.output_type === "error") error = `${output.ename ?? "Error"}: ${output.evalue ?? ""}`.trim();
    else {
      if (output?.data?.["text/html"] !== void 0) html.push(joinText(output.data["text/html"]));
      if (output?.data?.["text/plain"] !== void 0) {
        texts.push(joinText(output.data["text/plain"]));
        if (output.output_type === "execute_result") result = joinText(output.data["text/plain"]);
      } else if (output?.text !== void 0) texts.push(joinText(output.text));
    }
  }
  const executed = { index: cell.index, tags: cell.tags, executionCount: cell.executionCount, texts, html, hasOutputs: cell.outputs.length > 0 };
  const last = cell.source.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")).pop();
  if (last !== void 0 && result !== void 0) {
    executed.lastExpression = last;
    executed.result = result;
  }
  if (cell.id !== void 0) executed.id = cell.id;
  if (cell.executedAt !== void 0) executed.executedAt = cell.executedAt;
  if (error !== void 0) executed.error = error;
  return executed;
}
function namePattern(metric) {
  return metric.split(/[\s_-]+/).map(escapeRegExp).join("[\\s_-]+");
}
var UNIT_AFTER = String.raw`(?:\s?(ms|µs|us|ns|s|sec|seconds?|min|minutes?|h|hours?|GB|GiB|MB|MiB|KB|KiB|dB|fps|FPS|it/s|samples/s)(?![\p{L}\p{N}]))?`;
var PROGRESS_BAR = /\d+%\|[^|\n]*\||[█▏▎▍▌▋▊▉]{2,}|\d+\/\d+ \[[\d:<]+|it\/s\]|s\/it\]|━{3,}|\[=+>?\.*\]/;
var READABLE = /* @__PURE__ */ new WeakMap();
function readableTexts(texts) {
  let readable = READABLE.get(texts);
  if (!readable) READABLE.set(texts, readable = texts.map(readableOutput));
  return readable;
}
function readableOutput(text) {
  return normalizeForReading(withoutTerminalCodes(text)).split("\n").map((line) => line.slice(line.lastIndexOf("\r") + 1)).filter((line) => !PROGRESS_BAR.test(line)).join("\n");
}
function lastValueInTexts(texts, metric) {
  const readable = readableTexts(texts);
  const name = namePattern(metric);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}_.])['"]?${name}['"]?(?:\s*\([^()\n]{0,60}\))?\s*[:=]\s*(?:np\.\w+\(|numpy\.\w+\(|tensor\()?((?:array\()?\[[^\]\n]{0,400}\]\)?|(?:[^\s,;}\])]|,(?=\d))*(?: %)?)${UNIT_AFTER}`,
    "giu"
  );
  let last;
  let lastText = "";
  for (const text of readable) {
    for (const match of text.matchAll(pattern)) {
      last = match;
      lastText = text;
    }
  }
  if (last) {
    const grouped = /^[ \u00a0\u202f]\d{3}(?!\d)/.exec(lastText.slice(last.index + last[0].length));
    if (grouped && /^\d{1,3}$/.test(last[1])) {
      return { kind: "invalid", raw: `${last[1]}${grouped[0]}`, reason: "digits grouped with spaces: print the number without separators" };
    }
    const observation = toObservation(last[1]);
    if (observation.kind === "value" && last[2]) observation.unit = last[2];
    return observation;
  }
  const mentioned = readable.some((text) => new RegExp(String.raw`(?<![\p{L}\p{N}_.])${name}(?![\p{L}\p{N}_])`, "iu").test(text));
  return { kind: "missing", mentioned };
}
function valueInCell(cell, metric) {
  const printed = lastValueInTexts(cell.texts, metric);
  if (printed.kind !== "missing") return printed;
  const name = new RegExp(String.raw`(?<![\p{L}\p{N}_.])${namePattern(metric)}(?![\p{L}\p{N}_])`, "iu");
  if (cell.lastExpression !== void 0 && cell.result !== void 0 && expressionNames(cell.lastExpression, metric)) {
    return toObservation(unwrapped(cell.result.trim()));
  }
  for (const text of readableTexts(cell.texts)) {
    const framed = valueInFrameText(text, name);
    if (framed) return framed;
  }
  for (const html of cell.html) {
    const tabled = valueInHtml(html, name);
    if (tabled) return tabled;
  }
  const mentioned = printed.mentioned === true || cell.html.some((html) => name.test(html));
  if (mentioned) {
    return { kind: "invalid", raw: "", reason: `the cell shows ${metric}, but not in a form mathrepro reads (NAME: VALUE, a table, a DataFrame)` };
  }
  return { kind: "missing" };
}
function expressionNames(expression, metric) {
  const key = escapeRegExp(metric);
  return new RegExp(
    String.raw`^(?:float|round|np\.float64)?\(?\s*(?:[\w.]+\[\s*['"]${key}['"]\s*\]|(?:[\w]+\.)*${key.replace(/\\\./g, "\\.")})\s*(?:,\s*\d+)?\)?(?:\.item\(\))?\s*;?$`
  ).test(expression);
}
function unwrapped(result) {
  const wrapped = /^(?:np\.|numpy\.)?(?:float\d*|int\d*|tensor|array)\(\s*([^(),]+?)\s*(?:,\s*[^()]*)?\)$/.exec(result);
  return wrapped ? wrapped[1] : result;
}
function valueInFrameText(readable, name) {
  const lines = readable.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return void 0;
  if (/^(?:Name: .*, )?dtype: \w+$/.test(lines[lines.length - 1].trim())) {
    for (const line of lines.slice(0, -1).reverse()) {
      const pair = /^(.+?)\s{2,}(\S+)$/.exec(line.trim());
      if (pair && name.test(pair[1]) && pair[1].replace(name, "").trim() === "") return toObservation(pair[2]);
    }
    return void 0;
  }
  const header = lines[0].trim().split(/\s+/);
  const column = header.findIndex((cell) => name.test(cell) && cell.replace(name, "") === "");
  if (column < 0) return void 0;
  for (const line of lines.slice(1).reverse()) {
    const cells = line.trim().split(/\s+/);
    if (cells.length === header.length + 1) return toObservation(cells[column + 1]);
  }
  return void 0;
}
function valueInHtml(html, name) {
  for (const rows of htmlTables(html)) {
    const header = rows[0] ?? [];
    const column = header.findIndex((cell) => name.test(cell) && cell.replace(name, "").trim() === "");
    if (column >= 0) {
      for (const row of rows.slice(1).reverse()) if (row[column] !== void 0 && row[column] !== "") return toObservation(row[column]);
    }
    for (const row of [...rows].reverse()) {
      if (row.length >= 2 && name.test(row[0]) && row[0].replace(name, "").trim() === "") return toObservation(row[row.length - 1]);
    }
  }
  return void 0;
}
function htmlTables(html) {
  const tables2 = [];
  let row;
  let cell;
  const parser = new Parser(
    {
      onopentag(tag) {
        if (tag === "table") tables2.push([]);
        else if (tag === "tr") row = [];
        else if ((tag === "td" || tag === "th") && row) cell = "";
      },
      ontext(text) {
        if (cell !== void 0) cell += text;
      },
      onclosetag(tag) {
        if ((tag === "td" || tag === "th") && row && cell !== void 0) {
          row.push(cell.trim());
          cell = void 0;
        } else if (tag === "tr" && row) {
          tables2[tables2.length - 1]?.push(row);
          row = void 0;
        }
      }
    },
    { decodeEntities: true }
  );
  parser.write(html.slice(0, 2e6));
  parser.end();
  return tables2;
}
function valueInData(data, metric) {
  const candidates = [metric.split("."), [metric]];
  for (const path of candidates) {
    let value = data;
    for (const key of path) {
      value = typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : void 0;
    }
    if (value === void 0) continue;
    if (Array.isArray(value))
      return { kind: "invalid", raw: shallow(value), reason: `a list of ${value.length} value${value.length === 1 ? "" : "s"}, not one number` };
    if (typeof value === "object" && value !== null)
      return { kind: "invalid", raw: "{\u2026}", reason: `a mapping (keys ${Object.keys(value).slice(0, 5).join(", ")}), not one number` };
    return toObservation(String(value));
  }
  return { kind: "missing" };
}
function shallow(list) {
  const shown2 = list.slice(0, 5).map((item) => item !== null && typeof item === "object" ? Array.isArray(item) ? "[\u2026]" : "{\u2026}" : String(item));
  return `[${shown2.join(", ")}${list.length > 5 ? ", \u2026" : ""}]`;
}
function readDataFile(text, kind) {
  try {
    return kind === "json" ? JSON.parse(withPythonConstantsQuoted(text)) : loadYaml(text);
  } catch (error) {
    throw new SourceError(`not valid ${kind.toUpperCase()}: ${error.message.split("\n")[0]}`);
  }
}
function withPythonConstantsQuoted(text) {
  if (!/NaN|Infinity/.test(text)) return text;
  const UNKNOWN = 16;
  const EOF = 17;
  const scanner = createScanner(text, false);
  let out = "";
  let last = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token !== UNKNOWN) continue;
    const start = scanner.getTokenOffset();
    const word = text.slice(start, start + scanner.getTokenLength());
    if (word !== "NaN" && word !== "Infinity") continue;
    const signed = text[start - 1] === "-" ? start - 1 : start;
    out += `${text.slice(last, signed)}"${text.slice(signed, start + word.length)}"`;
    last = start + word.length;
  }
  return out + text.slice(last);
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
  if (/^(?:array\()?\[/.test(cleaned)) {
    const values = cleaned.replace(/^array\(|\)$/g, "").slice(1, -1).split(",").filter((v) => v.trim() !== "").length;
    return { kind: "invalid", raw: cleaned, reason: `a list of ${values} value${values === 1 ? "" : "s"}, not one number: print the one the claim is about` };
  }
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
  const folders = (input.resultFolders ?? []).map((folder) => ({ label: folder.label, read: memoized(folder.read) }));
  const head = loadSources(paths, read, folders, true, warnings, input.executedAfter);
  const base = input.readBaseFile ? loadSources(paths, input.readBaseFile, [], false, [], void 0) : void 0;
  const usesCounts = doc.cells.some((cell) => cell.kind === "count");
  for (const { label, notebook } of head.notebooks) {
    const ran = notebook.cells.filter((cell) => cell.executionCount !== null || cell.hasOutputs);
    if (notebook.cells.length > 0 && ran.length === 0) {
      const copy = label.replace(/\.ipynb$/i, ".nbconvert.ipynb");
      const executedCopy = copy !== label && read(copy).ok ? ` An executed copy is beside it, ${copy}: name that one in the document, or run this one.` : "";
      warnings.push({
        message: `${label} was never executed: run it first, e.g. \`jupyter nbconvert --to notebook --execute --inplace ${label}\`.${executedCopy}`
      });
      continue;
    }
    if (ran.length > 0 && ran.every((cell) => cell.executionCount === null)) {
      warnings.push({
        message: `${label} has outputs but no execution counts (stripped): its outputs are read${usesCounts ? ", and In[N] references cannot find a cell in it \u2014 use id:CELL-ID or tag:TAG" : ""}`
      });
      continue;
    }
    const order = notebook.cells.filter((c) => c.executionCount !== null).map((c) => c.executionCount);
    const outOfOrder = order.findIndex((count2, i) => i > 0 && count2 < order[i - 1]);
    if (outOfOrder > 0) {
      warnings.push({
        message: `${label} was not run top to bottom: In[${order[outOfOrder - 1]}] comes before In[${order[outOfOrder]}]; restart the kernel and run all cells`
      });
    }
  }
  for (const source of [...head.notebooks, ...head.data]) if (source.stale) warnings.push({ message: `${source.label} is stale: ${source.stale}` });
  const cellMatches = doc.cells.map((ref) => ({ ref, found: findCells(ref, head) }));
  const cells = cellMatches.map(({ ref, found }) => cellResult(ref, found));
  const requiredCells = cellMatches.flatMap(({ found }) => found);
  const baseRequired = base && requiredCells.length ? doc.cells.flatMap((ref) => findCells(ref, base)) : [];
  const results = doc.expectations.map((e) => expectationResult(e, head, requiredCells, base && { sources: base, required: baseRequired }, paths));
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    version: 1,
    file: input.file,
    summary: {
      expectations: results.length - count("info"),
      passed: count("pass"),
      failed: count("fail"),
      missing: count("missing"),
      invalid: count("invalid"),
      informational: count("info")
    },
    results,
    cells,
    warnings
  };
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
function loadSources(paths, read, folders, strict, warnings, executedAfter) {
  const sources = { notebooks: [], data: [] };
  for (const path of paths) {
    const copies = folders.flatMap((folder) => {
      const file = folder.read(path);
      return file.ok ? [{ label: `${folder.label}/${path}`, file }] : [];
    });
    if (copies.length === 0) {
      const file = read(path);
      if (!file.ok) {
        if (strict) throw new VerifyError(`${path}: ${file.reason}${folders.length ? ` (nor in ${folders.map((f) => f.label).join(", ")})` : ""}`);
        continue;
      }
      copies.push({ label: path, file });
    }
    for (const { label, file } of copies) {
      try {
        addSource2(sources, path, label, file, warnings, executedAfter);
      } catch (error) {
        if (strict && error instanceof SourceError) throw new VerifyError(`${label}: ${error.message}`);
        if (strict) throw error;
      }
    }
  }
  return sources;
}
function addSource2(sources, path, label, file, warnings, executedAfter) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".ipynb")) {
    const notebook = readExecutedNotebook(file.text);
    const source2 = { path, label, notebook };
    const stale2 = staleness(lastExecuted(notebook) ?? file.modified, executedAfter, lastExecuted(notebook) ? "executed" : "written");
    if (stale2) source2.stale = stale2;
    sources.notebooks.push(source2);
    return;
  }
  let lookup;
  if (lower.endsWith(".csv")) {
    const rows = readCsv(file.text);
    lookup = (metric) => valueInCsv(rows, metric);
  } else {
    const json = lower.endsWith(".json");
    const data = readDataFile(file.text, json ? "json" : "yaml");
    if (json)
      for (const key of duplicateKeys(file.text)) warnings.push({ message: `${label}: the key '${key}' appears twice in one object; the last one is used` });
    lookup = (metric) => valueInData(data, metric);
  }
  const source = { path, label, lookup };
  const stale = staleness(file.modified, executedAfter, "written");
  if (stale) source.stale = stale;
  sources.data.push(source);
}
function lastExecuted(notebook) {
  const times = [notebook.executedAt, ...notebook.cells.map((cell) => cell.executedAt)].filter((time) => time !== void 0).map((time) => new Date(time)).filter((date) => !Number.isNaN(date.getTime()));
  return times.length ? new Date(Math.max(...times.map((date) => date.getTime()))) : void 0;
}
function staleness(at, executedAfter, verb) {
  if (!executedAfter) return void 0;
  if (!at) return `it cannot tell when it was ${verb}, and this run's execution started ${executedAfter.toISOString()}`;
  if (at.getTime() >= executedAfter.getTime()) return void 0;
  return `${verb} ${at.toISOString()}, before this run's execution started (${executedAfter.toISOString()}): its values are not evidence of this run`;
}
function findCells(ref, sources) {
  return sources.notebooks.flatMap(
    ({ path, label, notebook, stale }) => notebook.cells.filter((cell) => ref.kind === "count" ? cell.executionCount === ref.count : ref.kind === "id" ? cell.id === ref.id : cell.tags.includes(ref.tag)).map((cell) => ({ path, label, cell, ...stale ? { stale } : {} }))
  );
}
function cellName(found) {
  return `${found.label}#${found.cell.executionCount === null ? `cell ${found.cell.index + 1}` : `In[${found.cell.executionCount}]`}`;
}
function cellResult(ref, found) {
  const at = { line: ref.line, column: ref.column };
  if (found.length === 0) {
    const hint = ref.kind === "count" ? " (execution counts change when a notebook is re-run, and stripping removes them: a cell id or tag is a stable reference)" : "";
    return { ref: ref.ref, status: "missing", source: null, message: `no code cell ${ref.ref} in the notebooks${hint}`, ...at };
  }
  const failed = found.find((f) => f.cell.error !== void 0);
  if (failed) return { ref: ref.ref, status: "error", source: cellName(failed), message: `${cellName(failed)} raised ${failed.cell.error}`, ...at };
  const notRun = found.find((f) => f.cell.executionCount === null && !f.cell.hasOutputs);
  if (notRun) return { ref: ref.ref, status: "not-executed", source: cellName(notRun), message: `${cellName(notRun)} has not been run`, ...at };
  const stale = found.find((f) => f.stale);
  if (stale) return { ref: ref.ref, status: "stale", source: cellName(stale), message: `${cellName(stale)} is stale: ${stale.stale}`, ...at };
  return { ref: ref.ref, status: "ok", source: found.map(cellName).join(", "), message: "ran without error", ...at };
}
function observe(metric, sources, required, named) {
  const fromCells = (cells) => {
    const byFile = /* @__PURE__ */ new Map();
    for (const found of cells) {
      const observation = valueInCell(found.cell, metric);
      if (observation.kind === "missing") continue;
      byFile.set(found.label, { observation, source: cellName(found), file: found.label, ...found.stale ? { stale: found.stale } : {} });
    }
    return [...byFile.values()];
  };
  const matchesNamed = (path) => named === void 0 || path === named || path.endsWith(`/${named}`);
  let candidates = fromCells(required.filter((found) => matchesNamed(found.path)));
  if (candidates.length === 0) {
    candidates = fromCells(
      sources.notebooks.filter(({ path }) => matchesNamed(path)).flatMap(({ path, label, notebook, stale }) => notebook.cells.map((cell) => ({ path, label, cell, ...stale ? { stale } : {} })))
    );
    for (const { path, label, lookup, stale } of sources.data) {
      if (!matchesNamed(path)) continue;
      const observation = lookup(metric);
      if (observation.kind !== "missing") candidates.push({ observation, source: `${label}#${metric}`, file: label, ...stale ? { stale } : {} });
    }
  }
  if (candidates.length === 0) return { observation: { kind: "missing" }, source: null, agreeing: [], conflicting: [] };
  const chosen = candidates[0];
  const same = (a, b) => a.kind === "value" && b.kind === "value" ? a.exact === b.exact && a.unit === b.unit : a.kind === b.kind && "raw" in a && "raw" in b && a.raw === b.raw;
  const agreeing = candidates.slice(1).filter((c) => same(c.observation, chosen.observation));
  const conflicting = candidates.slice(1).filter((c) => !same(c.observation, chosen.observation));
  return {
    observation: chosen.observation,
    source: chosen.source,
    ...chosen.stale ? { stale: chosen.stale } : {},
    agreeing: agreeing.map((c) => c.source),
    conflicting
  };
}
function shown(observation) {
  return observation.kind === "value" ? `${observation.raw}${observation.unit ? ` ${observation.unit}` : ""}` : observation.kind === "invalid" ? `'${observation.raw}'` : "nothing";
}
function expectationResult(e, head, required, base, paths) {
  const { expectation } = e;
  const observed = observe(expectation.metric, head, required, expectation.source);
  const { observation, source } = observed;
  const baseObservation = base ? observe(expectation.metric, base.sources, base.required, expectation.source) : void 0;
  const baseValue = baseObservation?.observation.kind === "value" && baseObservation.conflicting.length === 0 ? baseObservation.observation.value : null;
  const result = (value, status2, message) => ({
    metric: expectation.metric,
    expected: expectation.expected,
    observed: value,
    status: status2,
    source,
    base: baseValue,
    message,
    line: e.line,
    column: e.column,
    ...e.end ? { endLine: e.end.line, endColumn: e.end.column } : {}
  });
  const change = (value) => baseValue === null ? "" : `; base ${baseValue}${changePercent(value, baseValue)}`;
  if (expectation.problem) {
    const message = expectation.unread ? expectation.problem : `${expectation.metric} ${expectation.expected}: ${expectation.problem}, so it cannot be checked`;
    return { ...result(null, "invalid", message), source: null };
  }
  if (observed.conflicting.length > 0) {
    const all = [{ observation, source }, ...observed.conflicting];
    return result(
      null,
      "invalid",
      `${expectation.metric} is ambiguous: ${all.map((c) => `${c.source} gives ${shown(c.observation)}`).join(", ")}. Name the one to check on the claim's line (\`${expectation.metric} ${expectation.expected}\` from \`${observed.conflicting[0].file.replace(/#.*$/, "")}\`) or in the yaml block (source:)`
    );
  }
  const alsoIn = observed.agreeing.length ? ` (also given, the same, by ${observed.agreeing.join(", ")})` : "";
  if (observation.kind === "missing") {
    const where = expectation.source ?? paths.join(", ");
    const dotted = expectation.metric.includes(".") ? " (a dotted name is looked up in metrics files by key path, and in outputs only in full)" : "";
    return result(null, expectation.informational ? "info" : "missing", `no value for ${expectation.metric} in ${where}${dotted}`);
  }
  if (observation.kind === "invalid") {
    const why = observation.reason ? `: ${observation.reason}` : ", not a number";
    return result(null, "invalid", `${expectation.metric} is ${observation.raw ? `'${observation.raw}'` : "unreadable"}${why}`);
  }
  if (observed.stale) return result(null, "invalid", `${expectation.metric} = ${observation.raw} comes from ${source}, which is stale: ${observed.stale}`);
  if (expectation.unit && observation.unit && !sameUnit(expectation.unit, observation.unit)) {
    return result(
      observation.value,
      "invalid",
      `${expectation.metric} is printed in ${observation.unit}, the claim is in ${expectation.unit}: they are not compared`
    );
  }
  if (expectation.relativeToBase) {
    const gate = gateBound(expectation, baseValue);
    if (!gate) {
      const why = base ? `the base revision gives no value for ${expectation.metric}` : "there is no base revision to compare with (a gate is checked in pull requests)";
      return result(observation.value, "info", `${expectation.metric} = ${observation.raw}; not gated: ${why}${alsoIn}`);
    }
    const pass2 = meets(gate, observation.value, observation.exact);
    const verdict = `${expectation.metric} = ${observation.raw} ${pass2 ? "meets" : "misses"} ${describeBound(gate.op, gate.value, 0)} (${expectation.expected}, base ${baseValue}${changePercent(observation.value, baseValue)})${alsoIn}`;
    return result(observation.value, expectation.informational ? "info" : pass2 ? "pass" : "fail", verdict);
  }
  if (!expectation.exact) return result(observation.value, "info", `${expectation.metric} = ${observation.raw}${change(observation.value)}${alsoIn}`);
  const pass = meets(expectation, observation.value, observation.exact);
  const bound = describeBound(expectation.op, expectation.value, toleranceOf(expectation));
  const precision = expectation.precision ? ` (to the precision ${expectation.expected.replace(/^[=≈]\s*/, "")} is written to)` : "";
  const status = expectation.informational ? "info" : pass ? "pass" : "fail";
  return result(
    observation.value,
    status,
    `${expectation.metric} = ${observation.raw} ${pass ? "meets" : "misses"} ${bound}${precision}${change(observation.value)}${alsoIn}`
  );
}
var UNIT_NAMES = {
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  mins: "min",
  minute: "min",
  minutes: "min",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  \u00B5s: "us",
  fps: "FPS"
};
function sameUnit(a, b) {
  const canonical = (unit) => UNIT_NAMES[unit] ?? unit;
  return canonical(a) === canonical(b);
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

// src/app/verify.ts
function reproduceDocument(root, config, named) {
  const chosen = named || config.config.reproduce.file;
  if (chosen) return chosen;
  return existsSync(join(root, "REPRODUCE.md")) ? "REPRODUCE.md" : void 0;
}
function verifyRepository(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const file = reproduceDocument(request.root, config, request.file) ?? "REPRODUCE.md";
  const reader = repositoryReader(request.root);
  const read = request.onRead ? (path) => {
    request.onRead(path);
    return reader(path);
  } : reader;
  const document = read(file);
  if (!document.ok) throw new VerifyError(`${file}: ${document.reason}`);
  let readBaseFile;
  if (request.base) {
    const top = topLevel(request.root) ?? request.root;
    const base = resolveOrExplain(top, request.base);
    const prefix = relative2(top, request.root);
    readBaseFile = (path) => {
      const bytes = readAtRevision(top, base, join(prefix, path).split("\\").join("/"));
      return bytes ? { ok: true, text: Buffer.from(bytes).toString("utf8") } : { ok: false, reason: `not at ${request.base}` };
    };
  }
  const resultFolders = (request.resultFolders ?? []).map((folder) => {
    const full = resolve2(request.root, folder);
    if (!existsSync(full)) throw new VerifyError(`${folder}: no such results folder`);
    return { label: toPosix(relative2(request.root, full)) || ".", read: repositoryReader(full) };
  });
  return verify({
    file,
    text: document.text,
    readFile: read,
    configuredSources: config.config.reproduce.sources,
    listNotebooks: () => repositoryNotebooks(request.root),
    ...readBaseFile ? { readBaseFile } : {},
    ...resultFolders.length ? { resultFolders } : {},
    ...request.executedAfter ? { executedAfter: executionStart(request.executedAfter) } : {}
  });
}
function executionStart(written) {
  const date = /^\d+$/.test(written.trim()) ? new Date(Number(written.trim()) * 1e3) : new Date(written);
  if (Number.isNaN(date.getTime()))
    throw new VerifyError(`--executed-after '${written}' is not a time: write it as 2026-12-06T10:00:00Z or seconds since 1970`);
  return date;
}

export {
  reproduceDocument,
  verifyRepository
};
