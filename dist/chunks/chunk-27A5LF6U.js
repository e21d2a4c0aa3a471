import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  AMPERSAND,
  ANGLE_AUTOLINK,
  APOSTROPHE,
  AT_SIGN,
  BACKSLASH,
  BACKTICK,
  BARRIER,
  BacktickRuns,
  CARET,
  CJK,
  CLOSING_BRACKET,
  CLOSING_PARENTHESIS,
  COLON,
  ConfigurationError,
  DOLLAR,
  DecodingMode,
  EMULATED_COMMANDS,
  EXCLAMATION_MARK,
  EntityDecoder,
  FENCE_OPENING,
  FLOW_EXCLUDED,
  FULL_STOP,
  FenceClosers,
  FirstAhead,
  HOSTILE_COMMANDS,
  HTML_BLOCK,
  HTML_TAG_RE,
  HYPHEN,
  KATEX_KNOWS_IT,
  KATEX_ONLY,
  KatexParseError,
  LESS_THAN,
  LETTER_W,
  LineIndex,
  LineTable,
  MAX_CONFIG_BYTES,
  MAX_FORMULA_LENGTH,
  MAY_BE_HOSTILE,
  MacroContext,
  NEWLINE,
  NotebookError,
  OPENING_BRACKET,
  OPENING_PARENTHESIS,
  PREFIX,
  QUOTATION_MARK,
  SEMICOLON,
  SLASH,
  SPACE,
  TAB,
  TEXT_EXCLUDED,
  TILDE,
  TooComplexError,
  UNDERSCORE,
  addFlag,
  addedLater,
  ampersandInText,
  baseMacros,
  cannotReadSentence,
  checkGlob,
  controlSequences,
  defaultDialect,
  dialectRules,
  displayMathNotAlone,
  dollarBacktickShownAsText,
  duplicateLabel,
  duplicateTag,
  engineRefusal,
  expandsForever,
  expandsPastBudget,
  fileOffset,
  fileUnreadable,
  findTexOutsideMath,
  footnote_plugin,
  hostileTexFindings,
  htmlDecodeTree,
  htmlMayEnd,
  inRanges,
  isAsciiAlphanumeric,
  isAsciiLetter,
  isAsciiPunctuation,
  isCmarkSpace,
  isEscaped,
  isLetter,
  isMdAsciiPunct,
  isRecord,
  isSpaceOrTab,
  isWhiteSpace,
  isWordAscii,
  katexOnlyCommands,
  lastAtOrBefore,
  lastStartingAtOrBefore,
  lib_default,
  loadToolConfig,
  loadYaml,
  loneDollar,
  macroOf,
  malformedDefinition,
  markdownChangedTex,
  markdownStructure,
  mathCharacterInText,
  mathCommandInText,
  mathFenceShownAsCode,
  mathInRawHtml,
  mathInUnclosedFence,
  mayHoldDollarEntity,
  missingColumnSpecification,
  nestedTooDeeply,
  normalizeReference,
  oneFindingPerKatexOnlyCommand,
  parseError,
  parseMacros,
  parseWithBudget,
  pastEngineLimit,
  profile,
  proseInFormula,
  rawHtmlElement,
  readArgument,
  readFileBounded,
  readNotebook,
  readOptional,
  readTextBounded,
  readsVerbatimForm,
  refusalOf,
  refusedCommandFinding,
  require_picomatch,
  ruleInfo,
  secondLabels,
  secondTags,
  shownAsText,
  shownAsTextFinding,
  siteConfigUnreadable,
  siteShowsNoMath,
  sniffDialect,
  staysInside,
  strictFinding,
  swallowedText,
  tablePipes,
  texOffset,
  toPosix,
  tooComplex,
  tooLargeToCheck,
  unclosedBraceRunsOn,
  unclosedDisplayDollars,
  unclosedEnvironment,
  unclosedFence,
  unclosedFenceReadAsText,
  unclosedMath,
  undefinedCommand,
  undefinedEnvironment,
  undefinedInText,
  unknownCommand,
  unpairedDollar,
  unparsable,
  unreadableColor,
  unresolvedReference,
  unresolvedReferences,
  usesRefusedDefinition,
  withMarkdownEscapes,
  withoutFixForSite,
  withoutMarkdownEscapes,
  writeOut
} from "./chunk-G3VOV2RF.js";
import {
  __toESM
} from "./chunk-UT5ZD4FN.js";

// src/config/site-macros.ts
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
var import_picomatch = __toESM(require_picomatch(), 1);

// src/math/prepare.ts
var NONE = [];
var NEWCOMMANDS = /* @__PURE__ */ new Set(["\\newcommand", "\\renewcommand", "\\providecommand"]);
var DEFS = /* @__PURE__ */ new Set(["\\def", "\\gdef", "\\edef", "\\xdef"]);
var OPERATORS = /* @__PURE__ */ new Set(["\\DeclareMathOperator"]);
var REFERENCES = /* @__PURE__ */ new Set(["\\ref", "\\eqref"]);
var SWALLOWED = /* @__PURE__ */ new Set(["\\unicode", "\\require"]);
var RENAMED_ENVIRONMENTS = {
  eqnarray: "align",
  "eqnarray*": "align*",
  multline: "gather",
  "multline*": "gather*",
  flalign: "align",
  "flalign*": "align*",
  xalignat: "alignat",
  "xalignat*": "alignat*",
  xxalignat: "alignat"
};
var OPTIONS_DROPPED = /* @__PURE__ */ new Set(["\\bbox", "\\framebox", "\\makebox", "\\parbox", "\\enclose"]);
var TEXT_COMMANDS = new Set(
  ["text", "textrm", "textit", "textbf", "textsf", "texttt", "textup", "textnormal", "textmd", "mbox", "hbox", "intertext"].map((name) => `\\${name}`)
);
var DEFINING_COMMANDS = /* @__PURE__ */ new Set([...NEWCOMMANDS, ...DEFS, ...OPERATORS, "\\let"]);
var MAY_DEFINE = new RegExp(`\\\\(?:${[...DEFINING_COMMANDS].map((name) => name.slice(1)).join("|")})(?![A-Za-z@])`);
function mayDefine(tex) {
  if (!MAY_DEFINE.test(tex)) return false;
  for (const cs of controlSequences(tex)) if (DEFINING_COMMANDS.has(cs.name)) return true;
  return false;
}
var ALWAYS_REWRITTEN = /\\(?:label|tag|ref|eqref|unicode|require|bbox|framebox|makebox|parbox|enclose|newcommand|renewcommand|providecommand|def|gdef|edef|xdef|let|DeclareMathOperator)(?![A-Za-z@])/;
var RENAMED_ENVIRONMENT = /\\(?:begin|end)\s*\{\s*(?:eqnarray|multline|flalign|xx?alignat)/;
var COMMAND_PREAMBLE = /\\begin\s*\{(?:array|darray|subarray)\}\s*\\/;
var ARRAYS = /* @__PURE__ */ new Set(["array", "darray", "subarray"]);
var TEXT_COMMAND = /\\(?:text(?:rm|it|bf|sf|tt|up|normal|md)?|mbox|hbox|intertext)(?![A-Za-z@])/;
var TEXT_SPECIAL = /[_^&#%]/;
function* textModeCharacters(tex, reported) {
  const commands = new RegExp(TEXT_COMMAND.source, "g");
  for (let cs = commands.exec(tex); cs; cs = commands.exec(tex)) {
    if (isEscaped(tex, cs.index)) continue;
    const argument = readArgument(tex, cs.index + cs[0].length);
    if (!argument || tex[argument.start] !== "{") continue;
    let inMath = false;
    for (let k = argument.start + 1; k < argument.end - 1; k++) {
      const c = tex[k];
      if (c === "$") inMath = !inMath;
      else if (inMath) continue;
      else if (c === "\\") {
        const word = /^[A-Za-z]+/.exec(tex.slice(k + 1, k + 40))?.[0] ?? tex[k + 1] ?? "";
        yield { char: c, at: k, command: `\\${word}` };
        k += word.length;
      } else if (reported.includes(c)) yield { char: c, at: k };
    }
    commands.lastIndex = argument.end;
  }
}
function needsRewriting(tex, lenientArrays) {
  return ALWAYS_REWRITTEN.test(tex) || RENAMED_ENVIRONMENT.test(tex) || TEXT_COMMAND.test(tex) && TEXT_SPECIAL.test(tex) || lenientArrays && tex.includes("array}") && COMMAND_PREAMBLE.test(tex) || tex.includes("$");
}
function prepareFormula(tex, renderer) {
  const lenientArrays = profile(renderer).engine === "mathjax3";
  if (profile(renderer).engine === "katex" || !needsRewriting(tex, lenientArrays)) return { tex, labels: NONE, tags: NONE, refs: NONE, definitions: NONE };
  return rewrite(tex, lenientArrays);
}
function rewrite(tex, lenientArrays) {
  const prepared = { tex, labels: [], tags: [], refs: [], definitions: [] };
  let characters;
  const chars = () => characters ??= tex.split("");
  let skipUntil = 0;
  const texts = [];
  for (const cs of controlSequences(tex)) {
    if (cs.start < skipUntil) continue;
    const { name } = cs;
    if (name === "\\label" || name === "\\tag" || REFERENCES.has(name)) {
      let at = cs.end;
      if (name === "\\tag" && tex[at] === "*") at++;
      const arg = readArgument(tex, at);
      if (!arg) continue;
      const reference = { name: arg.inner.trim(), command: name, start: texOffset(cs.start), end: texOffset(arg.end) };
      if (name === "\\label") prepared.labels.push(reference);
      else if (name === "\\tag") prepared.tags.push(reference);
      else prepared.refs.push(reference);
      blankOut(tex, chars(), cs.start, arg.end, true);
      skipUntil = arg.end;
    } else if (SWALLOWED.has(name)) {
      const optional = readOptional(tex, cs.end);
      const arg = readArgument(tex, optional ? optional.end : cs.end);
      if (!arg) continue;
      blankOut(tex, chars(), cs.start, arg.end, true);
      skipUntil = arg.end;
    } else if (OPTIONS_DROPPED.has(name)) {
      let optional = readOptional(tex, cs.end);
      while (optional) {
        blankOut(tex, chars(), optional.start, optional.end, false);
        optional = readOptional(tex, optional.end);
      }
    } else if (TEXT_COMMANDS.has(name)) {
      const arg = readArgument(tex, cs.end);
      if (!arg || tex[arg.start] !== "{") continue;
      literalText(tex, chars, arg.start + 1, arg.end - 1);
      texts.push(arg);
      skipUntil = arg.end;
    } else if (name === "\\begin" || name === "\\end") {
      const arg = readArgument(tex, cs.end);
      if (lenientArrays && name === "\\begin" && arg && ARRAYS.has(arg.inner)) {
        const spec = readArgument(tex, arg.end);
        if (spec && tex[spec.start] === "\\" && spec.end - spec.start >= 2) {
          const edited2 = chars();
          for (let k = spec.start; k < spec.end; k++) edited2[k] = " ";
          edited2[spec.start] = "{";
          edited2[spec.end - 1] = "}";
        }
        continue;
      }
      const renamed = arg && RENAMED_ENVIRONMENTS[arg.inner];
      if (!arg || !renamed) continue;
      const replacement = `{${renamed}}`.padEnd(arg.end - arg.start, " ");
      const edited = chars();
      for (let k = 0; k < replacement.length; k++) edited[arg.start + k] = replacement[k];
    } else {
      const definition = readDefinition(tex, cs.start, cs.end, name);
      if (!definition) continue;
      prepared.definitions.push(definition);
      blankOut(tex, chars(), definition.start, definition.end, false);
      skipUntil = definition.end;
    }
  }
  for (let at = tex.indexOf("$"); at >= 0; at = tex.indexOf("$", at + 1)) {
    if (!isEscaped(tex, at) && !texts.some((text) => text.start < at && at < text.end)) chars()[at] = "S";
  }
  prepared.tex = characters ? characters.join("") : tex;
  return prepared;
}
function blankOut(tex, chars, start, end, asGroup) {
  for (let k = start; k < end; k++) chars[k] = tex[k] === "\n" ? "\n" : " ";
  if (asGroup && end - start >= 2) {
    chars[start] = "{";
    chars[end - 1] = "}";
  }
}
function literalText(tex, chars, start, end) {
  let inMath = false;
  for (let k = start; k < end; k++) {
    const c = tex[k];
    if (c === "\\") {
      k++;
    } else if (c === "$") {
      inMath = !inMath;
    } else if (!inMath && (c === "_" || c === "^" || c === "&" || c === "#" || c === "%")) {
      chars()[k] = " ";
    }
  }
}
function readDefinition(tex, start, afterName, command) {
  const make = (name, params, body, end, extra = {}) => {
    const definition = { command, name, params, body, start, end, install: "", ...extra };
    definition.install = installCode(definition);
    return definition;
  };
  if (NEWCOMMANDS.has(command)) {
    let at = afterName;
    if (tex[at] === "*") at++;
    const nameArg = readArgument(tex, at);
    if (!nameArg || !nameArg.inner.trim().startsWith("\\")) return void 0;
    const count = readOptional(tex, nameArg.end);
    const fallback = count ? readOptional(tex, count.end) : void 0;
    const body = readArgument(tex, (fallback ?? count ?? nameArg).end);
    if (!body) return void 0;
    const params = count ? Number.parseInt(count.inner, 10) : 0;
    if (!Number.isInteger(params) || params < 0 || params > 9) return void 0;
    const extra = fallback && params > 0 ? { defaultArg: fallback.inner } : {};
    return make(nameArg.inner.trim(), params, body.inner, body.end, extra);
  }
  if (DEFS.has(command)) {
    const nameArg = readArgument(tex, afterName);
    if (!nameArg || !nameArg.inner.startsWith("\\")) return void 0;
    const open = tex.indexOf("{", nameArg.end);
    if (open < 0) return void 0;
    const parameterText = tex.slice(nameArg.end, open);
    const body = readArgument(tex, open);
    if (!body) return void 0;
    const params = (parameterText.match(/#\d/g) ?? []).length;
    return make(nameArg.inner, params, body.inner, body.end, { parameterText });
  }
  if (OPERATORS.has(command)) {
    let at = afterName;
    const starred = tex[at] === "*";
    if (starred) at++;
    const nameArg = readArgument(tex, at);
    const body = nameArg && readArgument(tex, nameArg.end);
    if (!nameArg || !body) return void 0;
    const operator = starred ? "\\operatorname*" : "\\operatorname";
    return make(nameArg.inner.trim(), 0, `${operator}{${body.inner}}`, body.end);
  }
  if (command === "\\let") {
    const nameArg = readArgument(tex, afterName);
    if (!nameArg) return void 0;
    let at = nameArg.end;
    while (tex[at] === " " || tex[at] === "=") at++;
    const target = readArgument(tex, at);
    if (!target) return void 0;
    return make(nameArg.inner, 0, target.inner, target.end, { isLet: true });
  }
  return void 0;
}
function installCode(d) {
  if (d.isLet) return `\\global\\let${d.name}${d.body}`;
  if (d.parameterText !== void 0) return `\\gdef${d.name}${d.parameterText}{${d.body}}`;
  const params = Array.from({ length: d.params }, (_, k) => `#${k + 1}`);
  if (d.defaultArg === void 0) return `\\gdef${d.name}${params.join("")}{${d.body}}`;
  const helper = `\\mathrepro@opt@${lettersOnly(d.name)}`;
  return `\\gdef${d.name}{\\@ifnextchar[{${helper}}{${helper}[{${d.defaultArg}}]}}\\gdef${helper}[#1]${params.slice(1).join("")}{${d.body}}`;
}
function definitionsIn(tex) {
  const definitions = [];
  if (!MAY_DEFINE.test(tex)) return definitions;
  let skipUntil = 0;
  for (const cs of controlSequences(tex)) {
    if (cs.start < skipUntil || !DEFINING_COMMANDS.has(cs.name)) continue;
    const definition = readDefinition(tex, cs.start, cs.end, cs.name);
    if (!definition) continue;
    definitions.push(definition);
    skipUntil = definition.end;
  }
  return definitions;
}
function lettersOnly(name) {
  let out = "";
  for (const c of name) {
    const code = c.codePointAt(0);
    out += code.toString(16).replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]) + "z";
  }
  return out;
}

// src/config/site-html.ts
function htmlSiteMacros(html) {
  const macros = {};
  for (const [name, spec] of texDefinitions(html)) macros[name] = spec;
  for (const [name, spec] of configuredMacros(html)) macros[name] ??= spec;
  return macros;
}
function texDefinitions(html) {
  const found = [];
  const blocks = /\$\$([\s\S]*?)\$\$|\\\[([\s\S]*?)\\\]|\\\(([\s\S]*?)\\\)|<script[^>]*type=["']math\/tex[^>]*>([\s\S]*?)<\/script>/g;
  for (const block of html.matchAll(blocks)) {
    const tex = block[1] ?? block[2] ?? block[3] ?? block[4] ?? "";
    for (const definition of definitionsIn(tex)) {
      if (definition.isLet || definition.parameterText !== void 0 && /[^#\d]/.test(definition.parameterText)) continue;
      found.push([definition.name, definition.params > 0 ? [definition.body, definition.params] : definition.body]);
    }
  }
  return found;
}
function configuredMacros(script) {
  const found = [];
  for (const opening of script.matchAll(/\b[Mm]acros["']?\s*:\s*\{/g)) {
    const body = balanced(script, opening.index + opening[0].length - 1);
    if (body === void 0) continue;
    const entry = /(["']?)(\\{0,2}[A-Za-z@]+)\1\s*:\s*(?:([rR]?)(["'`])((?:\\.|(?!\4)[^\\])*)\4|[[(]\s*([rR]?)(["'`])((?:\\.|(?!\7)[^\\])*)\7\s*,\s*(\d)\s*,?\s*[\])])/g;
    for (const match of body.matchAll(entry)) {
      const name = `\\${match[2].replace(/^\\+/, "")}`;
      const raw = (match[3] ?? match[6] ?? "") !== "";
      const written = match[5] ?? match[8];
      const tex = raw ? written : jsString(written);
      found.push([name, match[9] === void 0 ? tex : [tex, Number(match[9])]]);
    }
  }
  return found;
}
function balanced(text, open) {
  let depth = 0;
  let quote;
  for (let k = open; k < text.length && k < open + 1e5; k++) {
    const c = text[k];
    if (quote) {
      if (c === "\\") k++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(open + 1, k);
  }
  return void 0;
}
function jsString(written) {
  return written.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escape) => {
    if (escape.startsWith("u{")) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.startsWith("u") && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape.startsWith("x") && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: "\n", t: "	", r: "\r" }[escape] ?? escape;
  });
}

// src/config/site-macros.ts
var SITE_FILES = ["_config.yml", "myst.yml", "conf.py", "mkdocs.yml"];
var MAX_MKDOCS_SCRIPTS = 20;
var MAX_LAYOUT_FILES = 200;
var MACRO_KEYS = [
  ["sphinx", "config", "mathjax3_config", "tex", "macros"],
  ["sphinx", "config", "mathjax_config", "TeX", "Macros"],
  ["project", "math"]
];
var WITHOUT = {
  "mkdocs.yml": "its pages are checked as an MkDocs site with Material's usual extensions (arithmatex, admonition, details, tabbed, md_in_html) and none of its macros",
  "myst.yml": "its pages are checked without the macros it defines",
  "_config.yml": "its pages are checked without what it sets: its macros, and whether it is a Jupyter Book's"
};
var MATH_NAME = /math|katex|latex|tex\b|arithmatex/i;
var MATH_SCRIPT = /mathjax|katex|tex-(?:mml|chtml|svg)/i;
var MKDOCS_WITHOUT_MATH = "its mkdocs.yml enables no math extension and loads no MathJax or KaTeX, so nothing typesets it";
function docsDirOf(config) {
  return isRecord(config) && typeof config.docs_dir === "string" ? config.docs_dir : "docs";
}
function mkdocsScripts(path, config) {
  const listed = Array.isArray(config.extra_javascript) ? config.extra_javascript : [];
  return listed.map((entry) => {
    const script = isRecord(entry) ? entry.path : entry;
    if (typeof script !== "string") return { path: void 0, local: false };
    const local = !/^[a-z]+:\/\//i.test(script);
    return { path: local ? join(dirname(path), docsDirOf(config), script) : script, local };
  });
}
function entryNames(entries) {
  if (isRecord(entries)) return Object.keys(entries);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => typeof entry === "string" ? [entry] : isRecord(entry) ? Object.keys(entry) : []);
}
var JUPYTER_BOOK_KEYS = ["execute", "parse", "sphinx", "launch_buttons", "bibtex_bibfiles", "only_build_toc_files"];
var SiteMacros = class {
  constructor(root) {
    this.root = root;
  }
  root;
  byFolder = /* @__PURE__ */ new Map();
  /** Whether a site file exists, by path: the site and the macro lookups ask of the same files. */
  existing = /* @__PURE__ */ new Map();
  jupyterBooks = /* @__PURE__ */ new Map();
  /** Each site YAML file read (its data, or undefined when it could not be read), by path: read once. */
  yamlFiles = /* @__PURE__ */ new Map();
  /** The scripts and pages of sites read, by path (undefined: not read). */
  texts = /* @__PURE__ */ new Map();
  /** The site configurations met that could not be read, by path. */
  unreadable = /* @__PURE__ */ new Map();
  /** The engine a static site's HTML loads, by the folder of its pages. */
  htmlEngines = /* @__PURE__ */ new Map();
  jupyterlabMyst;
  /** The site each folder's own build files declare (null: none). */
  sitesByFolder = /* @__PURE__ */ new Map();
  /**
   * The site that publishes a Markdown page (absolute path), from the nearest site configuration within the root,
   * and the Markdown dialect it reads the page with; undefined when none does. A page of a site is judged for the site
   * and for GitHub, where the repository is browsed.
   */
  siteOf(file) {
    for (const folder of this.foldersUp(file)) {
      const declared = this.folderSite(folder);
      if (!declared) continue;
      return !declared.includes || declared.includes(relative(folder, file)) ? declared.site : void 0;
    }
    if (Object.keys(this.forFile(file)).length === 0) return void 0;
    return { name: "the site", dialect: "jupyter", ...this.staticEngine(file) };
  }
  /** The folders from a file's own up to the root, nearest first. */
  *foldersUp(file) {
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      yield folder;
      const parent = dirname(folder);
      if (parent === folder || folder === this.root || relative(this.root, parent).startsWith("..")) return;
    }
  }
  /** The site a folder's own build files declare, read once per folder (every page below asks), or null. */
  folderSite(folder) {
    let declared = this.sitesByFolder.get(folder);
    if (declared === void 0) this.sitesByFolder.set(folder, declared = this.readFolderSite(folder));
    return declared;
  }
  readFolderSite(folder) {
    if (this.exists(join(folder, "myst.yml"))) return { site: { name: "the mystmd site", dialect: "myst", renderer: "mystmd" } };
    const config = join(folder, "_config.yml");
    if (this.exists(join(folder, "_toc.yml")) || this.exists(config) && this.isJupyterBook(config)) {
      return { site: { name: "the Jupyter Book", dialect: "myst", ...this.jupyterBookEngine(config) } };
    }
    const mkdocs = join(folder, "mkdocs.yml");
    if (this.exists(mkdocs)) {
      const config2 = this.mkdocsConfig(mkdocs);
      const site = { name: "the MkDocs site", dialect: "mkdocs", ...mkdocsReading(config2) };
      if (this.mkdocsLoadsNoMath(mkdocs, config2)) site.showsNoMath = MKDOCS_WITHOUT_MATH;
      const prefix = `${toPosix(docsDirOf(config2)).replace(/^\.\//, "").replace(/\/+$/, "")}/`;
      return { site, includes: (page) => toPosix(page).startsWith(prefix) };
    }
    if (this.exists(join(folder, "conf.py"))) return { site: { name: "the Sphinx site", dialect: "myst", renderer: this.sphinxEngine(folder) } };
    const includes = this.exists(join(folder, "config.ini")) ? d2lBookPages(join(folder, "config.ini")) : void 0;
    if (includes) return { site: { name: "the d2l book", dialect: "pandoc", renderer: "mathjax3" }, includes };
    if (this.exists(join(folder, "_quarto.yml"))) return { site: { name: "the Quarto site", dialect: "pandoc", ...quartoEngine(join(folder, "_quarto.yml")) } };
    return null;
  }
  /** The engine the nearest static site HTML above a file loads (its pages were read for their macros already). */
  staticEngine(file) {
    for (const folder of this.foldersUp(file)) {
      const engine = this.htmlEngines.get(folder);
      if (engine) return { renderer: engine };
    }
    return {};
  }
  /** The texts of a folder's files whose names match (requirements, environments), each read bounded, none through a link out. */
  folderTexts(folder, names) {
    let found;
    try {
      found = readdirSync(folder).filter((name) => names.test(name));
    } catch {
      return [];
    }
    return found.flatMap((name) => {
      const path = join(folder, name);
      const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : void 0;
      return read?.ok ? [read.text] : [];
    });
  }
  /**
   * Whether the repository installs jupyterlab-myst (an environment, requirements or pyproject file at its root or in
   * `binder/`, `.binder/`, `docs/` names it): JupyterLab then renders notebooks' Markdown as MyST, its math with
   * mystmd's KaTeX 0.15.6.
   */
  usesJupyterlabMyst() {
    if (this.jupyterlabMyst !== void 0) return this.jupyterlabMyst;
    this.jupyterlabMyst = false;
    const installs = /(?:^|[\s"'-])jupyterlab[-_]myst\b/im;
    for (const where of ["", "binder", ".binder", "docs"]) {
      const texts = this.folderTexts(join(this.root, where), /^(?:environment[^/]*\.ya?ml|requirements[^/]*\.txt|pyproject\.toml)$/i);
      if (texts.some((text) => installs.test(text))) return this.jupyterlabMyst = true;
    }
    return false;
  }
  /**
   * The MathJax a Sphinx site loads, from its `conf.py` as text: the version `mathjax_path` names, else MathJax 4 when
   * it configures `mathjax4_config`, else by the Sphinx its requirements pin (Sphinx 9 loads MathJax 4 by default,
   * sphinx-doc/sphinx#14080; before it, MathJax 3); unpinned, today's Sphinx, so MathJax 4.
   */
  sphinxEngine(folder) {
    const read = readTextBounded(join(folder, "conf.py"), MAX_CONFIG_BYTES);
    const conf = read.ok ? read.text : "";
    const path = /^\s*mathjax_path\s*=\s*[rR]?["']([^"']*)["']/m.exec(conf)?.[1];
    const named = path === void 0 ? void 0 : mathjaxVersionOf(path);
    if (named) return named === 4 ? "mathjax4" : "mathjax3";
    if (/^\s*mathjax4_config\s*=/m.test(conf)) return "mathjax4";
    const major = this.sphinxMajor(folder);
    return major !== void 0 && major < 9 ? "mathjax3" : "mathjax4";
  }
  /** The Sphinx major version a requirements file beside `conf.py` or at the root pins (`sphinx==8.2.3`, `sphinx<9`). */
  sphinxMajor(folder) {
    for (const where of [folder, this.root]) {
      for (const text of this.folderTexts(where, /^(?:requirements[^/]*\.txt|pyproject\.toml)$/i)) {
        const pin = /(?:^|["'\s])sphinx\s*(==|~=|<=|<|>=)\s*(\d+)/im.exec(text);
        if (!pin) continue;
        const major = Number(pin[2]);
        if (pin[1] === "<") return major - 1;
        if (pin[1] === ">=") return void 0;
        return major;
      }
    }
    return void 0;
  }
  /**
   * Jupyter Book 1 builds with a Sphinx before 8 (MathJax 3), unless its `_config.yml` names another MathJax
   * (`sphinx.config.mathjax_path`).
   */
  jupyterBookEngine(config) {
    const read = this.exists(config) ? readTextBounded(config, MAX_CONFIG_BYTES) : void 0;
    const path = read?.ok ? /^\s*mathjax_path\s*:\s*["']?([^"'\s#]+)/m.exec(read.text)?.[1] : void 0;
    return { renderer: path !== void 0 && mathjaxVersionOf(path) === 4 ? "mathjax4" : "mathjax3" };
  }
  /** The injected macros for a file (absolute path), from the nearest site configuration within the root. */
  forFile(file) {
    return this.forFolder(dirname(file));
  }
  forFolder(folder) {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let macros;
    for (const name of SITE_FILES) {
      const path = join(folder, name);
      if (!this.exists(path)) continue;
      if (name === "conf.py") macros ??= this.scriptMacros(path);
      else if (name === "mkdocs.yml") macros ??= this.mkdocsMacros(path);
      else macros ??= this.yamlMacros(path);
    }
    const html = this.htmlMacros(folder);
    if (html) macros = { ...html, ...macros };
    const parent = dirname(folder);
    const insideRoot = !relative(this.root, parent).startsWith("..") && parent !== folder;
    const result = macros ?? (insideRoot && folder !== this.root ? this.forFolder(parent) : {});
    this.byFolder.set(folder, result);
    return result;
  }
  /** The `macros` a script's MathJax or KaTeX configuration names (a `conf.py`, a JavaScript file), or undefined. */
  scriptMacros(path) {
    const text = this.siteText(path);
    if (text === void 0) return void 0;
    const found = configuredMacros(text);
    return found.length > 0 ? Object.fromEntries(found.reverse()) : void 0;
  }
  /** A script or page of a site (absolute path), read once; undefined when it is not read (a link out, too large, gone). */
  siteText(path) {
    if (this.texts.has(path)) return this.texts.get(path);
    const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : void 0;
    const text = read?.ok ? read.text : void 0;
    this.texts.set(path, text);
    return text;
  }
  /**
   * The macros of the scripts an `mkdocs.yml` loads (`extra_javascript`, relative to its `docs_dir`): MkDocs
   * Material's arithmatex set-up configures MathJax in one of them.
   */
  mkdocsMacros(path) {
    const config = this.mkdocsConfig(path);
    if (!isRecord(config)) return void 0;
    const scripts = mkdocsScripts(path, config).flatMap((script) => script.local && script.path.endsWith(".js") ? [script.path] : []).slice(0, MAX_MKDOCS_SCRIPTS);
    let macros;
    for (const script of scripts) {
      const found = this.scriptMacros(script);
      if (found) macros = { ...found, ...macros };
    }
    return macros;
  }
  /**
   * Whether an MkDocs site typesets no math at all, as far as its configuration says: no Markdown extension, plugin or
   * hook that may make math (arithmatex, python-markdown-math, markdown-katex, any whose name says math, TeX or KaTeX),
   * no script it loads that is or loads MathJax or KaTeX, no templates of its own (they may load either), and a theme
   * that loads none (MkDocs' own, Read the Docs', Material's: held to sites MkDocs builds in the tests). Anything it
   * cannot tell is taken to typeset.
   */
  mkdocsLoadsNoMath(path, config) {
    if (!isRecord(config) || config.hooks !== void 0) return false;
    const names = [...entryNames(config.markdown_extensions), ...entryNames(config.plugins)];
    if (names.some((name) => MATH_NAME.test(name))) return false;
    const theme = isRecord(config.theme) ? config.theme : { name: config.theme ?? "mkdocs" };
    if (theme.custom_dir !== void 0 || !["mkdocs", "readthedocs", "material"].includes(String(theme.name))) return false;
    return mkdocsScripts(path, config).every((script) => {
      if (script.path === void 0 || MATH_SCRIPT.test(script.path)) return false;
      const text = script.local ? this.siteText(script.path) : "";
      return text !== void 0 && !MATH_SCRIPT.test(text);
    });
  }
  /** An `mkdocs.yml`, its Python and `!ENV` tags as inert values; undefined when it cannot be read. */
  mkdocsConfig(path) {
    return this.siteYaml(path, loadToolConfig);
  }
  /**
   * A site's YAML file (absolute path) as `load` reads it, read once (a site's engine, its reading and its macros all
   * ask); undefined when it cannot be read, and then why is recorded (unread).
   */
  siteYaml(path, load) {
    if (this.yamlFiles.has(path)) return this.yamlFiles.get(path);
    let data;
    const read = staysInside(this.root, path) ? readTextBounded(path, MAX_CONFIG_BYTES) : void 0;
    if (!read) this.unread(path, "Not read: a link out of the repository.");
    else if (!read.ok) this.unread(path, `Not read: ${read.reason}.`);
    else {
      try {
        data = load(read.text);
      } catch (error) {
        const { reason, mark } = error;
        this.unread(path, `Not valid YAML: ${reason ?? "unreadable"}; the site generator cannot read it either.`, {
          offset: mark?.position ?? 0,
          text: read.text
        });
      }
    }
    this.yamlFiles.set(path, data);
    return data;
  }
  /** Records a site configuration that cannot be read: why, at `place`, and what the check does without it. */
  unread(path, why, place = { offset: 0, text: "" }) {
    if (this.unreadable.has(path)) return;
    const without = WITHOUT[basename(path)] ?? "the pages below it are checked without it";
    this.unreadable.set(path, { path, message: `${why} Without it, ${without}.`, ...place });
  }
  /** The macros a Jupyter Book's `_config.yml` or mystmd's `myst.yml` defines for the pages below it. */
  yamlMacros(path) {
    const data = this.siteYaml(path, basename(path) === "myst.yml" ? loadYaml : loadToolConfig);
    for (const keys of MACRO_KEYS) {
      const value = dig(data, keys);
      if (value === void 0) continue;
      try {
        return parseMacros(value, keys.join("."));
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        this.unread(path, `Its macros cannot be read: ${error.message}.`);
        return void 0;
      }
    }
    return void 0;
  }
  /** The site configurations met so far that could not be read, each once, in the order met. */
  unreadableConfigs() {
    return [...this.unreadable.values()];
  }
  htmlMacros(folder) {
    const pages = [];
    if (this.exists(join(folder, "index.html"))) pages.push(join(folder, "index.html"));
    const config = join(folder, "_config.yml");
    if (this.exists(config) && !this.isJupyterBook(config)) {
      for (const part of ["_layouts", "_includes"]) {
        const dir = join(folder, part);
        if (!this.exists(dir)) continue;
        let names = [];
        try {
          names = readdirSync(dir).sort().slice(0, MAX_LAYOUT_FILES);
        } catch {
        }
        for (const name of names) if (/\.html?$/i.test(name)) pages.push(join(dir, name));
      }
    }
    let macros;
    for (const page of pages) {
      if (!staysInside(this.root, page)) continue;
      const read = readTextBounded(page, MAX_CONFIG_BYTES);
      if (!read.ok) continue;
      const found = htmlSiteMacros(read.text);
      if (Object.keys(found).length > 0) macros = { ...found, ...macros };
      if (!this.htmlEngines.has(folder)) {
        const engine = htmlEngine(read.text);
        if (engine) this.htmlEngines.set(folder, engine);
      }
    }
    return macros;
  }
  /** Whether a `_config.yml` is a Jupyter Book's (else Jekyll's): read once, however many questions ask. */
  isJupyterBook(config) {
    let book = this.jupyterBooks.get(config);
    if (book === void 0) {
      const data = this.siteYaml(config, loadToolConfig);
      this.jupyterBooks.set(config, book = isRecord(data) && JUPYTER_BOOK_KEYS.some((key) => key in data));
    }
    return book;
  }
  exists(path) {
    let exists = this.existing.get(path);
    if (exists === void 0) this.existing.set(path, exists = existsSync(path));
    return exists;
  }
};
function d2lBookPages(config) {
  const read = readTextBounded(config, MAX_CONFIG_BYTES);
  if (!read.ok || !/^\[project\]/m.test(read.text) || !/^\[build\]/m.test(read.text)) return void 0;
  const globs = (key) => (new RegExp(`^${key}\\s*=\\s*(.*)$`, "m").exec(read.text)?.[1] ?? "").split(/\s+/).filter((glob) => glob !== "" && safeGlob(glob));
  const notebooks = globs("notebooks");
  const exclusions = globs("exclusions");
  const inBook = notebooks.length > 0 ? (0, import_picomatch.default)(notebooks, { dot: true }) : () => true;
  const excluded = exclusions.length > 0 ? (0, import_picomatch.default)(exclusions, { dot: true }) : () => false;
  return (page) => inBook(toPosix(page)) && !excluded(toPosix(page));
}
function quartoEngine(config) {
  const read = readTextBounded(config, MAX_CONFIG_BYTES);
  if (!read.ok) return {};
  const method = /html-math-method\s*:\s*(?:\n\s*method\s*:\s*)?["']?([a-z]+)/i.exec(read.text)?.[1]?.toLowerCase();
  return method === "katex" ? { renderer: "katex" } : { renderer: "mathjax3" };
}
function safeGlob(glob) {
  try {
    checkGlob(glob, "config.ini");
    return true;
  } catch {
    return false;
  }
}
function mathjaxVersionOf(path) {
  if (/mathjax(?:@\^?|\/|-)4|@mathjax\/src/i.test(path)) return 4;
  if (/mathjax(?:@\^?|\/|-)3/i.test(path)) return 3;
  return void 0;
}
function htmlEngine(html) {
  if (/katex(?:\.min)?\.(?:js|css)|docsify-katex|renderMathInElement/i.test(html)) return "katex";
  if (mathjaxVersionOf(html) === 4) return "mathjax4";
  if (/mathjax/i.test(html)) return "mathjax3";
  return void 0;
}
function dig(data, keys) {
  let value = data;
  for (const key of keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
    value = value[key];
  }
  return value;
}
function mkdocsReading(config) {
  if (config === void 0) return {};
  const superfences = extensionOptions(config, "pymdownx.superfences");
  const fences = isRecord(superfences) && Array.isArray(superfences.custom_fences) ? superfences.custom_fences : [];
  const math = fences.some((fence) => isRecord(fence) && fence.name === "math" && isArithmatexFormat(fence.format));
  const enabled = (name) => extensionOptions(config, name) !== void 0;
  const indentedBodies = [];
  if (enabled("admonition") || enabled("markdown.extensions.admonition")) indentedBodies.push("admonition");
  if (enabled("pymdownx.details")) indentedBodies.push("details");
  if (enabled("pymdownx.tabbed")) indentedBodies.push("tabbed");
  const pythonMarkdownHtml = enabled("md_in_html") || enabled("markdown.extensions.md_in_html") ? "markdown-in-html" : "raw";
  return {
    rules: { mathFences: math ? ["math"] : [], indentedBodies, pythonMarkdownHtml, ...arithmatexSyntax(extensionOptions(config, "pymdownx.arithmatex")) }
  };
}
function arithmatexSyntax(options) {
  if (!isRecord(options)) return {};
  const syntax = {};
  const names = (value) => Array.isArray(value) ? value.filter((name) => typeof name === "string") : void 0;
  const inline = names(options.inline_syntax);
  if (inline) Object.assign(syntax, { singleDollar: inline.includes("dollar"), brackets: inline.includes("round") });
  const block = names(options.block_syntax);
  if (block)
    Object.assign(syntax, { doubleDollar: block.includes("dollar"), displayBrackets: block.includes("square"), bareEnvironments: block.includes("begin") });
  if (typeof options.smart_dollar === "boolean") syntax.tightDollars = options.smart_dollar;
  return syntax;
}
function extensionOptions(config, name) {
  const extensions = isRecord(config) ? config.markdown_extensions : void 0;
  if (isRecord(extensions)) return name in extensions ? extensions[name] ?? null : void 0;
  if (!Array.isArray(extensions)) return void 0;
  for (const entry of extensions) {
    if (entry === name) return null;
    if (isRecord(entry) && name in entry) return entry[name] ?? null;
  }
  return void 0;
}
function isArithmatexFormat(format) {
  const tag = isRecord(format) ? format.tag : void 0;
  return typeof tag === "string" && tag.startsWith("tag:yaml.org,2002:python/") && /\barithmatex\./.test(tag);
}

// src/check/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
var ResultCache = class {
  /** `salt` is everything besides the file that a result depends on: the build, the configuration. */
  constructor(root, salt, folder = defaultCacheFolder()) {
    this.salt = salt;
    this.path = join2(folder, `${createHash("sha256").update(root).digest("hex").slice(0, 32)}.json`);
    try {
      const stored = JSON.parse(readFileSync(this.path, "utf8"));
      if (stored.salt === salt && stored.entries) for (const [file, entry] of Object.entries(stored.entries)) this.entries.set(file, entry);
    } catch {
    }
  }
  salt;
  entries = /* @__PURE__ */ new Map();
  changed = false;
  path;
  /** The key of a file's content with the settings it was checked under. */
  static key(bytes, settings) {
    return createHash("sha1").update(settings).update("\0").update(bytes).digest("base64");
  }
  get(file, key) {
    const entry = this.entries.get(file);
    return entry && entry.key === key ? entry.result : void 0;
  }
  set(file, key, result) {
    this.entries.set(file, { key, result });
    this.changed = true;
  }
  /** Writes the cache (atomically) when it changed; a cache that cannot be written only costs speed. */
  save() {
    if (!this.changed) return;
    try {
      mkdirSync(join2(this.path, ".."), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ salt: this.salt, entries: Object.fromEntries(this.entries) }));
      renameSync(temporary, this.path);
      this.changed = false;
    } catch {
    }
  }
};
function defaultCacheFolder() {
  if (process.env.MATHREPRO_CACHE_DIR) return process.env.MATHREPRO_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join2(homedir(), ".cache");
  return join2(base, "mathrepro");
}

// src/scan/jupyter-math.ts
var PIECES = /\$\$?|\\(?:[Bb][Ee][Gg][Ii][Nn]|[Ee][Nn][Dd])\{[A-Za-z]*\*?\}|\\[{}$]|[{}]|(?:\n\s*)+|\\\\[()[\]]/g;
var OPENERS = /\$\$?|\\[Bb][Ee][Gg][Ii][Nn]\{[A-Za-z]*\*?\}|\\\$|\\\\[([]/g;
var CLOSERS = { $: "$", $$: "$$", "\\\\(": "\\\\)", "\\\\[": "\\\\]" };
function jupyterMath(text, hidden) {
  const math = [];
  const unclosed = [];
  let open;
  let braces = 0;
  let lastCloser;
  const close = (at2, length) => {
    const { at: start, piece } = open;
    const delimiter = delimiterOf(piece);
    const environment = delimiter === "environment";
    const contentStart = environment ? start : start + piece.length;
    const contentEnd = environment ? at2 + length : at2;
    math.push({ delimiter, start, end: at2 + length, contentStart, contentEnd });
    open = void 0;
    lastCloser = void 0;
  };
  let at = 0;
  for (; ; ) {
    const pattern = open ? PIECES : OPENERS;
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) break;
    const piece = found[0];
    at = found.index;
    const next = at + piece.length;
    if (piece.startsWith("$") && hidden(at)) {
      at = next;
      continue;
    }
    if (open) {
      if (piece === open.closer) {
        if (braces > 0) lastCloser = { at, length: piece.length };
        else close(at, piece.length);
      } else if (/\n[^]*\n/.test(piece)) {
        if (lastCloser) close(lastCloser.at, lastCloser.length);
        else unclosed.push({ start: open.at, length: open.piece.length, delimiter: delimiterOf(open.piece) });
        open = void 0;
        lastCloser = void 0;
        braces = 0;
      } else if (piece === "{") {
        braces++;
      } else if (piece === "}" && braces > 0) {
        braces--;
      }
    } else if (piece in CLOSERS) {
      open = { at, piece, closer: CLOSERS[piece] };
      braces = 0;
    } else if (/^\\begin/i.test(piece)) {
      open = { at, piece, closer: `\\end${piece.slice(6)}` };
      braces = 0;
    }
    at = next;
  }
  if (open) {
    if (lastCloser) close(lastCloser.at, lastCloser.length);
    else unclosed.push({ start: open.at, length: open.piece.length, delimiter: delimiterOf(open.piece) });
  }
  return { math, unclosed };
}
function delimiterOf(piece) {
  return /^\\begin/i.test(piece) ? "environment" : piece;
}

// src/scan/sphinx-math.ts
function sphinxDisplayMath(text, lines, start, end, nowrap) {
  const parts = [[]];
  for (const line of lines) {
    if (text.slice(line[0], line[1]).trim() === "") {
      if (!nowrap && parts[parts.length - 1].length > 0) parts.push([]);
    } else {
      parts[parts.length - 1].push(line);
    }
  }
  const formulas = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    const { tex, offsets } = joinedLines(text, part, end);
    formulas.push(wrapForSphinx({ tex, display: true, delimiter: "math-fence", contentStart: offsets[0], offsets, start, end }, nowrap));
  }
  return formulas;
}
function wrapForSphinx(formula, nowrap) {
  if (nowrap || !formula.tex.includes("\\\\") || /^\s*\\begin\s*\{/.test(formula.tex)) return formula;
  const open = "\\begin{split}";
  const close = "\\end{split}";
  const offsets = formula.offsets ?? Array.from({ length: formula.tex.length + 1 }, (_, k) => formula.contentStart + k);
  const first = offsets[0];
  const last = offsets[offsets.length - 1];
  return {
    ...formula,
    tex: open + formula.tex + close,
    offsets: [...Array(open.length).fill(first), ...offsets.slice(0, -1), ...Array(close.length + 1).fill(last)]
  };
}
function joinedLines(text, lines, end) {
  let tex = "";
  const offsets = [];
  lines.forEach(([from, to], index) => {
    if (index > 0) {
      tex += "\n";
      offsets.push(lines[index - 1][1]);
    }
    tex += text.slice(from, to);
    for (let k = from; k < to; k++) offsets.push(k);
  });
  offsets.push(lines.length ? lines[lines.length - 1][1] : end);
  return { tex, offsets };
}

// src/scan/delimiter-scanner.ts
var AMS_ENVIRONMENTS = new Set(
  ["equation", "align", "alignat", "gather", "multline", "flalign", "eqnarray", "displaymath", "math"].flatMap((name) => [name, `${name}*`])
);
var JUPYTER_DELIMITERS = {
  $: ["dollar", false],
  $$: ["double-dollar", true],
  "\\\\(": ["paren", false],
  "\\\\[": ["bracket", true],
  environment: ["environment", true]
};
var DelimiterScanner = class {
  constructor(text, flags, rules, formulas, findings) {
    this.text = text;
    this.flags = flags;
    this.rules = rules;
    this.formulas = formulas;
    this.findings = findings;
  }
  text;
  flags;
  rules;
  formulas;
  findings;
  textReferences = [];
  noCloserUntil = /* @__PURE__ */ new Map();
  noEnvironmentUntil = -1;
  run() {
    const { text, flags } = this;
    const openers = /\$|\\(?![A-Za-z])|\\(?=(?:eq)?ref\{|begin\{)/g;
    for (let found = openers.exec(text); found; found = openers.exec(text)) {
      const i = found.index;
      if (flags[i] & (TEXT_EXCLUDED | FLOW_EXCLUDED | PREFIX)) continue;
      openers.lastIndex = text.charCodeAt(i) === BACKSLASH ? this.backslash(i) : this.dollar(i);
    }
  }
  /**
   * JupyterLab's way (./jupyter-math.ts): math is cut out before Markdown, then what Markdown puts in code, in an
   * HTML comment, a tag or a link destination is not typeset. Math in HTML blocks is.
   */
  runJupyter(codeSpans, fences, comments) {
    const { text, flags } = this;
    const code = [...codeSpans, ...fences].sort((a, b) => a.start - b.start);
    const scan = jupyterMath(text, (at) => inRanges(code, at));
    const commented = comments.length > 1 ? [...comments].sort((a, b) => a.start - b.start) : comments;
    const typeset = (at) => {
      const f = flags[at];
      return !(f & TEXT_EXCLUDED) && (!(f & FLOW_EXCLUDED) || (f & HTML_BLOCK) !== 0) && !inRanges(commented, at);
    };
    for (const found of scan.math) {
      if (!typeset(found.start)) continue;
      const [delimiter, display] = JUPYTER_DELIMITERS[found.delimiter];
      this.push(found.contentStart, found.contentEnd, delimiter, display, found.start, found.end);
      const formula = this.formulas[this.formulas.length - 1];
      const runOn = found.delimiter === "$" || found.delimiter === "$$" ? unclosedBraceRunsOn(text, found.start, found.contentStart, found.contentEnd) : void 0;
      if (runOn) {
        this.findings.push(runOn);
        formula.explained = true;
      } else if (found.delimiter === "$") this.swallowedText(formula.tex, found.contentStart, found.contentEnd);
    }
    for (const open of scan.unclosed) {
      if (!typeset(open.start)) continue;
      if (open.delimiter === "$") this.loneDollar(open.start);
      else if (open.delimiter === "$$") this.findings.push(unclosedDisplayDollars(open.start, true));
      else if (open.delimiter === "environment") {
        const name = text.slice(open.start + 7, open.start + open.length - 1);
        this.findings.push(unclosedEnvironment(name, open.start, open.length, true));
      }
    }
    if (this.rules.textReferences && text.includes("ref{")) {
      const sorted = this.formulas.slice().sort((a, b) => a.start - b.start);
      let next = 0;
      for (const match of text.matchAll(/\\(eqref|ref)\{([^{}\n]*)\}/g)) {
        const at = match.index;
        while (next < sorted.length && sorted[next].end <= at) next++;
        if (next < sorted.length && sorted[next].start <= at || !typeset(at)) continue;
        this.textReferences.push({ command: `\\${match[1]}`, name: match[2].trim(), start: at, end: at + match[0].length });
      }
    }
  }
  backslash(i) {
    const { text, rules } = this;
    const next = text[i + 1];
    const doubled = rules.doubledBrackets && next === "\\" && (text[i + 2] === "(" || text[i + 2] === "[");
    if (doubled || next === "(" && rules.brackets || next === "[" && (rules.displayBrackets ?? rules.brackets)) {
      const opener = doubled ? text.slice(i, i + 3) : text.slice(i, i + 2);
      const display = opener.endsWith("[");
      const closer = opener.slice(0, -1) + (display ? "]" : ")");
      const close = this.findCloser(i + opener.length, closer, { crossBlank: false, singleDollar: false });
      if (close >= 0) {
        this.push(i + opener.length, close, display ? "bracket" : "paren", display, i, close + closer.length);
        return close + closer.length;
      }
    }
    if (rules.textReferences) {
      const reference = /^\\(eqref|ref)\{([^{}\n]*)\}/.exec(text.slice(i, i + 200));
      if (reference) {
        this.textReferences.push({ command: `\\${reference[1]}`, name: reference[2].trim(), start: i, end: i + reference[0].length });
        return i + reference[0].length;
      }
    }
    if (rules.bareEnvironments && text.startsWith("\\begin{", i)) {
      const nameEnd = text.indexOf("}", i + 7);
      const name = nameEnd > 0 ? text.slice(i + 7, nameEnd) : "";
      if (AMS_ENVIRONMENTS.has(name) && i >= this.noEnvironmentUntil) {
        const end = this.findEnvironmentEnd(nameEnd + 1, name);
        if (end < 0) {
          this.findings.push(unclosedEnvironment(name, i, nameEnd + 1 - i, false));
          return nameEnd + 1;
        }
        this.push(i, end, "environment", true, i, end);
        return end;
      }
    }
    return isAsciiPunctuation(next) ? i + 2 : i + 1;
  }
  dollar(i) {
    const { text, rules } = this;
    let run = 1;
    while (text.charCodeAt(i + run) === DOLLAR) run++;
    if (run >= 2) {
      if (!rules.doubleDollar) return i + run;
      const aloneOnLine = isAloneOnLine(text, this.flags, i, i + 2);
      let close2 = this.findCloser(i + 2, "$$", { crossBlank: false, singleDollar: false });
      if (close2 < 0 && aloneOnLine) {
        const fenceClose = this.findCloser(i + 2, "$$", { crossBlank: true, singleDollar: false });
        if (fenceClose >= 0 && isAloneOnLine(text, this.flags, fenceClose, fenceClose + 2)) close2 = fenceClose;
      }
      if (close2 < 0) {
        this.findings.push(unclosedDisplayDollars(i, false));
        return i + run;
      }
      this.push(i + 2, close2, "double-dollar", true, i, close2 + 2);
      return close2 + 2;
    }
    if (!rules.singleDollar) return i + 1;
    const after = text[i + 1];
    const close = after === void 0 || rules.tightDollars && /\s/.test(after) ? -1 : this.findCloser(i + 1, "$", { crossBlank: false, singleDollar: true });
    if (close < 0) {
      this.loneDollar(i);
      return i + 1;
    }
    this.push(i + 1, close, "dollar", false, i, close + 1);
    this.swallowedText(this.formulas[this.formulas.length - 1].tex, i + 1, close);
    return close + 1;
  }
  /** A `$` that pairs with nothing: a finding unless it is a dollar sign. */
  loneDollar(i) {
    const finding = loneDollar(this.text, i);
    if (finding) this.findings.push(finding);
  }
  /** A formula that holds plain text: its dollars paired wrongly. */
  swallowedText(written, contentStart, contentEnd) {
    const finding = proseInFormula(this.text, written, contentStart, contentEnd);
    if (finding) this.findings.push(finding);
  }
  /**
   * Offset of the closing delimiter, or -1. Code spans and inline HTML inside the formula are skipped when
   * looking for it (a `$` in a code span closes nothing); blank lines and code blocks end the search.
   */
  findCloser(from, closer, options) {
    const { text, flags } = this;
    const memo = !options.crossBlank && !options.singleDollar;
    if (memo && from < (this.noCloserUntil.get(closer) ?? -1)) return -1;
    const stops = options.crossBlank ? 0 : BARRIER | FLOW_EXCLUDED;
    const first = closer.charCodeAt(0);
    for (let j = from; j < text.length; j++) {
      const f = flags[j];
      if ((f & stops) !== 0) {
        if (memo) this.noCloserUntil.set(closer, j);
        return -1;
      }
      if (f & (TEXT_EXCLUDED | PREFIX)) continue;
      const code = text.charCodeAt(j);
      if (code === first && text.startsWith(closer, j)) {
        if (!options.singleDollar) return j;
        const before = text[j - 1];
        const after = text[j + 1];
        const spaced = this.rules.tightDollars && /\s/.test(before);
        const closesHere = this.rules.closingDollarBeforeAnything || !(after !== void 0 && /[0-9]/.test(after)) && text.charCodeAt(j + 1) !== DOLLAR;
        if (j > from && !spaced && closesHere) return j;
        return -1;
      }
      if (code === BACKSLASH) j++;
    }
    if (memo) this.noCloserUntil.set(closer, text.length);
    return -1;
  }
  /**
   * Offset just past the `\end{name}` that closes an environment opened before `from`. When there is none before
   * the paragraph ends, environments opened later in that paragraph are not looked at again (bounded time).
   */
  findEnvironmentEnd(from, name) {
    const { text, flags } = this;
    const begin = `\\begin{${name}}`;
    const end = `\\end{${name}}`;
    let depth = 1;
    for (let j = from; j < text.length; j++) {
      if ((flags[j] & (BARRIER | FLOW_EXCLUDED)) !== 0) {
        this.noEnvironmentUntil = j;
        return -1;
      }
      if (text.charCodeAt(j) !== BACKSLASH) continue;
      if (text.startsWith(begin, j)) depth++;
      else if (text.startsWith(end, j) && --depth === 0) return j + end.length;
      else j++;
    }
    this.noEnvironmentUntil = text.length;
    return -1;
  }
  push(contentStart, contentEnd, delimiter, display, start, end) {
    let prefixed = false;
    for (let k = contentStart; k < contentEnd && !prefixed; k++) prefixed = (this.flags[k] & PREFIX) !== 0;
    if (!prefixed) {
      const formula = { tex: this.text.slice(contentStart, contentEnd), display, delimiter, contentStart, start, end };
      this.formulas.push(this.rules.myst && delimiter === "double-dollar" ? wrapForSphinx(formula, false) : formula);
      return;
    }
    let tex = "";
    const offsets = [];
    for (let k = contentStart; k < contentEnd; k++) {
      if (this.flags[k] & PREFIX) continue;
      tex += this.text[k];
      offsets.push(k);
    }
    offsets.push(contentEnd);
    this.formulas.push({ tex, display, delimiter, contentStart, offsets, start, end });
  }
};
function isAloneOnLine(text, flags, start, end) {
  for (let k = start - 1; k >= 0 && text[k] !== "\n"; k--) {
    if (!(flags[k] & PREFIX) && !/\s/.test(text[k])) return false;
  }
  for (let k = end; k < text.length && text[k] !== "\n"; k++) {
    if (!/\s/.test(text[k])) return false;
  }
  return true;
}

// src/scan/github-autolinks.ts
function isHostCharacter(code) {
  if (code < 128) return !isCmarkSpace(code) && !isMdAsciiPunct(code);
  return !NON_ASCII_SPACE_OR_PUNCTUATION.test(String.fromCodePoint(code));
}
var NON_ASCII_SPACE_OR_PUNCTUATION = /[\p{Zs}\p{P}]/u;
function domainLength(text, from, to, allowShort) {
  let dots = 0;
  let underscoresBefore = 0;
  let underscores = 0;
  let k = 1;
  const size = to - from;
  if (text.charCodeAt(from) >= 128) return allowShort ? 1 : 0;
  for (; k < size - 1; k++) {
    if (text.charCodeAt(from + k) === BACKSLASH && k < size - 2) k++;
    const code = text.charCodeAt(from + k);
    if (code === UNDERSCORE) underscores++;
    else if (code === FULL_STOP) {
      underscoresBefore = underscores;
      underscores = 0;
      dots++;
    } else if (code < 128) {
      if (!isHostCharacter(code) && code !== HYPHEN) break;
    } else {
      const point = text.codePointAt(from + k);
      if (isHostCharacter(point)) k += point > 65535 ? 2 : 1;
      break;
    }
  }
  if ((underscoresBefore > 0 || underscores > 0) && dots <= 10) return 0;
  return allowShort || dots > 0 ? k : 0;
}
function trimmedEnd(text, from, end) {
  let length = end - from;
  let opening = 0;
  let closing = 0;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(from + k);
    if (code === LESS_THAN) {
      length = k;
      break;
    }
    if (code === OPENING_PARENTHESIS) opening++;
    else if (code === CLOSING_PARENTHESIS) closing++;
  }
  while (length > 0) {
    const code = text.charCodeAt(from + length - 1);
    if (code === CLOSING_PARENTHESIS) {
      if (closing <= opening) return length;
      closing--;
      length--;
    } else if (`?!.,:*_~'"`.includes(text[from + length - 1])) length--;
    else if (code === SEMICOLON) {
      let at = length - 2;
      while (at > 0 && isAsciiLetter(text.charCodeAt(from + at))) at--;
      length = at < length - 2 && text.charCodeAt(from + at) === AMPERSAND ? at : length - 1;
    } else return length;
  }
  return length;
}
function runEnd(text, from, to) {
  let end = from;
  while (end < to && !isCmarkSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== LESS_THAN) end++;
  return end;
}
function urlAutolinkAt(text, colon, to) {
  if (to - colon < 4 || text.charCodeAt(colon + 1) !== SLASH || text.charCodeAt(colon + 2) !== SLASH) return void 0;
  let start = colon;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const scheme = text.slice(start, colon + 3).toLowerCase();
  if (scheme !== "http://" && scheme !== "https://" && scheme !== "ftp://") return void 0;
  if (colon + 3 >= to || !isHostCharacter(text.codePointAt(colon + 3))) return void 0;
  const domain = domainLength(text, colon + 3, to, true);
  if (domain === 0) return void 0;
  const length = trimmedEnd(text, colon, runEnd(text, colon + 3 + domain, to));
  return length === 0 ? void 0 : { start, end: colon + length };
}
function wwwAutolinkAt(text, at, to) {
  if (at > 0) {
    const before = text.charCodeAt(at - 1);
    if (!isCmarkSpace(before) && !"*_~(".includes(text[at - 1])) return void 0;
  }
  if (to - at < 4 || !text.startsWith("www.", at)) return void 0;
  const domain = domainLength(text, at, to, false);
  if (domain === 0) return void 0;
  const length = trimmedEnd(text, at, runEnd(text, at + domain, to));
  return length === 0 ? void 0 : { start: at, end: at + length };
}
var EMAIL_LOCAL = /[A-Za-z0-9.+\-_]/;
function emailAutolinks(text) {
  const found = [];
  let from = 0;
  for (let at = text.indexOf("@", from); at >= 0; at = text.indexOf("@", from)) {
    let start = at;
    let xmpp = false;
    while (start > from) {
      const char = text[start - 1];
      if (EMAIL_LOCAL.test(char)) start--;
      else if (char === ":" && (protocolBefore(text, start - 1, "mailto:", from) || protocolBefore(text, start - 1, "xmpp:", from))) {
        xmpp ||= protocolBefore(text, start - 1, "xmpp:", from);
        start--;
      } else break;
    }
    if (start === at) {
      from = at + 1;
      continue;
    }
    let length = 1;
    let dots = 0;
    let again = -1;
    for (; at + length < text.length; length++) {
      const code = text.charCodeAt(at + length);
      if (isAsciiAlphanumeric(code)) continue;
      if (code === AT_SIGN) {
        again = at + length;
        break;
      }
      if (code === FULL_STOP && at + length + 1 < text.length && isAsciiAlphanumeric(text.charCodeAt(at + length + 1))) dots++;
      else if (code === SLASH && xmpp) continue;
      else if (code !== HYPHEN && code !== UNDERSCORE) break;
    }
    if (again >= 0) {
      from = at + 1;
      continue;
    }
    const last = text.charCodeAt(at + length - 1);
    if (length < 2 || dots === 0 || !isAsciiLetter(last) && last !== FULL_STOP) {
      from = at + length;
      continue;
    }
    length = trimmedEnd(text, at, at + length);
    if (length === 0) {
      from = at + 1;
      continue;
    }
    found.push({ start, end: at + length });
    from = at + length;
  }
  return found;
}
function protocolBefore(text, colon, protocol, from) {
  const start = colon + 1 - protocol.length;
  if (start < from || !text.startsWith(protocol, start)) return false;
  return start === from || !isAsciiAlphanumeric(text.charCodeAt(start - 1));
}
var BRACKET_READING = /\\[!-/:-@[-`{-~]|[`<[\]]|:\/\/|www\./g;
function insideBrackets(text) {
  const inside = new Uint8Array(text.length + 1);
  if (!text.includes("[")) return inside;
  let open = 0;
  let backticks;
  let ahead;
  for (let at = 0; at < text.length; ) {
    BRACKET_READING.lastIndex = at;
    const match = BRACKET_READING.exec(text);
    const next = match ? match.index : text.length;
    if (open > 0) inside.fill(1, at, next);
    if (!match) break;
    at = next;
    const code = text.charCodeAt(at);
    let end = at + 1;
    if (code === BACKSLASH) end = at + 2;
    else if (code === BACKTICK) {
      let runEnd2 = at;
      while (runEnd2 < text.length && text.charCodeAt(runEnd2) === BACKTICK) runEnd2++;
      backticks ??= new BacktickRuns(text, 0, text.length);
      const closing = backticks.closing(runEnd2, runEnd2 - at);
      end = closing < 0 ? runEnd2 : closing + (runEnd2 - at);
    } else if (code === LESS_THAN) {
      const angle = angleBracketEnd(text, at, ahead ??= new FirstAhead(text));
      if (angle > 0) end = angle;
    } else if (code === COLON || code === LETTER_W) {
      const link = open > 0 ? void 0 : code === COLON ? urlAutolinkAt(text, at, text.length) : wwwAutolinkAt(text, at, text.length);
      if (link) {
        at = link.end;
        continue;
      }
    } else if (code === OPENING_BRACKET) open++;
    else if (code === CLOSING_BRACKET && open > 0) open--;
    if (open > 0) inside.fill(1, at, end);
    at = end;
  }
  return inside;
}
var CMARK_BANG = /<!(?:--(?!-?>)(?:-?[^-])*-->|\[CDATA\[|[A-Z]+[ \t\n\v\f\r])/y;
function cmarkTakesBang(text, at) {
  CMARK_BANG.lastIndex = at;
  return CMARK_BANG.test(text);
}
function angleBracketEnd(text, at, ahead) {
  ANGLE_AUTOLINK.lastIndex = at;
  if (ANGLE_AUTOLINK.test(text)) return ANGLE_AUTOLINK.lastIndex;
  if (!htmlMayEnd(text, at, text.length, ahead)) return -1;
  if (text.charCodeAt(at + 1) === EXCLAMATION_MARK && !cmarkTakesBang(text, at)) return -1;
  const html = HTML_TAG_RE.exec(text.slice(at));
  return html ? at + html[0].length : -1;
}

// src/scan/github-delimiters.ts
function blockMarkup(content) {
  const marks = [];
  if (!readLevel(content, 0, content.length, marks, {
    backticks: void 0,
    lastTextEnd: void 0,
    autolinks: content.includes("://") || content.includes("www."),
    brackets: void 0
  }))
    return void 0;
  return marks.length > 1 ? marks.sort((a, b) => a.at - b.at) : marks;
}
function codePointBefore(content, at) {
  if (at === 0) return 32;
  const low = content.charCodeAt(at - 1);
  if (low >= 56320 && low <= 57343 && at >= 2) {
    const high = content.charCodeAt(at - 2);
    if (high >= 55296 && high <= 56319) return 65536 + (high - 55296 << 10) + (low - 56320);
  }
  return low;
}
function isPunctuation(code) {
  return code < 128 ? isMdAsciiPunct(code) : UNICODE_PUNCTUATION.test(String.fromCodePoint(code));
}
var UNICODE_PUNCTUATION = new RegExp("\\p{P}", "u");
function delimiterRun(content, at, length, marker, to) {
  const { open, close } = flanking(content, at, at + length, to, marker !== UNDERSCORE);
  return { marker, at, count: length, length, open, close, previous: -1, next: -1 };
}
function flanking(content, start, end, to, splitsWords) {
  let beforeAt = start - 1;
  while (beforeAt > 0 && content.charCodeAt(beforeAt) === TILDE) beforeAt--;
  const before = start === 0 ? 32 : codePointBefore(content, beforeAt + 1);
  let afterAt = end;
  while (afterAt < to && content.charCodeAt(afterAt) === TILDE) afterAt++;
  const after = afterAt < to ? content.codePointAt(afterAt) ?? 32 : 32;
  const spaceBefore = isWhiteSpace(before);
  const spaceAfter = isWhiteSpace(after);
  const punctuationBefore = isPunctuation(before);
  const punctuationAfter = isPunctuation(after);
  const left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
  const right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
  return { open: left && (splitsWords || !right || punctuationBefore), close: right && (splitsWords || !left || punctuationAfter) };
}
var MARKUP = /\\[!-/:-@[-`{-~]|[`*_~[]|!\[/g;
var MARKUP_AND_AUTOLINKS = /\\[!-/:-@[-`{-~]|[`*_~[]|!\[|:\/\/|www\./g;
function readLevel(content, from, to, marks, found) {
  const stack = [];
  for (let at = from; at < to; ) {
    const markup = found.autolinks ? MARKUP_AND_AUTOLINKS : MARKUP;
    markup.lastIndex = at;
    const match = markup.exec(content);
    if (!match || match.index >= to) break;
    at = match.index;
    const code = content.charCodeAt(at);
    if (code === BACKSLASH) {
      at += 2;
    } else if (code === BACKTICK) {
      let end = at;
      while (end < to && content.charCodeAt(end) === BACKTICK) end++;
      found.backticks ??= new BacktickRuns(content, 0, content.length);
      const closing = found.backticks.closing(end, end - at);
      if (closing < 0) at = end;
      else {
        marks.push({ at, width: closing + (end - at) - at, kind: "code" });
        at = closing + (end - at);
      }
    } else if (code === COLON || code === LETTER_W) {
      found.brackets ??= insideBrackets(content);
      const link = found.brackets[at] ? void 0 : code === COLON ? urlAutolinkAt(content, at, content.length) : wwwAutolinkAt(content, at, content.length);
      if (!link) {
        at++;
        continue;
      }
      marks.push({ at: link.start, width: link.end - link.start, kind: "autolink" });
      at = link.end;
    } else if (code === OPENING_BRACKET || code === EXCLAMATION_MARK) {
      const image = code === EXCLAMATION_MARK;
      const link = inlineLink(content, image ? at + 1 : at, to, found);
      if (link === "parser") return false;
      if (link === "text") {
        at++;
        continue;
      }
      if (image) {
        marks.push({ at, width: link.end - at, kind: "image" });
      } else {
        const cut = { start: at, end: link.end };
        marks.push({ at, width: 1, kind: "link", cut });
        if (!readLevel(content, at + 1, link.labelEnd, marks, found)) return false;
        marks.push({ at: link.labelEnd, width: link.end - link.labelEnd, kind: "link", cut });
      }
      at = link.end;
    } else {
      let end = at;
      while (end < to && content.charCodeAt(end) === code) end++;
      const inWord = code === UNDERSCORE && at > 0 && end < to && isAsciiAlphanumeric(content.charCodeAt(at - 1)) && isAsciiAlphanumeric(content.charCodeAt(end));
      if ((code !== TILDE || end - at <= 2) && !inWord) {
        const run = delimiterRun(content, at, end - at, code, to);
        if (run.open || run.close) {
          run.previous = stack.length - 1;
          if (stack.length > 0) stack[stack.length - 1].next = stack.length;
          stack.push(run);
        }
      }
      at = end;
    }
  }
  if (stack.length > 1) for (const pair of processEmphasis(stack)) pushMarks(pair, marks);
  return true;
}
function pushMarks(pair, marks) {
  const { kind, opener, closer, used } = pair;
  if (kind === "strong") {
    marks.push({ at: opener, width: 1, kind: "silent" }, { at: opener + 1, width: 1, kind });
    marks.push({ at: closer, width: 1, kind }, { at: closer + 1, width: 1, kind: "silent" });
  } else marks.push({ at: opener, width: used, kind }, { at: closer, width: used, kind });
}
function isSpaceOrLineBreak(code) {
  return code === SPACE || code === TAB || code === NEWLINE;
}
function linkDestinationEnd(content, start, to) {
  let depth = 0;
  let at = start;
  while (at < to) {
    const code = content.charCodeAt(at);
    if (code === BACKSLASH && at + 1 < to && isMdAsciiPunct(content.charCodeAt(at + 1))) {
      at += 2;
      continue;
    }
    if (code === OPENING_PARENTHESIS) {
      if (++depth > 32) return -1;
    } else if (code === CLOSING_PARENTHESIS) {
      if (depth === 0) break;
      depth--;
    } else if (isCmarkSpace(code)) {
      if (at === start) return -1;
      break;
    }
    at++;
  }
  return at < to ? at : -1;
}
function inlineLink(content, open, to, found) {
  let labelEnd = open + 1;
  for (; labelEnd < to; labelEnd++) {
    const code = content.charCodeAt(labelEnd);
    if (code === CLOSING_BRACKET) break;
    if (code === OPENING_BRACKET || code === BACKSLASH || code === BACKTICK) {
      found.lastTextEnd ??= content.lastIndexOf("](");
      return found.lastTextEnd > open ? "parser" : "text";
    }
  }
  if (labelEnd + 1 >= to || content.charCodeAt(labelEnd + 1) !== OPENING_PARENTHESIS) return "text";
  let at = labelEnd + 2;
  while (at < to && isSpaceOrLineBreak(content.charCodeAt(at))) at++;
  if (at >= to) return "text";
  const first = content.charCodeAt(at);
  if (first === CLOSING_PARENTHESIS) return { labelEnd, end: at + 1 };
  if (first === LESS_THAN) return "parser";
  let end = linkDestinationEnd(content, at, to);
  if (end < 0) return "text";
  while (end < to && isSpaceOrLineBreak(content.charCodeAt(end))) end++;
  if (end < to && content.charCodeAt(end) === CLOSING_PARENTHESIS) return { labelEnd, end: end + 1 };
  const next = content.charCodeAt(end);
  return next === QUOTATION_MARK || next === APOSTROPHE || next === OPENING_PARENTHESIS ? "parser" : "text";
}
function processEmphasis(stack) {
  const pairs = [];
  const unlink = (index) => {
    const { previous, next } = stack[index];
    if (previous >= 0) stack[previous].next = next;
    if (next >= 0) stack[next].previous = previous;
  };
  const bottoms = /* @__PURE__ */ new Map();
  let closerIndex = stack.length > 0 ? 0 : -1;
  while (closerIndex >= 0) {
    const closer = stack[closerIndex];
    if (!closer.close) {
      closerIndex = closer.next;
      continue;
    }
    const kind = closer.marker * 4 + closer.length % 3;
    const bottom = bottoms.get(kind) ?? -1;
    let openerIndex = closer.previous;
    while (openerIndex > bottom) {
      const opener2 = stack[openerIndex];
      if (opener2.marker === closer.marker && opener2.open && !oddMatch(opener2, closer)) break;
      openerIndex = opener2.previous;
    }
    if (openerIndex <= bottom) {
      bottoms.set(kind, closer.previous);
      const next = closer.next;
      if (!closer.open) unlink(closerIndex);
      closerIndex = next;
      continue;
    }
    const opener = stack[openerIndex];
    if (closer.marker === TILDE) {
      if (opener.length === closer.length) pairs.push({ kind: "strikethrough", opener: opener.at, closer: closer.at, used: opener.length });
      opener.count = 0;
      closer.count = 0;
    } else {
      const used = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      pairs.push({ kind: used === 2 ? "strong" : "emphasis", opener: opener.at + opener.count - used, closer: closer.at, used });
      opener.count -= used;
      closer.at += used;
      closer.count -= used;
    }
    opener.next = closerIndex;
    closer.previous = openerIndex;
    if (opener.count === 0) unlink(openerIndex);
    if (closer.count === 0) {
      const next = closer.next;
      unlink(closerIndex);
      closerIndex = next;
    }
  }
  return pairs;
}
function oddMatch(opener, closer) {
  if (!opener.close && !closer.open) return false;
  return (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0);
}

// src/scan/html-elements.ts
var OpenElements = class {
  open = [];
  /** A start tag (it ends the text before it: it inserts an element). */
  start(name) {
    if (CLOSES_PARAGRAPH.has(name)) this.closeParagraph();
    if (!VOID_ELEMENTS.has(name) && this.open.length < MAX_DEPTH) this.open.push(name);
  }
  /** An end tag: whether it ends the text before it (false where the parser drops it and the text on its two sides is one). */
  end(name) {
    const { open } = this;
    if (name === "br") return true;
    if (name === "p") {
      this.closeParagraph();
      return true;
    }
    const at = open.lastIndexOf(name);
    if (at < 0) return false;
    const blockInside = open.slice(at + 1).some((inside) => SPECIAL_ELEMENTS.has(inside));
    if (FORMATTING_ELEMENTS.has(name) && blockInside) {
      open.splice(at, 1);
      return true;
    }
    if (!FORMATTING_ELEMENTS.has(name) && !BLOCK_ELEMENTS.has(name) && blockInside) return false;
    this.closeFrom(at);
    return true;
  }
  /** Whether text here is code: in a `<pre>` or a `<code>`. */
  inCode() {
    return this.open.includes("pre") || this.open.includes("code");
  }
  /** Closes the open paragraph, if any; whether there was one. */
  closeParagraph() {
    const at = this.open.lastIndexOf("p");
    if (at < 0) return false;
    this.closeFrom(at);
    return true;
  }
  /** Closes the element at `at` and those inside it; the text formatting among those is opened again. */
  closeFrom(at) {
    const reopened = this.open.slice(at + 1).filter((inside) => FORMATTING_ELEMENTS.has(inside));
    this.open.length = at;
    for (const inside of reopened) this.open.push(inside);
  }
};
var MAX_DEPTH = 512;
var FORMATTING_ELEMENTS = /* @__PURE__ */ new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);
var VOID_ELEMENTS = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
var SPECIAL_ELEMENTS = new Set(
  "address applet article aside blockquote body button caption center colgroup dd details dir div dl dt fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup html iframe li listing main marquee menu nav noembed noframes noscript object ol p plaintext pre script search section select style summary table tbody td template textarea tfoot th thead title tr ul xmp".split(
    " "
  )
);
var BLOCK_ELEMENTS = new Set(
  "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul h1 h2 h3 h4 h5 h6 li dd dt".split(
    " "
  )
);
var CLOSES_PARAGRAPH = new Set(
  "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form table hr xmp plaintext".split(
    " "
  )
);

// src/scan/github-inline.ts
function fileOffsetAt(run, k) {
  if (k >= run.text.length) return run.end;
  const piece = pieceOf(run, k);
  return run.pieceFiles[piece] + (k - run.pieceStarts[piece]);
}
function pieceOf(run, k) {
  return lastAtOrBefore(run.pieceStarts, k);
}
var RunBuilder = class {
  parts = [];
  length = 0;
  starts = [];
  files = [];
  /** Appends `text` whose characters follow one another in the file from `file` on. */
  append(text, file) {
    if (text.length === 0) return;
    const last = this.starts.length - 1;
    if (last < 0 || this.files[last] + (this.length - this.starts[last]) !== file) {
      this.starts.push(this.length);
      this.files.push(file);
    }
    this.parts.push(text);
    this.length += text.length;
  }
  /** The run so far (none when it is empty), ending at file offset `end`; the builder starts again. */
  take(end) {
    const run = this.length > 0 ? { text: this.parts.join(""), pieceStarts: this.starts, pieceFiles: this.files, end } : void 0;
    this.parts = [];
    this.length = 0;
    this.starts = [];
    this.files = [];
    return run;
  }
};
var github = new lib_default("commonmark", { html: true }).enable("strikethrough").use(footnote_plugin);
github.inline.ruler.disable("footnote_inline");
github.inline.ruler.at("footnote_ref", footnoteReference);
github.inline.ruler.at("strikethrough", tildeTokenize);
github.inline.ruler.at("backticks", codeSpan);
github.inline.ruler.at("escape", cmarkBackslash(ruleOf(github, "escape")));
github.inline.ruler.at("html_inline", cmarkHtml(ruleOf(github, "html_inline")));
github.inline.ruler.at("link", shortcutAfterParenthesis(ruleOf(github, "link"), false));
github.inline.ruler.at("image", shortcutAfterParenthesis(ruleOf(github, "image"), true));
github.inline.ruler.at("text", stoppingAtW(ruleOf(github, "text")));
github.inline.ruler.after("text", "gfm_autolink", gfmAutolink);
github.inline.ruler2.at("balance_pairs", cmarkPairs);
github.inline.ruler2.at("strikethrough", tildePostProcess);
github.inline.ruler2.disable("fragments_join");
github.validateLink = () => true;
github.normalizeLink = (url) => url;
var specDestination = github.helpers.parseLinkDestination;
github.helpers.parseLinkDestination = (source, start, max) => {
  if (source.charCodeAt(start) === LESS_THAN) return specDestination(source, start, max);
  const end = linkDestinationEnd(source, start, max);
  return end < 0 ? { ok: false, pos: 0, str: "" } : { ok: true, pos: end, str: source.slice(start, end) };
};
trackPositions(github);
function trackPositions(md) {
  const Shared = md.inline.State;
  class PositionedState extends Shared {
    /** Where the rule now running started: pending text ends there, whatever the rule did with the position. */
    ruleStart = -1;
    /** A delimiter run's powers as cmark-gfm gives them (./github-delimiters.ts: it looks past `~` beside the run). */
    scanDelims(start, canSplitWord) {
      const marker = this.src.charCodeAt(start);
      let end = start;
      while (end < this.posMax && this.src.charCodeAt(end) === marker) end++;
      const { open, close } = flanking(this.src, start, end, this.posMax, canSplitWord);
      return { can_open: open, can_close: close, length: end - start };
    }
    pushPending() {
      const token = super.pushPending();
      let end = this.ruleStart >= 0 ? this.ruleStart : this.pos;
      const { content } = token;
      if (content.length > 0 && this.src.charCodeAt(end - 1) !== content.charCodeAt(content.length - 1)) {
        while (end > 0 && this.src.charCodeAt(end - 1) === 32) end--;
      }
      token.meta = { start: end - token.content.length, end };
      return token;
    }
  }
  md.inline.State = PositionedState;
  for (const rule of [
    "gfm_autolink",
    "newline",
    "escape",
    "backticks",
    "strikethrough",
    "emphasis",
    "link",
    "image",
    "footnote_ref",
    "autolink",
    "html_inline",
    "entity"
  ]) {
    const index = md.inline.ruler.__find__(rule);
    if (index < 0) continue;
    const entry = md.inline.ruler.__rules__[index];
    const fn = entry.fn;
    entry.fn = (state, silent) => {
      const positioned = state;
      const before = state.pos;
      const outer = positioned.ruleStart;
      positioned.ruleStart = before;
      const count = state.tokens.length;
      const matched = fn(state, silent);
      positioned.ruleStart = outer;
      if (matched && !silent) {
        let at = before;
        for (let k = count; k < state.tokens.length; k++) {
          const token = state.tokens[k];
          if (token.meta) continue;
          const width = token.type === "text" ? token.content.length : token.markup.length;
          const start = token.type === "text" || token.type === "text_special" ? at : before;
          token.meta = { start, end: token.type === "text" || token.type === "text_special" ? start + width : state.pos };
          if (token.type === "text" || token.type === "text_special") at = start + width;
        }
      }
      return matched;
    };
  }
  const tokenize = md.inline.tokenize.bind(md.inline);
  md.inline.tokenize = (state) => {
    const positioned = state;
    const outer = positioned.ruleStart;
    positioned.ruleStart = -1;
    tokenize(state);
    positioned.ruleStart = outer;
  };
  md.inline.ruler.__cache__ = null;
}
var parsed;
function parsedText(text) {
  if (parsed?.text !== text) parsed = { text, next: {} };
  return parsed;
}
function nextIn(found, char, from) {
  const known = found.next[char];
  if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
  const at = found.text.indexOf(char, from);
  found.next[char] = { from, at };
  return at;
}
function codeSpan(state, silent) {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== BACKTICK) return false;
  let end = start;
  while (end < state.posMax && state.src.charCodeAt(end) === BACKTICK) end++;
  const text = parsedText(state.src);
  text.backticks ??= new BacktickRuns(state.src, 0, state.src.length);
  const length = end - start;
  const closing = text.backticks.closing(end, length);
  if (closing < 0 || closing + length > state.posMax) {
    if (!silent) state.pending += state.src.slice(start, end);
    state.pos = end;
    return true;
  }
  if (!silent) {
    const token = state.push("code_inline", "code", 0);
    token.markup = state.src.slice(start, end);
    token.content = state.src.slice(end, closing);
  }
  state.pos = closing + length;
  return true;
}
function cmarkBackslash(escape) {
  return (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== BACKSLASH) return false;
    const next = src.charCodeAt(pos + 1);
    if (pos + 1 >= state.posMax || next === NEWLINE || isMdAsciiPunct(next)) return escape(state, silent);
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos + 1;
    return true;
  };
}
function stoppingAtW(text) {
  return (state, silent) => {
    const w = nextIn(parsedText(state.src), "w", state.pos);
    if (w === state.pos) return false;
    if (w < 0 || w >= state.posMax) return text(state, silent);
    const max = state.posMax;
    state.posMax = w;
    try {
      return text(state, silent);
    } finally {
      state.posMax = max;
    }
  };
}
function gfmAutolink(state, silent) {
  const { src, pos } = state;
  const code = src.charCodeAt(pos);
  if (code !== COLON && code !== LETTER_W || state.linkLevel > 0) return false;
  const found = parsedText(src);
  found.brackets ??= insideBrackets(src);
  if (found.brackets[pos]) return false;
  const span = code === COLON ? urlAutolinkAt(src, pos, state.posMax) : wwwAutolinkAt(src, pos, state.posMax);
  if (!span) return false;
  if (!silent) {
    const scheme = pos - span.start;
    if (scheme > 0) {
      if (!state.pending.endsWith(src.slice(span.start, pos))) return false;
      const before = state.pushPending();
      before.content = before.content.slice(0, -scheme);
      before.meta.end -= scheme;
      if (before.content.length === 0) state.tokens.pop();
    }
    const meta = { start: span.start, end: span.end };
    state.push("link_open", "a", 1).meta = meta;
    const text = state.push("text", "", 0);
    text.content = src.slice(span.start, span.end);
    text.meta = meta;
    state.push("link_close", "a", -1).meta = meta;
  }
  state.pos = span.end;
  return true;
}
var noteNames = /* @__PURE__ */ new WeakMap();
function footnoteReference(state, silent) {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== OPENING_BRACKET || src.charCodeAt(pos + 1) !== CARET) return false;
  const notes = state.env.footnotes?.refs;
  if (!notes) return false;
  const end = nextIn(parsedText(src), "]", pos + 2);
  if (end < 0 || end >= state.posMax) return false;
  const name = src.slice(pos + 2, end);
  if (name.includes("[") || name.trim().length === 0) return false;
  let names = noteNames.get(notes);
  if (!names) noteNames.set(notes, names = new Set(Object.keys(notes).map((key) => normalizeReference(key.slice(1)))));
  if (!names.has(normalizeReference(name))) return false;
  if (!silent) state.push("footnote_ref", "", 0);
  state.pos = end + 1;
  return true;
}
function withoutEmails(run, runs, cuts) {
  let from = 0;
  for (const { start, end } of run.text.includes("@") ? emailAutolinks(run.text) : []) {
    if (start > from) runs.push(partOf(run, from, start));
    cuts.push({ kind: "link", start: fileOffsetAt(run, start), end: fileOffsetAt(run, end) });
    runs.push(partOf(run, start, end));
    from = end;
  }
  if (from === 0) runs.push(run);
  else if (from < run.text.length) runs.push(partOf(run, from, run.text.length));
}
function partOf(run, from, to) {
  const first = pieceOf(run, from);
  const pieceStarts = [0];
  const pieceFiles = [run.pieceFiles[first] + (from - run.pieceStarts[first])];
  for (let piece = first + 1; piece < run.pieceStarts.length && run.pieceStarts[piece] < to; piece++) {
    pieceStarts.push(run.pieceStarts[piece] - from);
    pieceFiles.push(run.pieceFiles[piece]);
  }
  return { text: run.text.slice(from, to), pieceStarts, pieceFiles, end: fileOffsetAt(run, to) };
}
function ruleOf(md, name) {
  const ruler = md.inline.ruler;
  return ruler.__rules__.find((rule) => rule.name === name).fn;
}
function shortcutAfterParenthesis(rule, image) {
  return (state, silent) => {
    const { src } = state;
    const start = state.pos;
    const bracket = image ? start + 1 : start;
    if (src.charCodeAt(bracket) !== OPENING_BRACKET || image && src.charCodeAt(start) !== EXCLAMATION_MARK) return rule(state, silent);
    const tokens = state.tokens.length;
    const metas = state.tokens_meta.length;
    const { pending, pendingLevel } = state;
    const matched = rule(state, silent);
    if (matched && src.charCodeAt(state.pos - 1) === CLOSING_PARENTHESIS) return true;
    const end = state.md.helpers.parseLinkLabel(state, bracket, !image);
    if (end < 0 || src.charCodeAt(end + 1) !== OPENING_PARENTHESIS || matched && state.pos === end + 1) return matched;
    state.tokens.length = tokens;
    state.tokens_meta.length = metas;
    state.pending = pending;
    state.pendingLevel = pendingLevel;
    state.pos = start;
    const max = state.posMax;
    state.posMax = end + 1;
    const shortcut = rule(state, silent);
    state.posMax = max;
    if (!shortcut) state.pos = start;
    return shortcut;
  };
}
function cmarkHtml(htmlInline) {
  return (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) === LESS_THAN && src.charCodeAt(pos + 1) === EXCLAMATION_MARK && !cmarkTakesBang(src, pos)) return false;
    return htmlInline(state, silent);
  };
}
function delimiterLists(state) {
  return [state.delimiters, ...(state.tokens_meta ?? []).map((meta) => meta?.delimiters ?? [])];
}
function cmarkPairs(state) {
  for (const delimiters of delimiterLists(state)) {
    const stack = [];
    for (let k = 0; k < delimiters.length; ) {
      const first = delimiters[k];
      let end = k + 1;
      if (first.marker !== TILDE)
        while (end < delimiters.length && delimiters[end].marker === first.marker && delimiters[end].token === delimiters[end - 1].token + 1) end++;
      const { marker, length, open, close } = first;
      stack.push({ marker, at: k, count: end - k, length, open, close, previous: stack.length - 1, next: -1 });
      if (stack.length > 1) stack[stack.length - 2].next = stack.length - 1;
      k = end;
    }
    for (const { kind, opener, closer } of processEmphasis(stack)) {
      if (kind === "strong") {
        delimiters[opener + 1].end = closer;
        delimiters[opener].end = closer + 1;
      } else delimiters[opener].end = closer;
    }
  }
  return true;
}
function tildeTokenize(state, silent) {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push("text", "", 0);
  token.content = "~".repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({ marker: TILDE, length: scanned.length, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
  }
  state.pos += scanned.length;
  return true;
}
function tildePostProcess(state) {
  for (const delimiters of delimiterLists(state)) {
    for (const opener of delimiters) {
      if (opener.marker !== TILDE || opener.end < 0) continue;
      const closer = delimiters[opener.end];
      const open = state.tokens[opener.token];
      const close = state.tokens[closer.token];
      open.type = "s_open";
      open.tag = "s";
      open.nesting = 1;
      open.markup = open.content;
      open.content = "";
      close.type = "s_close";
      close.tag = "s";
      close.nesting = -1;
      close.markup = close.content;
      close.content = "";
    }
  }
  return true;
}
var FILTERED_TAG = /^<\/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \t\n\v\f\r]|\/?>)/i;
var CUTS = {
  em_open: "emphasis",
  em_close: "emphasis",
  strong_open: "strong",
  strong_close: "strong",
  s_open: "strikethrough",
  s_close: "strikethrough",
  code_inline: "code",
  html_inline: "html",
  link_open: "link",
  link_close: "link",
  image: "image",
  footnote_ref: "footnote",
  hardbreak: "line-break"
};
function githubTextRuns(text, blocks, env, lines, options = {}) {
  const { parser = "when-needed", authored } = options;
  const runs = [];
  const cuts = [];
  const asWritten = [];
  const builder = new RunBuilder();
  const { references: links, footnotes: notes } = env;
  const references = Object.keys(links ?? {}).length > 0 || Object.keys(notes?.refs ?? {}).length > 0;
  const rows = new TableRows(text, lines);
  for (const block of blocks) {
    const marks = parser === "when-needed" && !needsParser(block.content, references) ? blockMarkup(block.content) : void 0;
    if (marks) {
      const same = authored?.asWritten(block, marks);
      if (same) {
        for (const formula of same) asWritten.push(formula);
        continue;
      }
      runsWithoutParser(block.content, marks, new ContentMap(text, block, lines, rows), builder, runs, cuts);
      continue;
    }
    const toFile = new ContentMap(text, block, lines, rows);
    const tokens = [];
    github.inline.parse(block.content, github, env, tokens);
    let lastEnd = 0;
    let linkDepth = 0;
    const close = () => {
      const run = builder.take(toFile.offset(lastEnd));
      if (run && linkDepth > 0) runs.push(run);
      else if (run) withoutEmails(run, runs, cuts);
    };
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      const meta = token.meta ?? { start: lastEnd, end: lastEnd };
      if (token.type === "text" || token.type === "text_special") {
        const start = token.type === "text" ? meta.start : token.content === token.markup ? rawStart(block.content, token.content, meta) : -1;
        const next = tokens[k + 1]?.type;
        const piece = token.type === "text" && (next === "softbreak" || next === "hardbreak") ? trimEndSpacesAndTabs(token.content) : token.content;
        if (start < 0) builder.append(piece, toFile.offset(meta.start));
        else if (piece.length > 0) toFile.appendRaw(builder, piece, start);
        lastEnd = start >= 0 ? start + token.content.length : meta.end;
      } else if (token.type === "html_inline" && FILTERED_TAG.test(token.content)) {
        let at = meta.start;
        for (const line of token.content.split("\n")) {
          if (at > meta.start) builder.append("\n", toFile.offset(at - 1));
          if (line.length > 0) toFile.appendRaw(builder, line, at);
          at += line.length + 1;
        }
        lastEnd = meta.end;
      } else if (token.type === "softbreak") {
        builder.append("\n", toFile.offset(meta.start));
        lastEnd = meta.start + 1;
      } else {
        close();
        const kind = CUTS[token.type];
        if (kind) cuts.push({ kind, start: toFile.offset(meta.start), end: toFile.offset(Math.min(meta.end, block.content.length)) });
        if (token.type === "link_open") linkDepth++;
        else if (token.type === "link_close") linkDepth--;
        lastEnd = meta.end;
      }
    }
    lastEnd = block.content.length;
    close();
  }
  return { runs, cuts, asWritten };
}
function htmlBlockRuns(text, blocks, lines) {
  const runs = [];
  const builder = new RunBuilder();
  const rows = new TableRows(text, lines);
  const open = new OpenElements();
  for (const block of blocks) {
    const { content } = block;
    const toFile = new ContentMap(text, block, lines, rows);
    const html = new HtmlText(content, toFile);
    const endRun = (at2) => {
      const run = builder.take(toFile.offset(at2));
      if (run) runs.push(run);
    };
    let at = 0;
    HTML_MARKUP.lastIndex = 0;
    for (let found = HTML_MARKUP.exec(content); found; found = HTML_MARKUP.exec(content)) {
      if (!open.inCode()) html.append(builder, at, found.index);
      at = found.index + found[0].length;
      const tag = TAG_NAME.exec(found[0]);
      const name = tag?.[2].toLowerCase();
      if (tag?.[1] === "/") {
        if (!open.end(name)) continue;
      } else if (name !== void 0) open.start(name);
      endRun(found.index);
      if (name !== void 0 && tag[1] === "" && RAW_TEXT_ELEMENTS.has(name)) {
        open.end(name);
        const endTag = endTags[name] ??= new RegExp(`</${name}[\\s/>]`, "gi");
        endTag.lastIndex = at;
        at = endTag.exec(content)?.index ?? content.length;
        HTML_MARKUP.lastIndex = at;
      }
    }
    if (!open.inCode()) html.append(builder, at, content.length);
    endRun(content.length);
  }
  return runs;
}
var HTML_MARKUP = /<!---?>|<!--[\s\S]*?(?:--!?>|$)|<[!?][^>]*>?|<\/(?![A-Za-z])[^>]*>?|<\/?[A-Za-z](?:=[ \t\n\f]*"[^"]*(?:"|$)|=[ \t\n\f]*'[^']*(?:'|$)|[^>])*>?/g;
var TAG_NAME = /^<(\/?)([A-Za-z][^\s/>]*)/;
var RAW_TEXT_ELEMENTS = /* @__PURE__ */ new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
var endTags = {};
var HtmlText = class {
  constructor(content, toFile) {
    this.content = content;
    this.toFile = toFile;
    this.ahead = new FirstAhead(content);
  }
  content;
  toFile;
  ahead;
  /** What the reference being read stands for, as the decoder gives it (a name may stand for two code points). */
  referenceText = "";
  references = new EntityDecoder(htmlDecodeTree, (codePoint) => {
    this.referenceText += String.fromCodePoint(codePoint);
  });
  /** Appends content[from, to) to `builder`. */
  append(builder, from, to) {
    const { content, toFile } = this;
    let at = from;
    while (at < to) {
      const stop = Math.min(this.after("\n", at), to);
      for (let ampersand = this.after("&", at); ampersand < stop; ampersand = this.after("&", ampersand + 1)) {
        const length = this.reference(ampersand);
        if (length === 0) continue;
        if (ampersand > at) toFile.appendRaw(builder, content.slice(at, ampersand), at);
        builder.append(this.referenceText, toFile.offset(ampersand));
        at = ampersand + length;
      }
      if (stop > at) toFile.appendRaw(builder, content.slice(at, stop), at);
      if (stop < to) builder.append("\n", toFile.offset(stop));
      at = stop + 1;
    }
  }
  /** The length of the character reference at the `&` at `at` (0 for none); what it stands for is `referenceText`. */
  reference(at) {
    this.referenceText = "";
    this.references.startEntity(DecodingMode.Legacy);
    const length = this.references.write(this.content, at + 1);
    return length < 0 ? this.references.end() : length;
  }
  /** The first place of `what` at or after `at`, or the content's length. */
  after(what, at) {
    const found = this.ahead.next(what, at);
    return found < 0 ? this.content.length : found;
  }
};
function trimEndSpacesAndTabs(text) {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
function needsParser(content, references) {
  for (let at = content.indexOf("<"); at >= 0; at = content.indexOf("<", at + 1))
    if (at + 1 < content.length && mayStartTag(content.charCodeAt(at + 1))) return true;
  if (content.includes("  \n") || hardBreakByBackslash(content)) return true;
  if (content.includes("&") && /&[#A-Za-z]/.test(content)) return true;
  return references && content.includes("]");
}
function mayStartTag(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 47 || code === 33 || code === 63;
}
function hardBreakByBackslash(content) {
  for (let at = content.indexOf("\\\n"); at >= 0; at = content.indexOf("\\\n", at + 2)) {
    let backslashes = 1;
    while (at - backslashes >= 0 && content.charCodeAt(at - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 1) return true;
  }
  return false;
}
var ESCAPE_OR_LINE_BREAK = /\\[!-/:-@[-`{-~]|\n/g;
function runsWithoutParser(content, marks, toFile, builder, runs, cuts) {
  let inLink = false;
  const close = (at2) => {
    const run = builder.take(toFile.offset(at2));
    if (run && inLink) runs.push(run);
    else if (run) withoutEmails(run, runs, cuts);
  };
  let next = 0;
  let at = 0;
  let special = -1;
  while (at < content.length) {
    const mark = marks[next];
    if (special < at) {
      ESCAPE_OR_LINE_BREAK.lastIndex = at;
      const found = ESCAPE_OR_LINE_BREAK.exec(content);
      special = found ? found.index : content.length;
    }
    const stop = mark && mark.at < special ? mark.at : special;
    let end = stop;
    if (stop < content.length && content.charCodeAt(stop) === NEWLINE && stop !== mark?.at) while (end > at && isSpaceOrTab(content.charCodeAt(end - 1))) end--;
    if (end > at) toFile.appendRaw(builder, content.slice(at, end), at);
    at = stop;
    if (at >= content.length) break;
    if (mark && mark.at === at) {
      next++;
      if (mark.kind === "autolink") {
        const cut = { kind: "link", start: toFile.offset(at), end: toFile.offset(at + mark.width) };
        close(at);
        cuts.push(cut);
        toFile.appendRaw(builder, content.slice(at, at + mark.width), at);
        inLink = true;
        close(at + mark.width);
        inLink = false;
        cuts.push({ ...cut });
      } else if (mark.kind !== "silent") {
        close(marks[next - 2]?.kind === "silent" && marks[next - 2].at === at - 1 ? at - 1 : at);
        cuts.push({ kind: mark.kind, start: toFile.offset(mark.cut?.start ?? at), end: toFile.offset(mark.cut?.end ?? at + mark.width) });
        if (mark.kind === "link") inLink = !inLink;
      }
      at += mark.width;
      continue;
    }
    const char = content.charCodeAt(at);
    if (char === BACKSLASH) {
      builder.append(content[at + 1], toFile.offset(at));
      at += 2;
    } else {
      builder.append("\n", toFile.offset(at));
      at++;
      while (at < content.length && isSpaceOrTab(content.charCodeAt(at))) at++;
    }
  }
  close(content.length);
}
var ContentMap = class {
  /** Per line: where it starts in the content, in the file, and its characters' offsets when they do not run on. */
  contentStarts = [];
  fileStarts = [];
  perCharacter = [];
  constructor(text, block, lines, rows) {
    const { contentStarts, fileStarts, perCharacter } = this;
    if (block.cell !== void 0) {
      const row = block.lines[0];
      contentStarts.push(0);
      const starts = rows.cellStarts(row);
      const next = starts[block.cell + 1];
      const from = starts[block.cell] ?? lines.end(row);
      const offsets = align(text, block.content, from, next === void 0 ? lines.end(row) : next - 1);
      fileStarts.push(offsets[0]);
      perCharacter.push(offsets);
      return;
    }
    const { content } = block;
    for (let at = 0, k = 0; at <= content.length; k++) {
      const lineBreak = content.indexOf("\n", at);
      const lineEndsAt = lineBreak < 0 ? content.length : lineBreak;
      const length = lineEndsAt - at;
      const start = lines.start(block.lines[0] + k);
      const end = lines.end(block.lines[0] + k);
      let found = end - length;
      while (length > 0 && found > start && isSpaceOrTab(text.charCodeAt(found + length - 1)) && !isSpaceOrTab(content.charCodeAt(lineEndsAt - 1))) found--;
      if (found < start || !sameEnds(text, found, content, at, lineEndsAt)) {
        const within = text.slice(start, end).lastIndexOf(content.slice(at, lineEndsAt));
        found = within >= 0 ? start + within : -1;
      }
      contentStarts.push(at);
      fileStarts.push(found >= 0 ? found : start);
      perCharacter.push(found >= 0 ? void 0 : align(text, content.slice(at, lineEndsAt), start, end));
      at = lineEndsAt + 1;
    }
  }
  /** The file offset of content offset `at` (the line's end for its line break, the block's end past it). */
  offset(at) {
    const line = lastAtOrBefore(this.contentStarts, at);
    const offsets = this.perCharacter[line];
    const within = at - this.contentStarts[line];
    if (!offsets) return this.fileStarts[line] + within;
    return offsets[Math.min(within, offsets.length - 1)];
  }
  /** Appends the raw content [start, start + piece.length) (one line's) to a run. */
  appendRaw(builder, piece, start) {
    const line = lastAtOrBefore(this.contentStarts, start);
    const offsets = this.perCharacter[line];
    const within = start - this.contentStarts[line];
    if (!offsets) {
      builder.append(piece, this.fileStarts[line] + within);
      return;
    }
    for (let k = 0; k < piece.length; k++) builder.append(piece[k], offsets[Math.min(within + k, offsets.length - 1)]);
  }
};
var TableRows = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  rows = /* @__PURE__ */ new Map();
  /** Where each cell of row `row` starts: after the row's leading pipe, then after each unescaped pipe. */
  cellStarts(row) {
    let starts = this.rows.get(row);
    if (!starts) this.rows.set(row, starts = cellStarts(this.text, this.lines.start(row), this.lines.end(row)));
    return starts;
  }
};
function rawStart(source, content, meta) {
  return holdsAt(source, meta.start, content, 0, content.length) ? meta.start : -1;
}
function sameEnds(text, at, piece, from, to) {
  if (to === from) return true;
  let k = from;
  while (k < to && isSpaceOrTab(piece.charCodeAt(k))) k++;
  return holdsAt(text, at, piece, from, Math.min(k + 1, to)) && text.charCodeAt(at + (to - from) - 1) === piece.charCodeAt(to - 1);
}
function holdsAt(text, at, piece, from, to) {
  if (at < 0 || at + (to - from) > text.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(at + k - from) !== piece.charCodeAt(k)) return false;
  return true;
}
function cellStarts(text, from, to) {
  let at = from;
  while (at < to && (text[at] === " " || text[at] === "	" || text[at] === ">")) at++;
  if (text[at] === "|") at++;
  const starts = [at];
  for (; at < to; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === "|") starts.push(at + 1);
  }
  return starts;
}
function align(text, content, from, to) {
  const offsets = [];
  let j = from;
  for (let i = 0; i < content.length; i++) {
    if (content[i] === " " && text[j] === "	") {
      offsets.push(j);
      continue;
    }
    let k = j;
    while (k < to && text[k] !== content[i]) k++;
    if (k >= to) k = j;
    offsets.push(k);
    j = Math.min(k + 1, to);
  }
  offsets.push(j);
  return offsets;
}

// src/scan/github-math.ts
function isDollarFormula(formula) {
  return formula.delimiter === "dollar" || formula.delimiter === "double-dollar";
}
function mayOpen(text, at) {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === SPACE || before === TAB || before === NEWLINE || before === 40;
}
function mayClose(text, at, width) {
  const before = text.charCodeAt(at - 1);
  if (before === SPACE || before === NEWLINE) return false;
  return at + width >= text.length || !isWordAscii(text.charCodeAt(at + width));
}
function githubFormulas(run, source) {
  const { text } = run;
  const formulas = [];
  let at = text.indexOf("$");
  while (at >= 0) {
    let next = at + 1;
    if (mayOpen(text, at)) {
      const width = at + 1 < text.length && text.charCodeAt(at + 1) === DOLLAR ? 2 : 1;
      const close = width === 2 ? displayClose(text, at) : inlineClose(text, at);
      if (close >= 0) {
        formulas.push(formulaOf(run, at, close, width, source));
        next = close + width;
      } else next = at + width;
    }
    at = text.indexOf("$", next);
  }
  return formulas;
}
function inlineClose(text, at) {
  if (!opensInline(text, at)) return -1;
  const close = text.indexOf("$", at + 1);
  return close >= 0 && mayClose(text, close, 1) ? close : -1;
}
function opensInline(text, at) {
  if (at + 1 >= text.length) return false;
  const after = text.charCodeAt(at + 1);
  return after !== SPACE && after !== TAB && after !== NEWLINE && after !== DOLLAR;
}
function dollarsPair(text, open, close, width) {
  if (!mayOpen(text, open)) return false;
  if (width === 2) return close > open + 2;
  return opensInline(text, open) && mayClose(text, close, 1);
}
function displayClose(text, at) {
  const close = text.indexOf("$$", at + 2);
  return close > at + 2 ? close : -1;
}
function formulaOf(run, open, close, width, source) {
  const from = open + width;
  const first = pieceOf(run, from);
  const contentStart = run.pieceFiles[first] + (from - run.pieceStarts[first]);
  const contiguous = from >= close || fileOffsetAt(run, close) === contentStart + (close - from);
  const display = width === 2;
  const formula = {
    tex: run.text.slice(from, close),
    display,
    delimiter: display ? "double-dollar" : "dollar",
    contentStart,
    start: fileOffsetAt(run, open),
    end: endOfCharacter(source, fileOffsetAt(run, close + width - 1)),
    throughMarkdown: true
  };
  if (!contiguous) formula.offsets = offsetsOf(run, from, close, first);
  return formula;
}
function offsetsOf(run, from, to, first) {
  const offsets = [];
  let piece = first;
  for (let k = from; k <= to; k++) {
    while (piece + 1 < run.pieceStarts.length && run.pieceStarts[piece + 1] <= k) piece++;
    offsets.push(k >= run.text.length ? run.end : run.pieceFiles[piece] + (k - run.pieceStarts[piece]));
  }
  return offsets;
}
function endOfCharacter(source, at) {
  if (source === void 0 || source[at] === "$") return at + 1;
  if (source[at] === "\\") return at + 2;
  const semicolon = source.indexOf(";", at);
  return semicolon < 0 ? at + 1 : semicolon + 1;
}
function looksLikeMath(tex) {
  const trimmed = tex.trim();
  if (trimmed.length === 0) return false;
  if (/^[A-Z]{3,}[A-Z0-9]*(_[A-Z0-9]+)*(\/|\s|$)/.test(trimmed) && !/\\/.test(trimmed)) return false;
  if (/[\\^_{}=]/.test(trimmed)) return !CJK.test(trimmed) || /\\[A-Za-z]/.test(trimmed.replace(/\\text\{[^{}]*\}/g, ""));
  if (CJK.test(trimmed)) return false;
  if (/^[A-Z]{2,}[A-Z0-9_]*\W?$/.test(trimmed)) return false;
  if (/[A-Za-z]{2,}[\s,;:.!?]+[A-Za-z]{2,}/.test(trimmed) || /[A-Za-z]{3}/.test(trimmed) && /\s/.test(tex) || /:\/\//.test(trimmed)) return false;
  return !(/^\d/.test(trimmed) && /\s/.test(trimmed));
}

// src/scan/github-as-written.ts
var ESCAPE = /\\[!-/:-@[-`{-~]/g;
var AuthoredDollars = class {
  /** `authored`: the formulas the author's delimiters make, sorted by start (the delimiter scanner's). */
  constructor(authored, lines) {
    this.lines = lines;
    this.formulas = authored.filter(isDollarFormula);
    this.starts = this.formulas.map((formula) => formula.start);
  }
  lines;
  formulas;
  starts;
  /**
   * The author's formulas of `block` when GitHub reads the block's dollars exactly as the author paired them,
   * with the same TeX; undefined when it may read any of them otherwise (then the block is read in full). `marks`
   * are the block's code spans and the delimiters that became emphasis (./github-delimiters.ts). Held, as a whole,
   * to the full reading by __tests__/fidelity/github-inline.test.ts.
   *
   * It holds when every `$` of the block is one of the author's delimiters, each formula keeps its TeX in the
   * block's inline source (one line, or lines with nothing for Markdown to take off their ends), no escape, no mark
   * and no `@` (of an e-mail address) lies inside a formula, and GitHub's dollar rules (./github-math.ts's
   * dollarsPair) pair each formula's dollars on the characters around them. A character around a dollar that
   * Markdown may change (a marker, a backslash) answers "maybe", and the block is read in full.
   */
  asWritten(block, marks) {
    if (block.cell !== void 0) return void 0;
    const { content } = block;
    const from = this.lines.start(block.lines[0]);
    const to = this.lines.end(block.lines[1] - 1);
    let next = 0;
    const found = [];
    let mark = 0;
    let escape = -1;
    for (let k = lastAtOrBefore(this.starts, from - 1) + 1; k < this.formulas.length && this.starts[k] < to; k++) {
      const formula = this.formulas[k];
      if (formula.end > to || formula.offsets !== void 0) return void 0;
      const width = formula.delimiter === "double-dollar" ? 2 : 1;
      const open = content.indexOf("$", next);
      if (open < 0 || width === 2 && content.charCodeAt(open + 1) !== DOLLAR) return void 0;
      const close = content.indexOf("$", open + width);
      if (close < 0 || width === 2 && content.charCodeAt(close + 1) !== DOLLAR) return void 0;
      next = close + width;
      const tex = formula.tex;
      if (close - open - width !== tex.length || !content.startsWith(tex, open + width)) return void 0;
      if (tex.includes("\n") && /[ \t]\n|\n[ \t]/.test(tex)) return void 0;
      if (tex.includes("@")) return void 0;
      if (!dollarsPair(content, open, close, width)) return void 0;
      if (width === 1 && close + 1 < content.length && content.charCodeAt(close + 1) === BACKSLASH) return void 0;
      if (escape < open) {
        ESCAPE.lastIndex = open;
        escape = ESCAPE.exec(content)?.index ?? content.length;
      }
      if (escape < close + width) return void 0;
      while (mark < marks.length && marks[mark].at + marks[mark].width <= open) mark++;
      if (mark < marks.length && marks[mark].at < close + width) return void 0;
      found.push(formula);
    }
    return content.indexOf("$", next) < 0 ? found : void 0;
  }
};

// src/scan/github-reading.ts
function githubReading(text, structure, authored, findings) {
  const dollarPairs = [];
  const withoutDollars = [];
  const asFound = [];
  for (const formula of authored) (isDollarFormula(formula) ? dollarPairs : isWithoutDollars(formula) ? withoutDollars : asFound).push(formula);
  const verbatim = new Ranges(asFound);
  const { runs, cuts, asWritten } = githubTextRuns(text, structure.dollarBlocks, structure.env, structure.lines, {
    authored: new AuthoredDollars(dollarPairs, structure.lines)
  });
  for (const formula of asWritten) formula.throughMarkdown = true;
  const found = asWritten;
  for (const run of runs) {
    for (const formula of githubFormulas(run, text)) if (!verbatim.overlapping(formula.start, formula.end)) found.push(formula);
  }
  const htmlRuns = htmlBlockRuns(text, structure.htmlBlocks, structure.lines);
  const displayInHtml = [];
  for (const run of htmlRuns) {
    for (const formula of githubFormulas(run, text)) {
      if (formula.display) {
        displayInHtml.push(formula);
        continue;
      }
      const { throughMarkdown: _, ...asWritten2 } = formula;
      found.push(asWritten2);
    }
  }
  const leftOut = new Ranges(notesLeftOut(text, structure));
  const onPage = (formula) => leftOut.at(formula.start) === void 0;
  const typeset = new Ranges(leftOut.all.length > 0 ? found.filter(onPage) : found);
  const isTypeset = (formula) => {
    const same = typeset.at(formula.start);
    return same !== void 0 && same.start === formula.start && same.end === formula.end;
  };
  const untypeset = new Ranges([...dollarPairs.filter((formula) => !isTypeset(formula) && onPage(formula)), ...displayInHtml]);
  const cutStarts = new Ranges(cuts);
  const lineText = (line) => text.slice(structure.lines.start(line), structure.lines.end(line));
  const placed = ({ lines }) => ({ start: structure.lines.start(lines[0]), end: structure.lines.end(lines[1] - 1) + 1, lines });
  const blocks = new Ranges(structure.dollarBlocks.filter((block) => block.cell === void 0).map(placed));
  const htmlBlocks = new Ranges(structure.htmlBlocks.map(placed));
  const reasons = { cuts: cutStarts, typeset, blocks, htmlBlocks, lineText };
  remove(
    findings,
    (finding) => (finding.rule === unpairedDollar.id || finding.rule === unclosedMath.id) && typeset.at(finding.start) !== void 0 || finding.rule === swallowedText.id && untypeset.at(finding.start) !== void 0 || !onPage(finding)
  );
  const shown = [];
  const images = new Ranges(cuts.filter((cut) => cut.kind === "image"));
  const outsideImages = (formula) => images.at(formula.start) === void 0;
  const shownThere = (formula) => looksLikeMath(formula.tex) && outsideImages(formula);
  for (const formula of untypeset.all) if (shownThere(formula)) shown.push(shownAsTextFinding(text, formula, reasonShown(text, formula, reasons)));
  for (const formula of withoutDollars) {
    if (HOLDS_TEX.test(formula.tex) && onPage(formula) && outsideImages(formula)) shown.push(shownAsTextFinding(text, formula, { kind: "without-dollars" }));
  }
  const paired = (at) => typeset.at(at) !== void 0 || untypeset.at(at) !== void 0;
  const explained = /* @__PURE__ */ new Set();
  const findUnused = (run, inHtml) => {
    const { pairs, lone } = unusedDollars(text, run, paired);
    for (const formula of pairs) {
      if (!shownThere(formula) || !onPage(formula)) continue;
      explained.add(formula.start).add(formula.end - 1);
      shown.push(shownAsTextFinding(text, formula, reasonShown(text, formula, reasons)));
    }
    if (!inHtml) return;
    for (const k of lone) {
      const finding = run.text[k - 1] === "\\" ? void 0 : loneDollar(run.text, k);
      const start = fileOffsetAt(run, k);
      if (finding && onPage({ start })) shown.push({ ...finding, start, end: start + 1 });
    }
  };
  for (const run of runs) findUnused(run, false);
  for (const run of htmlRuns) findUnused(run, true);
  if (explained.size > 0) remove(findings, (finding) => finding.rule === unpairedDollar.id && explained.has(finding.start));
  for (const finding of shown) findings.push(finding);
  for (const formula of typeset.all) {
    const changed = markdownChangedTex(text, formula);
    if (!changed) continue;
    findings.push(changed);
    formula.changedByMarkdown = true;
  }
  return [...verbatim.all.filter(onPage), ...typeset.all].sort((a, b) => a.start - b.start);
}
function isWithoutDollars(formula) {
  return formula.delimiter === "paren" || formula.delimiter === "bracket" || formula.delimiter === "environment";
}
var HOLDS_TEX = /\\[A-Za-z]|[\^{}]|_(?:\{|[A-Za-z0-9](?![A-Za-z]))/;
var Ranges = class {
  all;
  constructor(ranges) {
    let sorted = true;
    for (let k = 1; k < ranges.length && sorted; k++) sorted = ranges[k - 1].start <= ranges[k].start;
    this.all = sorted ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  }
  /** The index of the last range starting at or before `at`, or -1. */
  lastStartingBy(at) {
    return lastStartingAtOrBefore(this.all, at);
  }
  /** The range holding offset `at` (ranges that do not overlap). */
  at(at) {
    const candidate = this.all[this.lastStartingBy(at)];
    return candidate && at < candidate.end ? candidate : void 0;
  }
  /** A range sharing a character with [start, end) (ranges that do not overlap). */
  overlapping(start, end) {
    const candidate = this.all[this.lastStartingBy(end - 1)];
    return candidate && candidate.end > start ? candidate : void 0;
  }
  /** The first range that starts inside (start, end). */
  startingWithin(start, end) {
    const candidate = this.all[this.lastStartingBy(start) + 1];
    return candidate && candidate.start < end ? candidate : void 0;
  }
};
function remove(findings, unwanted) {
  let kept = 0;
  for (const finding of findings) if (!unwanted(finding)) findings[kept++] = finding;
  findings.length = kept;
}
function notesLeftOut(text, structure) {
  const { footnotes, flags } = structure;
  if (footnotes.length === 0) return [];
  const markers = /* @__PURE__ */ new Set();
  for (const note of footnotes) {
    let at = note.start;
    while (at < note.end && /[ \t>]/.test(text[at])) at++;
    markers.add(at);
  }
  const ahead = new FirstAhead(text);
  const referred = /* @__PURE__ */ new Set();
  for (let at = text.indexOf("[^"); at >= 0; at = text.indexOf("[^", at + 2)) {
    if (markers.has(at) || flags[at] & (TEXT_EXCLUDED | FLOW_EXCLUDED)) continue;
    const close = ahead.next("]", at + 2);
    if (close < 0 || ahead.before("[", at + 2, close) || ahead.before("\n", at + 2, close)) continue;
    referred.add(normalizeReference(text.slice(at + 2, close)));
  }
  const defined = /* @__PURE__ */ new Set();
  const leftOut = [];
  for (const note of footnotes) {
    const name = normalizeReference(note.name);
    if (!referred.has(name) || defined.has(name)) leftOut.push(note);
    defined.add(name);
  }
  return leftOut;
}
function unusedDollars(text, run, paired) {
  const groups = [[]];
  for (let k = run.text.indexOf("$"); k >= 0; k = run.text.indexOf("$", k + 1)) {
    const at = fileOffsetAt(run, k);
    if (text[at] !== "$") continue;
    if (paired(at)) {
      if (groups[groups.length - 1].length > 0) groups.push([]);
    } else groups[groups.length - 1].push(k);
  }
  const pairs = [];
  const lone = [];
  for (const dollars of groups) {
    for (let k = 0; k < dollars.length; k++) {
      const open = dollars[k];
      const close = dollars[k + 1];
      const tex = close === void 0 ? "" : run.text.slice(open + 1, close);
      if (close === void 0 || /\d/.test(run.text[close + 1] ?? "") || !looksLikeMath(tex)) {
        lone.push(open);
        continue;
      }
      const start = fileOffsetAt(run, open);
      pairs.push({ tex, display: false, delimiter: "dollar", contentStart: start + 1, start, end: fileOffsetAt(run, close) + 1 });
      k++;
    }
  }
  return { pairs, lone };
}
function reasonShown(text, formula, reasons) {
  const { cuts, typeset, blocks, htmlBlocks, lineText } = reasons;
  const { start, end } = formula;
  const html = formula.display ? htmlBlocks.at(start) : void 0;
  if (html) return { kind: "html-block", line: html.lines[0] + 1, lineText: lineText(html.lines[0]) };
  const cut = cuts.startingWithin(start, end);
  if (cut) return { kind: "cut", cut };
  const block = blocks.at(start);
  if (block && end > block.end) {
    const [first, after] = block.lines;
    const last = lineText(after - 1);
    if (after - 1 > first && /^[ ]{0,3}(=+|-+)[ \t]*$/.test(last)) return { kind: "paragraph-ends", line: after, lineText: last, underline: true };
    return { kind: "paragraph-ends", line: after + 1, lineText: lineText(after), underline: false };
  }
  const other = typeset.overlapping(start, end);
  if (other) return { kind: "paired-otherwise", start: other.start, end: other.end };
  const before = text[start - 1];
  if (before !== void 0 && !/[ \t\n(]/.test(before) && !(before === "\\" && text[start - 2] !== "\\")) return { kind: "character-before", char: before };
  const width = formula.display ? 2 : 1;
  const content = text.slice(start + width, end - width);
  if (/^\s|\s$/.test(content) && content.trim().length > 0) return { kind: "space-inside" };
  if (isWordAscii(text.charCodeAt(end))) return { kind: "word-after" };
  return { kind: "other" };
}

// src/scan/mkdocs-blocks.ts
var MARKERS = {
  admonition: /^!!! ?[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*(?: +".*?")? *$/u,
  details: /^\?{3}\+? ?(?:(?:[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?)?(?: +".*?")|[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?) *$/u,
  tabbed: /^={3}(?:\+|\+!|!\+|!)? +".*?" *$/
};
var TAB_LENGTH = 4;
function indentedBlocks(text, kinds) {
  if (kinds.length === 0 || !/^(?:!!!|\?\?\?|===)/m.test(text)) return [];
  const lines = new LineTable(text);
  const lineText = (k) => text.slice(lines.start(k), lines.end(k));
  const blocks = [];
  const closers = new FenceClosers(text, lines, true);
  let fence;
  for (let k = 0; k < lines.count; k++) {
    const line = lineText(k);
    const opening = FENCE_OPENING.exec(line);
    if (fence) {
      if (opening && opening[1][0] === fence.char && opening[1].length === fence.length && line.slice(opening[0].length).trim() === "") fence = void 0;
      continue;
    }
    if (opening && closers.closes(k + 1, opening[1])) {
      fence = { char: opening[1][0], length: opening[1].length };
      continue;
    }
    if (!kinds.some((kind) => MARKERS[kind].test(line))) continue;
    let last = k;
    for (let next = k + 1; next < lines.count; next++) {
      const bodyLine = lineText(next);
      if (bodyLine.trim() === "") continue;
      if (indentation(bodyLine) === 0) break;
      last = next;
    }
    blocks.push({ start: lines.start(k), end: lines.end(last), ...bodyOf(text, lines, k + 1, last + 1) });
    k = last;
  }
  return blocks;
}
function indentation(line) {
  let column = 0;
  for (let k = 0; k < line.length && column < TAB_LENGTH; k++) {
    if (line[k] === " ") column++;
    else if (line[k] === "	") column = TAB_LENGTH;
    else return 0;
    if (column >= TAB_LENGTH) return k + 1;
  }
  return 0;
}
function bodyOf(text, lines, first, after) {
  let body = "";
  const toText = [];
  for (let k = first; k < after; k++) {
    const start = lines.start(k);
    const end = lines.end(k);
    const line = text.slice(start, end);
    const from = line.trim() === "" ? end : start + indentation(line);
    body += text.slice(from, end);
    for (let at = from; at < end; at++) toText.push(at);
    if (k < after - 1) body += "\n";
    toText.push(end);
  }
  if (first === after) toText.push(lines.end(first - 1));
  return { body, toText };
}
function withoutBlocks(text, blocks) {
  let out = "";
  let at = 0;
  for (const { start, end } of blocks) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, " ");
    at = end;
  }
  return out + text.slice(at);
}
var BodyPlaces = class {
  constructor(block) {
    this.block = block;
  }
  block;
  at(offset) {
    return this.block.toText[offset];
  }
  range(item) {
    return { ...item, start: this.at(item.start), end: item.end > item.start ? this.at(item.end - 1) + 1 : this.at(item.start) };
  }
  formula(formula) {
    const { offsets, ...rest } = formula;
    const placed = { ...this.range(rest), contentStart: this.at(formula.contentStart) };
    if (offsets) placed.offsets = offsets.map((offset) => this.at(offset));
    else if (formula.tex.includes("\n")) placed.offsets = Array.from({ length: formula.tex.length + 1 }, (_, k) => this.at(formula.contentStart + k));
    return placed;
  }
  /** A finding, its fix kept only where each edit lies on one line (the body's indentation is no part of it). */
  finding(finding) {
    const { fix, ...rest } = finding;
    const placed = this.range(rest);
    const edits = fix?.edits.every((edit2) => !this.block.body.slice(edit2.start, edit2.end).includes("\n")) ? fix.edits.map((edit2) => this.edit(edit2)) : void 0;
    if (fix && edits) placed.fix = { ...fix, edits };
    return placed;
  }
  edit(edit2) {
    return { ...edit2, start: this.at(edit2.start), end: edit2.end > edit2.start ? this.at(edit2.end - 1) + 1 : this.at(edit2.start) };
  }
};

// src/scan/site-references.ts
function mystReferences(text, flags) {
  const labels = [];
  const refs = [];
  for (const fence of text.matchAll(/^[ \t]*(?:`{3,}|:{3,})[ \t]*\{math\}[^\n]*\n((?:[ \t]*:[\w-]+:[^\n]*\n)*)/gm)) {
    const options = fence[1];
    const label = /^[ \t]*:label:[ \t]*(\S+)/m.exec(options);
    if (!label) continue;
    const start = fence.index + fence[0].length - options.length + label.index + label[0].length - label[1].length;
    labels.push({ command: ":label:", name: label[1], start, end: start + label[1].length });
  }
  for (const target of text.matchAll(/^\(([^()\s]+)\)=[ \t]*\n[ \t]*(?:\$\$|`{3,}[ \t]*\{math\}|:{3,}[ \t]*\{math\})/gm)) {
    if (flags[target.index] & FLOW_EXCLUDED) continue;
    labels.push({ command: "(name)=", name: target[1], start: target.index + 1, end: target.index + 1 + target[1].length });
  }
  for (const role of text.matchAll(/\{eq\}`([^`\n]+)`/g)) {
    if (flags[role.index] & FLOW_EXCLUDED) continue;
    const inner = role[1];
    const explicit = /<([^<>]+)>\s*$/.exec(inner);
    const name = (explicit ? explicit[1] : inner).trim();
    const at = role.index + 5 + (explicit ? explicit.index + 1 : inner.indexOf(name));
    refs.push({ command: "{eq}", name, start: at, end: at + name.length });
  }
  return { labels, refs };
}
function quartoReferences(text, flags) {
  const labels = [];
  const refs = [];
  for (const label of text.matchAll(/\$\$[ \t]*\{#(eq-[\w-]+)[^}]*\}/g)) {
    if (flags[label.index] & FLOW_EXCLUDED) continue;
    const start = label.index + label[0].indexOf(label[1]);
    labels.push({ command: "{#eq-\u2026}", name: label[1], start, end: start + label[1].length });
  }
  for (const ref of text.matchAll(/(?<![\w@.-])@(eq-[\w-]*\w)/g)) {
    if (flags[ref.index] & (FLOW_EXCLUDED | TEXT_EXCLUDED)) continue;
    refs.push({ command: "@", name: ref[1], start: ref.index, end: ref.index + ref[0].length });
  }
  return { labels, refs };
}

// src/scan/markdown.ts
function mayHoldMath(text, rules) {
  if (text.includes("$") || text.includes("\\")) return true;
  if (rules.githubMarkdown && mayHoldDollarEntity(text)) return true;
  if ((text.includes("```") || text.includes("~~~")) && (rules.mathFences.length > 0 || text.includes("math"))) return true;
  if (rules.myst && text.includes(":::")) return true;
  return rules.doubleBacktickMath && text.includes("``");
}
function scanMarkdown(text, rules, depth = 0) {
  const blocks = rules.indentedBodies && depth < MAX_DIRECTIVE_DEPTH ? indentedBlocks(text, rules.indentedBodies) : [];
  if (blocks.length === 0) return scanText(text, rules, depth);
  const scan = scanText(withoutBlocks(text, blocks), rules, depth);
  const bodyRules = rules.pythonMarkdownHtml ? withoutRawHtml(rules) : rules;
  for (const block of blocks) {
    const inner = scanMarkdown(block.body, bodyRules, depth + 1);
    const places = new BodyPlaces(block);
    for (const formula of inner.formulas) scan.formulas.push(places.formula(formula));
    for (const finding of inner.findings) scan.findings.push(places.finding(finding));
    for (const directive of inner.directives) scan.directives.push(places.range(directive));
    for (const reference of inner.textReferences) scan.textReferences.push(places.range(reference));
  }
  scan.formulas.sort((a, b) => a.start - b.start);
  scan.directives.sort((a, b) => a.start - b.start);
  return scan;
}
var rulesWithoutRawHtml = /* @__PURE__ */ new WeakMap();
function withoutRawHtml(rules) {
  let without = rulesWithoutRawHtml.get(rules);
  if (!without) rulesWithoutRawHtml.set(rules, without = { ...rules, pythonMarkdownHtml: "none" });
  return without;
}
function scanText(text, rules, depth, fencesAsText = false) {
  if (!mayHoldMath(text, rules)) return { formulas: [], findings: [], directives: [], textReferences: [] };
  const structure = markdownStructure(text, {
    blockBarriers: !rules.mathBeforeMarkdown,
    github: rules.githubMarkdown,
    pythonMarkdown: rules.pythonMarkdownHtml
  });
  const { flags, codeSpans, fences, comments, textBlocks } = structure;
  const unclosed = fencesAsText ? [] : unclosedCodeFences(text, structure, rules);
  const asText = unclosed.length > 0 ? scanText(fenceMarkersAsText(text, unclosed), rules, depth, true) : void 0;
  if (asText && rules.unclosedFenceIsText) {
    asText.formulas = asText.formulas.map((formula) => withMarkersAsWritten(formula, text, unclosed));
    for (const { fence, marker } of unclosed) if (rules.mathFences.includes(fence.info)) asText.findings.push(unclosedFenceReadAsText(marker));
    return asText;
  }
  const formulas = [];
  const findings = [];
  const directives = [];
  for (const comment of comments) {
    const directive = parseDirective(text.slice(comment.start, comment.end), comment.start, comment.end);
    if (directive) directives.push(directive);
  }
  const nested = [];
  for (const fence of fences) {
    const directive = rules.myst ? MYST_DIRECTIVE.exec(fence.info) : null;
    if (directive && directive[1] !== "math") {
      if (!MYST_LITERAL_BODIES.has(directive[1]) && depth < MAX_DIRECTIVE_DEPTH) nested.push(directiveBody(text, fence.lines(), rules, depth));
      continue;
    }
    if (!rules.mathFences.includes(directive ? "{math}" : fence.info)) {
      if (fence.info === "math" && fence.lines().length > 0) findings.push(mathFenceShownAsCode(fence.start, fence.start + 3, rules.renderer));
      continue;
    }
    const lines = directive ? withoutOptions(text, fence.lines()) : fence.lines();
    if (rules.myst && fence.closed) {
      formulas.push(...sphinxDisplayMath(text, lines, fence.start, fence.end, hasOption(text, fence.lines(), "nowrap")));
      continue;
    }
    const formula = fencedMath(text, { ...fence, lines: () => lines });
    formulas.push(formula);
    if (!fence.closed) {
      findings.push(unclosedFence("```math", fence.start, formula.tex));
    }
  }
  if (rules.myst) {
    const colon = colonMathFences(text, flags);
    formulas.push(...colon.formulas);
    for (const start of colon.unclosed) {
      findings.push(unclosedFence(":::{math}", start));
    }
  }
  for (const span of codeSpans) {
    if (rules.dollarBacktickShownAsText && isDollarBacktick(text, span)) {
      findings.push(dollarBacktickShownAsText(span.start - 1, span.end + 1));
      addFlag(flags, span.start - 1, span.end + 1, TEXT_EXCLUDED);
      continue;
    }
    const formula = codeSpanMath(text, span, rules);
    if (!formula) continue;
    formulas.push(formula);
    addFlag(flags, formula.start, formula.end, TEXT_EXCLUDED);
  }
  const scanner = new DelimiterScanner(text, flags, rules, formulas, findings);
  if (rules.mathBeforeMarkdown) scanner.runJupyter(codeSpans, fences, comments);
  else scanner.run();
  for (const inner of nested) {
    formulas.push(...inner.formulas);
    findings.push(...inner.findings);
    directives.push(...inner.directives);
    scanner.textReferences.push(...inner.textReferences);
  }
  formulas.sort((a, b) => a.start - b.start);
  if (rules.displayMathAlone) for (const finding of displayMathSharingBlock(text, structure.lines, formulas)) findings.push(finding);
  if (rules.singleDollar) findTexOutsideMath(text, { flags, excluded: TEXT_EXCLUDED | FLOW_EXCLUDED, barrier: BARRIER }, formulas, findings);
  const cut = !rules.mathBeforeMarkdown && formulas.length > 0 ? tablePipes(text, textBlocks, formulas, findings) : void 0;
  const paired = cut ? formulas.filter((formula) => !cut.has(formula)) : formulas;
  const kept = rules.githubMarkdown ? githubReading(text, structure, paired, findings) : paired;
  if (asText) for (const finding of swallowedMath(text, unclosed, asText.formulas)) findings.push(finding);
  if (rules.pythonMarkdownHtml !== void 0 && rules.pythonMarkdownHtml !== "none")
    for (const finding of mathInRawHtmlBlocks(text, structure, rules.pythonMarkdownHtml)) findings.push(finding);
  directives.sort((a, b) => a.start - b.start);
  const real = kept.length === 0 ? directives : directives.filter((directive) => !inRanges(kept, directive.start));
  const site = rules.myst ? mystReferences(text, flags) : rules.quartoReferences ? quartoReferences(text, flags) : void 0;
  return { formulas: kept, findings, directives: real, textReferences: scanner.textReferences, ...site ? { site } : {} };
}
function unclosedCodeFences(text, structure, rules) {
  if (rules.mathBeforeMarkdown) return [];
  const found = [];
  for (const fence of structure.fences) {
    if (fence.closed || rules.myst && MYST_DIRECTIVE.test(fence.info)) continue;
    if (rules.mathFences.includes(fence.info) && !rules.unclosedFenceIsText) continue;
    const marker = /`{3,}|~{3,}/.exec(text.slice(fence.start, fence.end));
    const start = fence.start + marker.index;
    found.push({ fence, marker: { start, end: start + marker[0].length, text: marker[0] } });
  }
  if (found.length === 0) return found;
  const { lines } = structure;
  const closers = new FenceClosers(text, lines, rules.unclosedFenceIsText);
  const known = new Set(found.map(({ marker }) => marker.start));
  for (let k = 0; k < lines.count; k++) {
    const start = lines.start(k);
    if (start <= found[0].marker.start) continue;
    const opening = FENCE_OPENING.exec(text.slice(start, lines.end(k)));
    if (!opening || closers.closes(k + 1, opening[1])) continue;
    const at = start + opening[0].length - opening[1].length;
    if (known.has(at)) continue;
    const fence = { start, end: text.length, info: "", closed: false, lines: () => [] };
    found.push({ fence, marker: { start: at, end: start + opening[0].length, text: opening[1] }, inCode: true });
  }
  return found.sort((a, b) => a.marker.start - b.marker.start);
}
function fenceMarkersAsText(text, fences) {
  let out = "";
  let at = 0;
  for (const { marker } of fences) {
    out += text.slice(at, marker.start) + "x".repeat(marker.text.length);
    at = marker.end;
  }
  return out + text.slice(at);
}
function withMarkersAsWritten(formula, text, fences) {
  if (!fences.some(({ marker }) => marker.start < formula.end && formula.start < marker.end)) return formula;
  const place = (k) => formula.offsets?.[k] ?? formula.contentStart + k;
  const tex = Array.from(
    { length: formula.tex.length },
    (_, k) => fences.some(({ marker }) => marker.start <= place(k) && place(k) < marker.end) ? text[place(k)] : formula.tex[k]
  ).join("");
  return { ...formula, tex };
}
function swallowedMath(text, fences, asText) {
  const findings = [];
  for (const { fence, marker, inCode } of fences) {
    if (inCode) continue;
    const swallowed = asText.filter(
      (formula) => formula.start >= marker.end && formula.end <= fence.end && (formula.delimiter !== "dollar" || looksLikeMath(formula.tex))
    );
    const first = swallowed[0];
    if (first) findings.push(mathInUnclosedFence(marker, swallowed.length, text.slice(first.start, first.end).replace(/\s+/g, " ")));
  }
  return findings;
}
var LITERAL_ELEMENTS = /<(textarea|script|style|pre|code)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
var DOLLAR_MATH = /(?<!\\)\$\$(?!\$)([\s\S]+?)(?<!\\)\$\$|(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?![\d$])/g;
function mathInRawHtmlBlocks(text, structure, html) {
  const findings = [];
  for (const block of structure.htmlBlocks) {
    const start = block.start ?? structure.lines.start(block.lines[0]);
    const element = rawHtmlElement(text, text.indexOf("<", start), html);
    if (!element) continue;
    const raw = text.slice(start, Math.min(element.end, structure.lines.end(block.lines[1] - 1))).replace(LITERAL_ELEMENTS, (literal) => " ".repeat(literal.length));
    for (const match of raw.matchAll(DOLLAR_MATH)) {
      const tex = match[1] ?? match[2];
      if (match[2] !== void 0 && !looksLikeMath(tex)) continue;
      findings.push(mathInRawHtml(start + match.index, start + match.index + match[0].length, element, block.lines[0] + 1));
    }
  }
  return findings;
}
var DIRECTIVE = /^<!--\s*mathrepro-(disable-next-line|disable|enable)\b([^>]*?)-->$/s;
function parseDirective(comment, start, end) {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return void 0;
  const rules = match[2].split(/[\s,]+/).filter(Boolean);
  return { kind: match[1], rules, start, end };
}
var MYST_DIRECTIVE = /^\{([^{}\s]+)\}/;
var MYST_LITERAL_BODIES = /* @__PURE__ */ new Set([
  "code",
  "code-block",
  "code-cell",
  "sourcecode",
  "literalinclude",
  "include",
  "raw",
  "raw:latex",
  "raw:typst",
  "eval-rst",
  "csv-table",
  "mermaid",
  "graphviz",
  "toctree",
  "tableofcontents",
  "bibliography",
  "glue",
  "glue:figure",
  "embed",
  "iframe",
  "image",
  "list-table-data",
  "mdast",
  "anywidget",
  "jupyter-execute",
  "ipython",
  "plot",
  "exec",
  "doctest",
  "testcode",
  "testoutput"
]);
var MAX_DIRECTIVE_DEPTH = 16;
function optionLineCount(text, lines) {
  const line = (k) => text.slice(lines[k][0], lines[k][1]);
  if (lines.length > 0 && /^\s*---\s*$/.test(line(0))) {
    for (let k = 1; k < lines.length; k++) if (/^\s*---\s*$/.test(line(k))) return k + 1;
    return 0;
  }
  let count = 0;
  while (count < lines.length && /^\s*:[\w-]+:(?:\s|$)/.test(line(count))) count++;
  return count;
}
function withoutOptions(text, lines) {
  return lines.slice(optionLineCount(text, lines));
}
function hasOption(text, lines, option) {
  const count = optionLineCount(text, lines);
  return lines.slice(0, count).some(([start, end]) => text.slice(start, end).trim().startsWith(`:${option}:`));
}
function directiveBody(text, lines, rules, depth) {
  if (lines.length === 0) return { formulas: [], findings: [], directives: [], textReferences: [] };
  const bodyStart = lines[0][0];
  const bodyEnd = lines[lines.length - 1][1];
  let body = text.slice(bodyStart, bodyEnd);
  const options = optionLineCount(text, lines);
  if (options > 0) {
    const optionsEnd = lines[options - 1][1] - bodyStart;
    body = body.slice(0, optionsEnd).replace(/[^\n]/g, " ") + body.slice(optionsEnd);
  }
  const inner = scanMarkdown(body, rules, depth + 1);
  const shift = (item) => ({ ...item, start: item.start + bodyStart, end: item.end + bodyStart });
  return {
    formulas: inner.formulas.map((formula) => ({
      ...shift(formula),
      contentStart: formula.contentStart + bodyStart,
      ...formula.offsets ? { offsets: formula.offsets.map((offset) => offset + bodyStart) } : {}
    })),
    findings: inner.findings.map(shift),
    directives: inner.directives.map(shift),
    textReferences: inner.textReferences.map(shift)
  };
}
function colonMathFences(text, flags) {
  if (!text.includes(":::{math}")) return { formulas: [], unclosed: [] };
  const formulas = [];
  let open;
  for (const line of text.matchAll(/^[ \t]*(:{3,})(.*)$/gm)) {
    const colons = line[1].length;
    const rest = line[2];
    if (open) {
      if (colons < open.colons || rest.trim() !== "") continue;
      const end = line.index + line[0].length;
      const lines = [];
      for (let at = open.bodyStart; at < line.index; ) {
        const newline = text.indexOf("\n", at);
        const lineEnd = newline < 0 || newline >= line.index ? line.index - 1 : newline;
        lines.push([at, Math.max(at, lineEnd)]);
        at = lineEnd + 1;
      }
      formulas.push(...sphinxDisplayMath(text, withoutOptions(text, lines), open.start, end, hasOption(text, lines, "nowrap")));
      addFlag(flags, open.start, end, TEXT_EXCLUDED);
      open = void 0;
    } else if (rest.startsWith("{math}") && !(flags[line.index] & FLOW_EXCLUDED)) {
      const newline = text.indexOf("\n", line.index);
      open = { start: line.index, bodyStart: newline < 0 ? text.length : newline + 1, colons };
    }
  }
  return { formulas, unclosed: open ? [open.start] : [] };
}
function fencedMath(text, fence) {
  const { tex, offsets } = joinedLines(text, fence.lines(), fence.end);
  return { tex, display: true, delimiter: "math-fence", contentStart: offsets[0], offsets, start: fence.start, end: fence.end };
}
function isDollarBacktick(text, span) {
  return text.charCodeAt(span.start - 1) === DOLLAR && text.charCodeAt(span.end) === DOLLAR && text.charCodeAt(span.start - 2) !== BACKSLASH;
}
function codeSpanMath(text, span, rules) {
  let kind;
  let outerStart = span.start;
  let outerEnd = span.end;
  if (rules.dollarBacktick && isDollarBacktick(text, span)) {
    kind = "dollar-backtick";
    outerStart = span.start - 1;
    outerEnd = span.end + 1;
  } else if (rules.doubleBacktickMath && span.fence === 2) {
    kind = "double-backtick";
  } else if (rules.myst && text.startsWith("{math}", span.start - 6)) {
    kind = "role";
    outerStart = span.start - 6;
  }
  if (!kind || span.contentEnd <= span.contentStart) return void 0;
  let from = span.contentStart;
  let to = span.contentEnd;
  if (text[from] === " " && text[to - 1] === " " && to - from > 2) {
    from++;
    to--;
  }
  const tex = text.slice(from, to).replace(/\r\n?|\n/g, (ending) => " ".repeat(ending.length));
  return { tex, display: false, delimiter: kind, contentStart: from, start: outerStart, end: outerEnd };
}
var BLOCK_PREFIX = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?[ \t>]*/;
var MAX_PREFIX = 1e3;
var BLOCK_ONLY = /* @__PURE__ */ new Set(["double-dollar", "bracket", "environment"]);
function displayMathSharingBlock(text, lines, formulas) {
  if (!formulas.some((formula) => BLOCK_ONLY.has(formula.delimiter))) return [];
  const blocks = [];
  let previous = -2;
  for (let line = 0; line < lines.count; line++) {
    const start = lines.start(line);
    const end = lines.end(line);
    if (/^[ \t>]*$/.test(text.slice(start, end))) continue;
    if (previous === line - 1) blocks[blocks.length - 1].end = end;
    else blocks.push({ start, end });
    previous = line;
  }
  const found = [];
  const nonSpace = /\S/g;
  formulas.forEach((formula, k) => {
    if (!BLOCK_ONLY.has(formula.delimiter)) return;
    const block = blocks[lastStartingAtOrBefore(blocks, formula.start)];
    if (!block) return;
    nonSpace.lastIndex = formula.end;
    const textAfter = (nonSpace.exec(text)?.index ?? text.length) < block.end;
    block.content ??= block.start + BLOCK_PREFIX.exec(text.slice(block.start, Math.min(block.end, block.start + MAX_PREFIX)))[0].length;
    if (!textAfter && block.content === formula.start) return;
    const shares = (other) => other !== void 0 && BLOCK_ONLY.has(other.delimiter) && other.start < block.end && other.end > block.start;
    const opening = formula.delimiter === "environment" ? /^\\begin\s*\{[^{}]*\}/.exec(formula.tex)?.[0].length ?? 2 : 2;
    const sharedWith = shares(formulas[k - 1]) || shares(formulas[k + 1]) ? "formula" : "text";
    if (sharedWith === "text" && formula.delimiter !== "double-dollar") formula.explained = true;
    found.push(displayMathNotAlone(formula.start, formula.start + opening, formula.delimiter, sharedWith));
  });
  return found;
}

// src/check/suppressions.ts
var Suppressions = class {
  constructor(directives, lines, silenced = /* @__PURE__ */ new Set()) {
    this.lines = lines;
    this.silenced = silenced;
    let all = false;
    let rules = /* @__PURE__ */ new Map();
    for (const directive of [...directives].sort((a, b) => a.end - b.end)) {
      if (directive.kind === "disable-next-line") {
        this.nextLine.set(lines.position(directive.end).line + 1, directive.rules);
        continue;
      }
      const off = directive.kind === "disable";
      if (directive.rules.length === 0) {
        all = off;
        rules = /* @__PURE__ */ new Map();
      } else {
        rules = new Map(rules);
        for (const rule of directive.rules) rules.set(rule, off);
      }
      this.states.push({ all, rules });
      this.stateStarts.push(directive.end);
    }
  }
  lines;
  silenced;
  nextLine = /* @__PURE__ */ new Map();
  /** After each disable/enable comment (in order), which rules are off: the last comment naming a rule wins. */
  states = [];
  /** Where each of `states` begins: the end of its comment. */
  stateStarts = [];
  isSuppressed(rule, offset) {
    if (this.silenced.has("*") || this.silenced.has(rule)) return true;
    const lineRules = this.nextLine.get(this.lines.position(offset).line);
    if (lineRules && (lineRules.length === 0 || lineRules.includes(rule))) return true;
    const state = this.states[lastAtOrBefore(this.stateStarts, offset)];
    return state ? state.rules.get(rule) ?? state.all : false;
  }
  static fromCellTags(tags) {
    const silenced = /* @__PURE__ */ new Set();
    for (const tag of tags) {
      if (tag === "mathrepro-disable") silenced.add("*");
      else if (tag.startsWith("mathrepro-disable:")) silenced.add(tag.slice("mathrepro-disable:".length));
    }
    return silenced;
  }
};

// src/check/document.ts
function wholeFileFinding(finding) {
  return { ...finding, start: fileOffset(finding.start), end: fileOffset(finding.end) };
}
var WHOLE_LINE = 120;
var WINDOW_BEFORE = 50;
var WINDOW = 110;
function excerptAt(lines, start, end) {
  const at = lines.position(start);
  const until = lines.position(Math.max(end, start + 1));
  const line = lines.lineText(at.line);
  const column = at.column - 1;
  const endColumn = until.line === at.line ? until.column - 1 : line.length;
  if (line.length <= WHOLE_LINE) return { text: line, start: column, end: endColumn };
  const from = Math.max(0, column - WINDOW_BEFORE);
  const to = Math.min(line.length, from + WINDOW);
  const before = from > 0 ? "\u2026" : "";
  const shift = before.length - from;
  return { text: before + line.slice(from, to) + (to < line.length ? "\u2026" : ""), start: column + shift, end: Math.min(endColumn, to) + shift };
}
function checkDocument(chunks, options) {
  const document = new DocumentCheck(options);
  for (const chunk of chunks) document.checkChunk(chunk);
  return document.finish();
}
var NOT_VALIDATED = { findings: [], labels: [], tags: [], refs: [] };
var DocumentCheck = class {
  constructor(options) {
    this.options = options;
    this.context = new MacroContext(options.macros);
    this.keepFormulas = options.keepFormulas ?? true;
  }
  options;
  context;
  keepFormulas;
  formulas = [];
  formulaCount = 0;
  findings = [];
  labels = [];
  tags = [];
  refs = [];
  checkChunk(chunk) {
    const scan = scanMarkdown(chunk.text, this.options.rules);
    const lines = new LineIndex(chunk.text);
    const state = {
      chunk,
      lines,
      suppressions: new Suppressions(scan.directives, lines, Suppressions.fromCellTags(chunk.tags ?? []))
    };
    for (const finding of scan.findings) this.emit(state, this.withFixInFile(chunk, finding));
    for (const formula of scan.formulas) this.checkFormula(state, formula);
    if (!chunk.definitionsOnly && scan.site) {
      for (const label of scan.site.labels) this.labels.push(this.placedInText(state, label));
      for (const ref of scan.site.refs) this.refs.push(this.placedInText(state, ref));
    }
    if (!chunk.definitionsOnly) {
      for (const reference of scan.textReferences) {
        const formula = {
          tex: chunk.text.slice(reference.start, reference.end),
          display: false,
          delimiter: "dollar",
          contentStart: reference.start,
          start: reference.start,
          end: reference.end
        };
        this.refs.push({
          name: reference.name,
          command: reference.command,
          start: texOffset(0),
          end: texOffset(reference.end - reference.start),
          chunk: state,
          formula
        });
      }
    }
  }
  /** A label or reference written in the text, placed as a formula of its own so that a finding lands on it. */
  placedInText(state, reference) {
    const formula = {
      tex: state.chunk.text.slice(reference.start, reference.end),
      display: false,
      delimiter: "dollar",
      contentStart: reference.start,
      start: reference.start,
      end: reference.end
    };
    return { name: reference.name, command: reference.command, start: texOffset(0), end: texOffset(reference.end - reference.start), chunk: state, formula };
  }
  checkFormula(state, formula) {
    const { chunk } = state;
    const validate = this.options.validate !== false;
    const settled = formula.changedByMarkdown === true || formula.explained === true;
    if (validate && settled && mayDefine(formula.tex)) this.options.checker.readDefinitions(formula.tex, formula.display, this.context);
    const result = !validate || settled ? NOT_VALIDATED : this.options.checker.check(formula.tex, formula.display, this.context);
    if (chunk.definitionsOnly) return;
    this.formulaCount++;
    if (this.keepFormulas) {
      const toFile = toFileOffset(chunk);
      const definitions = definitionsIn(formula.tex);
      this.formulas.push({
        tex: formula.tex,
        display: formula.display,
        delimiter: formula.delimiter,
        start: toFile(formula.start),
        end: toFile(formula.end),
        ...chunk.cell === void 0 ? {} : { cell: chunk.cell },
        ...definitions.length ? { definitions } : {}
      });
    }
    for (const { fix, ...finding } of result.findings) {
      const placed = fix && this.options.fileText ? placeFix(fix, formula, chunk, this.options.fileText()) : void 0;
      this.emit(state, { ...finding, ...inText(formula, finding.start, finding.end), source: formula.tex, ...placed ? { fix: placed } : {} });
    }
    for (const label of result.labels) this.labels.push({ ...label, chunk: state, formula });
    for (const tag of result.tags) this.tags.push({ ...tag, chunk: state, formula });
    for (const ref of result.refs) this.refs.push({ ...ref, chunk: state, formula });
  }
  /**
   * A finding of the Markdown scan with its fix's edits in the file (a notebook's JSON; a Markdown file's chunk is
   * the file); without the fix where an edit cannot be placed exactly.
   */
  withFixInFile(chunk, finding) {
    if (!finding.fix || chunk.cell === void 0) return finding;
    const { fix, ...rest } = finding;
    const raw = this.options.fileText?.();
    if (raw === void 0) return rest;
    const place = chunkEdits(chunk, raw, false);
    const edits = [];
    for (const edit2 of fix.edits) {
      const placed = place(edit2.start, edit2.end, chunk.text.slice(edit2.start, edit2.end), edit2.text);
      if (!placed) return rest;
      edits.push(placed);
    }
    return { ...rest, fix: { ...fix, edits } };
  }
  /** A finding in chunk offsets, unless suppressed, as a finding of the file with its excerpt. */
  emit(state, finding) {
    if (state.chunk.definitionsOnly || state.suppressions.isSuppressed(finding.rule, finding.start)) return;
    const toFile = toFileOffset(state.chunk);
    const start = toFile(finding.start);
    const end = finding.end > finding.start ? toFile(finding.end - 1) + 1 : start + 1;
    const located = {
      ...finding,
      start,
      end: fileOffset(Math.max(end, start + 1)),
      excerpt: excerptAt(state.lines, finding.start, finding.end)
    };
    if (state.chunk.cell !== void 0) {
      located.cell = state.chunk.cell;
      located.cellLine = state.lines.position(finding.start).line;
    }
    this.findings.push(located);
  }
  /** The cross-reference findings, which need the whole document, and the result. */
  finish() {
    for (const { at, message } of secondLabels(this.labels)) this.referenceFinding(at, duplicateLabel.id, message);
    for (const { at, message } of secondTags(this.tags)) this.referenceFinding(at, duplicateTag.id, message);
    for (const { at, message } of unresolvedReferences(this.refs, this.labels)) this.referenceFinding(at, unresolvedReference.id, message);
    return { formulas: this.formulas, formulaCount: this.formulaCount, findings: this.findings };
  }
  referenceFinding(reference, rule, message) {
    this.emit(reference.chunk, { rule, message, ...inText(reference.formula, reference.start, reference.end), source: reference.formula.tex });
  }
};
function toFileOffset(chunk) {
  if (!chunk.fileOffsets) return (offset) => fileOffset(offset);
  const offsets = chunk.fileOffsets();
  return (offset) => fileOffset(offsets[offset] ?? offset);
}
function inText(formula, start, end) {
  const from = chunkOffset(formula, start);
  const last = chunkOffset(formula, Math.max(end - 1, start));
  return { start: from, end: Math.max(last + 1, from + 1) };
}
function chunkOffset(formula, index) {
  const clamped = Math.max(0, Math.min(index, formula.tex.length));
  return formula.offsets ? formula.offsets[clamped] : formula.contentStart + clamped;
}
function chunkEdits(chunk, raw, markdown) {
  const json = chunk.cell !== void 0;
  const offsets = chunk.fileOffsets?.();
  const toFile = (offset) => offsets?.[offset] ?? offset;
  const endOf = (at) => (json || markdown) && raw[at] === "\\" && (json || isAsciiPunctuation(raw[at + 1])) ? at + (json && raw[at + 1] === "u" ? 6 : 2) : at + 1;
  const decode = (text) => {
    if (markdown) return withoutMarkdownEscapes(text);
    if (!json) return text;
    try {
      return JSON.parse(`"${text}"`);
    } catch {
      return void 0;
    }
  };
  const encode = (text, next = "") => {
    if (json) return JSON.stringify(text).slice(1, -1);
    if (!markdown) return text;
    const escaped2 = withMarkdownEscapes(text + next);
    return escaped2.slice(0, escaped2.length - next.length);
  };
  return (start, end, expected, text) => {
    const from = start < chunk.text.length ? toFile(start) : endOf(toFile(start - 1));
    const to = end > start ? endOf(toFile(end - 1)) : from;
    const written = raw.slice(from, to);
    if (markdown && written !== withoutMarkdownEscapes(written)) return void 0;
    return decode(written) === expected ? { start: from, end: to, text: encode(text, raw[to] ?? "") } : void 0;
  };
}
function placeFix(fix, formula, chunk, raw) {
  const place = chunkEdits(chunk, raw, formula.throughMarkdown === true);
  const edits = [];
  if (fix.wholeFormula) {
    const whole = chunk.cell !== void 0 ? place(formula.start, formula.end, chunk.text.slice(formula.start, formula.end), "") : { start: formula.start, end: formula.end, text: "" };
    if (!whole) return void 0;
    edits.push(whole);
  } else {
    for (const edit2 of fix.edits) {
      const start = edit2.start < formula.tex.length ? chunkOffset(formula, edit2.start) : chunkOffset(formula, edit2.start - 1) + 1;
      const end = edit2.end > edit2.start ? chunkOffset(formula, edit2.end - 1) + 1 : start;
      const placed = place(start, end, formula.tex.slice(edit2.start, edit2.end), edit2.text);
      if (!placed) return void 0;
      edits.push(placed);
    }
  }
  return { description: fix.description, edits, ...fix.group ? { group: fix.group } : {} };
}

// src/check/load.ts
import { isUtf8 } from "node:buffer";

// src/scan/image-data.ts
var MIN_PAYLOAD = 4096;
var IMAGE_KEY = Buffer.from('"image/');
function withoutImageData(bytes) {
  const kept = [];
  let from = 0;
  for (let at = bytes.indexOf(IMAGE_KEY); at >= 0; at = bytes.indexOf(IMAGE_KEY, at + 1)) {
    const start = payloadStart(bytes, at + IMAGE_KEY.length);
    if (start < 0) continue;
    const end = bytes.indexOf(QUOTATION_MARK, start);
    if (end < 0) break;
    if (end - start < MIN_PAYLOAD || !isPlainJsonText(bytes, start, end)) continue;
    kept.push(bytes.subarray(from, start));
    from = end;
    at = end;
  }
  if (kept.length === 0) return bytes;
  kept.push(bytes.subarray(from));
  return Buffer.concat(kept);
}
function payloadStart(bytes, at) {
  let k = at;
  while (k < at + 64 && isMimeCharacter(bytes[k])) k++;
  if (k === at || bytes[k] !== QUOTATION_MARK) return -1;
  k = skipWhitespace(bytes, k + 1);
  if (bytes[k] !== 58) return -1;
  k = skipWhitespace(bytes, k + 1);
  return bytes[k] === QUOTATION_MARK ? k + 1 : -1;
}
function isMimeCharacter(byte) {
  if (byte === void 0) return false;
  return byte >= 97 && byte <= 122 || byte >= 48 && byte <= 57 || byte === 43 || byte === 45 || byte === 46;
}
function skipWhitespace(bytes, k) {
  while (bytes[k] === 32 || bytes[k] === 10 || bytes[k] === 13 || bytes[k] === 9) k++;
  return k;
}
function isPlainJsonText(bytes, start, end) {
  let k = start;
  while (k < end && (bytes.byteOffset + k) % 4 !== 0) if (!isPrintable(bytes[k++])) return false;
  const words = Math.floor((end - k) / 4);
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + k, words);
    for (let i = 0; i < words; i++) {
      const word = view[i];
      if ((word - 538976288 & ~word & 2155905152) !== 0 || ((word + 16843009 | word) & 2155905152) !== 0) return false;
    }
    k += words * 4;
  }
  while (k < end) if (!isPrintable(bytes[k++])) return false;
  const text = bytes.subarray(start, end);
  for (let at = text.indexOf(BACKSLASH); at >= 0; at = text.indexOf(BACKSLASH, at + 2)) if (text[at + 1] !== 110) return false;
  return true;
}
function isPrintable(byte) {
  return byte >= 32 && byte <= 126;
}

// src/check/load.ts
var MAX_MARKDOWN_BYTES = 16 * 1024 * 1024;
var MAX_NOTEBOOK_BYTES = 200 * 1024 * 1024;
var CELL_TYPES = /* @__PURE__ */ new Set(["markdown", "code", "raw", "heading"]);
function readLimit(kind) {
  return kind === "notebook" ? MAX_NOTEBOOK_BYTES : MAX_MARKDOWN_BYTES;
}
function tooLarge(size, kind) {
  return unreadable(noText, `File of ${megabytes(size)} is larger than the ${megabytes(readLimit(kind))} mathrepro reads; not checked.`, "warning");
}
function loadFile(bytes, kind) {
  if (bytes.length > readLimit(kind)) return tooLarge(bytes.length, kind);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return unreadable(noText, "UTF-16 text (it starts with a UTF-16 byte-order mark); not checked. Save the file as UTF-8.", "warning");
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return unreadable(noText, "Binary file (it contains NUL bytes), not text; not checked.", "warning");
  const hasBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (hasBom ? 3 : 0), bytes.length - (hasBom ? 3 : 0));
  const compact = kind === "notebook" ? withoutImageData(body) : body;
  if (!isUtf8(compact)) return notUtf8(body, kind);
  if (kind === "markdown") {
    const text = body.toString("utf8");
    return { ok: true, fileText: () => text, chunks: [{ text }] };
  }
  return loadNotebook(body, compact);
}
function notUtf8(body, kind) {
  const text = body.toString("utf8");
  const at = Math.max(0, text.indexOf("\uFFFD"));
  const finding = kind === "notebook" ? {
    rule: fileUnreadable.id,
    message: "Notebook is not UTF-8 here: Jupyter cannot open it (UnicodeDecodeError). Save it as UTF-8.",
    start: at,
    end: at + 1
  } : {
    rule: fileUnreadable.id,
    message: "Not UTF-8 here: the page shows a replacement character. Save the file as UTF-8.",
    start: at,
    end: at + 1,
    severity: "warning"
  };
  if (kind === "markdown") return { ok: true, fileText: () => text, chunks: [{ text }], findings: [finding] };
  const loaded2 = loadNotebook(Buffer.from(text, "utf8"), Buffer.from(text, "utf8"));
  return loaded2.ok ? { ...loaded2, findings: [...loaded2.findings ?? [], finding] } : loaded2;
}
function loadNotebook(body, compact) {
  let text;
  const fileText = () => text ??= body.toString("utf8");
  let notebook;
  try {
    notebook = readNotebook(compact === body ? fileText() : compact.toString("utf8"), fileText);
  } catch (error) {
    if (error instanceof NotebookError) {
      return {
        ok: false,
        fileText,
        finding: { rule: fileUnreadable.id, message: `Notebook is ${error.message}; Jupyter cannot open it.`, start: error.offset, end: error.offset + 1 }
      };
    }
    throw error;
  }
  const { nbformat } = notebook;
  if (nbformat !== 3 && nbformat !== 4) {
    const what = nbformat === void 0 ? "has no nbformat field" : `is nbformat ${nbformat}`;
    return unreadable(fileText, `Notebook ${what}; mathrepro reads nbformat 3 and 4. Upgrade it with \`jupyter nbconvert --to notebook\`.`, "error");
  }
  const chunks = [];
  const findings = [];
  const notRead = (message) => void findings.push({ rule: fileUnreadable.id, message, start: 0, end: 1, severity: "warning" });
  for (const cell of notebook.cells) {
    if (!CELL_TYPES.has(cell.cellType)) {
      const type = cell.cellType ? `cell_type '${cell.cellType.slice(0, 40)}', which no Jupyter knows` : "no cell_type";
      notRead(`Cell ${cell.index} has ${type}; it was not checked.`);
      continue;
    }
    if ((cell.cellType === "markdown" || cell.cellType === "heading") && !cell.sourceIsText) {
      notRead(`Cell ${cell.index} is markdown but its source is not text (a string or a list of strings); it was not checked.`);
      continue;
    }
    if (cell.cellType === "markdown" || cell.cellType === "heading") {
      chunks.push({ text: cell.source, fileOffsets: () => notebook.sourceOffsets(cell.index), cell: cell.index, tags: cell.tags });
    }
    for (const output of cell.markdownOutputs) {
      chunks.push({ text: output, cell: cell.index, definitionsOnly: true });
    }
  }
  return { ok: true, fileText, chunks, ...findings.length ? { findings } : {} };
}
function unreadable(fileText, message, severity) {
  return { ok: false, fileText, finding: { rule: fileUnreadable.id, message, start: 0, end: 1, severity } };
}
var noText = () => "";
function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

// src/check/engine.ts
import { relative as relative2, resolve } from "node:path";

// src/math/referee.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/math/mathjax-names.generated.ts
var MATHJAX_NAMES = {
  "katex": { "all": { "macros": ["!", '"', "#", "$", "%", "&", "'", "(", ")", ",", ".", ":", ";", "=", ">", "AA", "Alpha", "And", "Bbb", "Bbbk", "Beta", "Big", "Bigg", "Biggl", "Biggm", "Biggr", "Bigl", "Bigm", "Bigr", "Box", "Bra", "Braket", "Bumpeq", "Cap", "Chi", "Colonapprox", "Coloneq", "Coloneqq", "Colonsim", "Complex", "Cup", "DOTSB", "DOTSI", "DOTSX", "Dagger", "Darr", "Delta", "Diamond", "Doteq", "Downarrow", "Epsilon", "Eqcolon", "Eqqcolon", "Eta", "Finv", "Game", "Gamma", "H", "Harr", "Huge", "Im", "Iota", "Join", "KaTeX", "Kappa", "Ket", "LARGE", "LaTeX", "Lambda", "Large", "Larr", "Leftarrow", "Leftrightarrow", "Lleftarrow", "Longleftarrow", "Longleftrightarrow", "Longrightarrow", "Lrarr", "Lsh", "Mu", "N", "Nu", "Omega", "Omicron", "Overrightarrow", "P", "Phi", "Pi", "Pr", "Psi", "R", "Rarr", "Re", "Reals", "Rho", "Rightarrow", "Rrightarrow", "Rsh", "S", "Set", "Sigma", "Subset", "Supset", "Tau", "TeX", "TextOrMath", "Theta", "Uarr", "Uparrow", "Updownarrow", "Upsilon", "Vdash", "Vert", "Vvdash", "Xi", "Z", "Zeta", "\\", "]", "^", "_", "`", "aa", "above", "acute", "alef", "alefsym", "aleph", "allowbreak", "alpha", "amalg", "angl", "angle", "angln", "approx", "approxcolon", "approxcoloncolon", "approxeq", "arccos", "arcctg", "arcsin", "arctan", "arctg", "arg", "argmax", "argmin", "ast", "asymp", "atop", "backepsilon", "backprime", "backsim", "backsimeq", "backslash", "bar", "barwedge", "bcancel", "because", "begin", "begingroup", "beta", "beth", "between", "bf", "bgroup", "big", "bigcap", "bigcirc", "bigcup", "bigg", "biggl", "biggm", "biggr", "bigl", "bigm", "bigodot", "bigoplus", "bigotimes", "bigr", "bigsqcup", "bigstar", "bigtriangledown", "bigtriangleup", "biguplus", "bigvee", "bigwedge", "binom", "blacklozenge", "blacksquare", "blacktriangle", "blacktriangledown", "blacktriangleleft", "blacktriangleright", "blue", "blueA", "blueB", "blueC", "blueD", "blueE", "bm", "bmod", "bold", "boldsymbol", "bot", "bowtie", "boxdot", "boxed", "boxminus", "boxplus", "boxtimes", "bra", "brace", "brack", "braket", "breve", "bull", "bullet", "bumpeq", "c", "cal", "cancel", "cap", "cdot", "cdotp", "cdots", "centerdot", "cfrac", "ch", "char", "check", "checkmark", "chi", "choose", "circ", "circeq", "circlearrowleft", "circlearrowright", "circledR", "circledS", "circledast", "circledcirc", "circleddash", "clap", "clubs", "clubsuit", "cnums", "colon", "colonapprox", "coloncolon", "coloncolonapprox", "coloncolonequals", "coloncolonminus", "coloncolonsim", "coloneq", "coloneqq", "colonequals", "colonminus", "colonsim", "color", "colorbox", "complement", "cong", "coprod", "copyright", "cos", "cosec", "cosh", "cot", "cotg", "coth", "csc", "ctg", "cth", "cup", "curlyeqprec", "curlyeqsucc", "curlyvee", "curlywedge", "curvearrowleft", "curvearrowright", "dArr", "dag", "dagger", "daleth", "darr", "dashleftarrow", "dashrightarrow", "dashv", "dbinom", "dblcolon", "ddag", "ddagger", "ddddot", "dddot", "ddot", "ddots", "def", "deg", "degree", "delta", "det", "dfrac", "diagdown", "diagup", "diamond", "diamonds", "diamondsuit", "digamma", "dim", "displaystyle", "div", "divideontimes", "dot", "doteq", "doteqdot", "dotplus", "dots", "dotsb", "dotsc", "dotsi", "dotsm", "dotso", "dotsx", "doublebarwedge", "doublecap", "doublecup", "downarrow", "downdownarrows", "downharpoonleft", "downharpoonright", "edef", "egroup", "ell", "emph", "empty", "emptyset", "end", "endgroup", "enskip", "enspace", "epsilon", "eqcirc", "eqcolon", "eqqcolon", "eqsim", "eqslantgtr", "eqslantless", "equalscolon", "equalscoloncolon", "equiv", "errmessage", "eta", "eth", "exist", "exists", "exp", "expandafter", "fallingdotseq", "fbox", "fcolorbox", "flat", "footnotesize", "forall", "frac", "frak", "frown", "futurelet", "gamma", "gcd", "gdef", "ge", "genfrac", "geq", "geqq", "geqslant", "gets", "gg", "ggg", "gggtr", "gimel", "global", "gnapprox", "gneq", "gneqq", "gnsim", "goldA", "goldB", "goldC", "goldD", "goldE", "grave", "gray", "grayA", "grayB", "grayC", "grayD", "grayE", "grayF", "grayG", "grayH", "grayI", "green", "greenA", "greenB", "greenC", "greenD", "greenE", "gt", "gtrapprox", "gtrdot", "gtreqless", "gtreqqless", "gtrless", "gtrsim", "gvertneqq", "hArr", "harr", "hat", "hbar", "hbox", "hdashline", "hearts", "heartsuit", "hline", "hom", "hookleftarrow", "hookrightarrow", "hphantom", "href", "hskip", "hslash", "hspace", "htmlClass", "htmlData", "htmlId", "htmlStyle", "huge", "iff", "iiint", "iint", "image", "imageof", "imath", "impliedby", "implies", "in", "includegraphics", "inf", "infin", "infty", "injlim", "int", "intercal", "intop", "iota", "isin", "it", "jmath", "kaBlue", "kaGreen", "kappa", "ker", "kern", "ket", "lArr", "lBrace", "lVert", "lambda", "land", "lang", "langle", "large", "larr", "lbrace", "lbrack", "lceil", "ldotp", "ldots", "le", "leadsto", "left", "leftarrow", "leftarrowtail", "leftharpoondown", "leftharpoonup", "leftleftarrows", "leftrightarrow", "leftrightarrows", "leftrightharpoons", "leftrightsquigarrow", "leftthreetimes", "leq", "leqq", "leqslant", "lessapprox", "lessdot", "lesseqgtr", "lesseqqgtr", "lessgtr", "lesssim", "let", "lfloor", "lg", "lgroup", "lhd", "lim", "liminf", "limits", "limsup", "ll", "llap", "llbracket", "llcorner", "lll", "llless", "lmoustache", "ln", "lnapprox", "lneq", "lneqq", "lnot", "lnsim", "log", "long", "longleftarrow", "longleftrightarrow", "longmapsto", "longrightarrow", "looparrowleft", "looparrowright", "lor", "lozenge", "lparen", "lq", "lrArr", "lrarr", "lrcorner", "lt", "ltimes", "lvert", "lvertneqq", "maltese", "mapsfrom", "mapsto", "maroonA", "maroonB", "maroonC", "maroonD", "maroonE", "mathbb", "mathbf", "mathbin", "mathcal", "mathchoice", "mathclap", "mathclose", "mathellipsis", "mathfrak", "mathinner", "mathit", "mathllap", "mathnormal", "mathop", "mathopen", "mathord", "mathpunct", "mathreflectbox", "mathrel", "mathring", "mathrlap", "mathrm", "mathscr", "mathsf", "mathsfit", "mathsterling", "mathstrut", "mathtt", "max", "measuredangle", "medspace", "message", "mho", "mid", "middle", "min", "mintA", "mintB", "mintC", "minuscolon", "minuscoloncolon", "minuso", "mkern", "mod", "models", "mp", "mskip", "mu", "multimap", "nLeftarrow", "nLeftrightarrow", "nRightarrow", "nVDash", "nVdash", "nabla", "natnums", "natural", "ncong", "ne", "nearrow", "neg", "negmedspace", "negthickspace", "negthinspace", "neq", "newcommand", "newline", "nexists", "ngeq", "ngeqq", "ngeqslant", "ngtr", "ni", "nleftarrow", "nleftrightarrow", "nleq", "nleqq", "nleqslant", "nless", "nmid", "nobreak", "nobreakspace", "noexpand", "nolimits", "nonumber", "normalsize", "not", "notag", "notin", "notni", "nparallel", "nprec", "npreceq", "nrightarrow", "nshortmid", "nshortparallel", "nsim", "nsubseteq", "nsubseteqq", "nsucc", "nsucceq", "nsupseteq", "nsupseteqq", "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq", "nu", "nvDash", "nvdash", "nwarrow", "odot", "oiiint", "oiint", "oint", "omega", "omicron", "ominus", "operatorname", "operatornamewithlimits", "oplus", "orange", "ordinarycolon", "origof", "oslash", "otimes", "over", "overbrace", "overbracket", "overgroup", "overleftarrow", "overleftharpoon", "overleftrightarrow", "overline", "overlinesegment", "overrightarrow", "overrightharpoon", "overset", "owns", "parallel", "partial", "perp", "phantom", "phase", "phi", "pi", "pink", "pitchfork", "plim", "plusmn", "pm", "pmb", "pmod", "pod", "pounds", "prec", "precapprox", "preccurlyeq", "preceq", "precnapprox", "precneqq", "precnsim", "precsim", "prime", "prod", "projlim", "propto", "providecommand", "psi", "purple", "purpleA", "purpleB", "purpleC", "purpleD", "purpleE", "qquad", "quad", "r", "rArr", "rBrace", "rVert", "raisebox", "rang", "rangle", "rarr", "ratio", "rbrace", "rbrack", "rceil", "real", "reals", "red", "redA", "redB", "redC", "redD", "redE", "reflectbox", "relax", "renewcommand", "restriction", "rfloor", "rgroup", "rhd", "rho", "right", "rightarrow", "rightarrowtail", "rightharpoondown", "rightharpoonup", "rightleftarrows", "rightleftharpoons", "rightrightarrows", "rightsquigarrow", "rightthreetimes", "risingdotseq", "rlap", "rm", "rmoustache", "rparen", "rq", "rrbracket", "rtimes", "rule", "rvert", "scriptscriptstyle", "scriptsize", "scriptstyle", "sdot", "searrow", "sec", "sect", "set", "setminus", "sf", "sh", "sharp", "shortmid", "shortparallel", "show", "sigma", "sim", "simcolon", "simcoloncolon", "simeq", "sin", "sinh", "sixptsize", "small", "smallfrown", "smallint", "smallsetminus", "smallsmile", "smash", "smile", "sout", "space", "spades", "spadesuit", "sphericalangle", "sqcap", "sqcup", "sqrt", "sqsubset", "sqsubseteq", "sqsupset", "sqsupseteq", "square", "stackrel", "star", "sub", "sube", "subset", "subseteq", "subseteqq", "subsetneq", "subsetneqq", "substack", "succ", "succapprox", "succcurlyeq", "succeq", "succnapprox", "succneqq", "succnsim", "succsim", "sum", "sup", "supe", "supset", "supseteq", "supseteqq", "supsetneq", "supsetneqq", "surd", "swarrow", "tag", "tan", "tanh", "tau", "tbinom", "tealA", "tealB", "tealC", "tealD", "tealE", "text", "textbf", "textcircled", "textcolor", "textcopyright", "textit", "textmd", "textnormal", "textregistered", "textrm", "textsf", "textstyle", "texttt", "textup", "tfrac", "tg", "th", "therefore", "theta", "thetasym", "thickapprox", "thicksim", "thickspace", "thinspace", "tilde", "times", "tiny", "tmspace", "to", "top", "triangle", "triangledown", "triangleleft", "trianglelefteq", "triangleq", "triangleright", "trianglerighteq", "tt", "twoheadleftarrow", "twoheadrightarrow", "u", "uArr", "uarr", "ulcorner", "underbar", "underbrace", "underbracket", "undergroup", "underleftarrow", "underleftrightarrow", "underline", "underlinesegment", "underrightarrow", "underset", "unlhd", "unrhd", "uparrow", "updownarrow", "upharpoonleft", "upharpoonright", "uplus", "upsilon", "upuparrows", "urcorner", "url", "utilde", "v", "vDash", "varDelta", "varGamma", "varLambda", "varOmega", "varPhi", "varPi", "varPsi", "varSigma", "varTheta", "varUpsilon", "varXi", "varepsilon", "varinjlim", "varkappa", "varliminf", "varlimsup", "varnothing", "varphi", "varpi", "varprojlim", "varpropto", "varrho", "varsigma", "varsubsetneq", "varsubsetneqq", "varsupsetneq", "varsupsetneqq", "vartheta", "vartriangle", "vartriangleleft", "vartriangleright", "varvdots", "vcentcolon", "vcenter", "vdash", "vdots", "vec", "vee", "veebar", "verb", "vert", "vphantom", "wedge", "weierp", "widecheck", "widehat", "widetilde", "wp", "wr", "xLeftarrow", "xLeftrightarrow", "xRightarrow", "xcancel", "xdef", "xhookleftarrow", "xhookrightarrow", "xi", "xleftarrow", "xleftequilibrium", "xleftharpoondown", "xleftharpoonup", "xleftrightarrow", "xleftrightharpoons", "xlongequal", "xmapsto", "xrightarrow", "xrightequilibrium", "xrightharpoondown", "xrightharpoonup", "xrightleftarrows", "xrightleftharpoons", "xtofrom", "xtwoheadleftarrow", "xtwoheadrightarrow", "yen", "zeta", "{", "|", "}", "~"], "environments": [] } },
  "mathjax3": {
    "base": { "macros": [" ", "!", "#", "$", "%", "&", "(", ")", ",", ".", "/", ":", ";", "<", ">", "And", "Arrowvert", "Bbb", "Big", "Bigg", "Biggl", "Biggm", "Biggr", "Bigl", "Bigm", "Bigr", "Delta", "Downarrow", "Gamma", "Huge", "Im", "LARGE", "LaTeX", "Lambda", "Large", "Leftarrow", "Leftrightarrow", "Longleftarrow", "Longleftrightarrow", "Longrightarrow", "Omega", "Phi", "Pi", "Pr", "Psi", "Re", "Rightarrow", "Rule", "S", "Sigma", "Space", "TeX", "Theta", "Tiny", "Uparrow", "Updownarrow", "Upsilon", "Vert", "Xi", "[", "\\", "]", "_", "above", "abovewithdelims", "acute", "aleph", "alpha", "amalg", "angle", "approx", "arccos", "arcsin", "arctan", "arg", "array", "arrowvert", "ast", "asymp", "atop", "atopwithdelims", "backslash", "bar", "bbFont", "begin", "beta", "bf", "big", "bigcap", "bigcirc", "bigcup", "bigg", "biggl", "biggm", "biggr", "bigl", "bigm", "bigodot", "bigoplus", "bigotimes", "bigr", "bigsqcup", "bigtriangledown", "bigtriangleup", "biguplus", "bigvee", "bigwedge", "bmod", "bot", "bowtie", "boxed", "brace", "bracevert", "brack", "breve", "buildrel", "bullet", "cal", "cap", "cases", "cdot", "cdotp", "cdots", "check", "chi", "choose", "circ", "clubsuit", "colon", "cong", "coprod", "cos", "cosh", "cot", "coth", "cr", "csc", "cup", "dagger", "dashv", "ddagger", "ddot", "ddots", "deg", "delta", "det", "diamond", "diamondsuit", "dim", "displaylines", "displaystyle", "div", "divsymbol", "dot", "doteq", "dots", "dotsb", "dotsc", "dotsi", "dotsm", "dotso", "downarrow", "ell", "emptyset", "end", "enspace", "epsilon", "eqalign", "eqalignno", "equiv", "eta", "exists", "exp", "fbox", "flat", "forall", "frac", "frak", "framebox", "frown", "gamma", "gcd", "ge", "geq", "gets", "gg", "grave", "gt", "hat", "hbar", "hbox", "hdashline", "heartsuit", "hfil", "hfill", "hfilll", "hline", "hom", "hookleftarrow", "hookrightarrow", "hphantom", "hskip", "hspace", "huge", "iff", "iiint", "iint", "imath", "in", "inf", "infty", "int", "intop", "iota", "it", "jmath", "kappa", "ker", "kern", "label", "lambda", "land", "langle", "large", "lbrace", "lbrack", "lceil", "ldotp", "ldots", "le", "left", "leftarrow", "leftharpoondown", "leftharpoonup", "leftrightarrow", "leftroot", "leq", "leqalignno", "lfloor", "lg", "lgroup", "lim", "liminf", "limits", "limsup", "ll", "llap", "lmoustache", "ln", "lnot", "log", "longleftarrow", "longleftrightarrow", "longmapsto", "longrightarrow", "lor", "lower", "lt", "mapsto", "mathbb", "mathbf", "mathbfcal", "mathbffrak", "mathbfit", "mathbfscr", "mathbfsf", "mathbfsfit", "mathbfsfup", "mathbfup", "mathbin", "mathcal", "mathchoice", "mathclose", "mathfrak", "mathinner", "mathit", "mathnormal", "mathop", "mathopen", "mathord", "mathpunct", "mathrel", "mathrm", "mathscr", "mathsf", "mathsfit", "mathsfup", "mathstrut", "mathtt", "mathup", "matrix", "max", "mbox", "mid", "middle", "min", "mit", "mkern", "mmlToken", "mod", "models", "moveleft", "moveright", "mp", "mskip", "mspace", "mu", "nabla", "natural", "ne", "nearrow", "neg", "negthinspace", "neq", "newline", "ni", "nolimits", "nonscript", "nonumber", "normalsize", "not", "notChar", "notin", "nu", "nwarrow", "odot", "oint", "oldstyle", "omega", "omicron", "ominus", "oplus", "oslash", "otimes", "over", "overbrace", "overleftarrow", "overleftrightarrow", "overline", "overparen", "overrightarrow", "overset", "overunderset", "overwithdelims", "owns", "parallel", "partial", "perp", "phantom", "phi", "pi", "pm", "pmatrix", "pmb", "pmod", "pod", "prec", "preceq", "prime", "prod", "propto", "psi", "qquad", "quad", "raise", "rangle", "rbrace", "rbrack", "rceil", "ref", "rfloor", "rgroup", "rho", "right", "rightarrow", "rightharpoondown", "rightharpoonup", "rightleftharpoons", "rlap", "rm", "rmoustache", "root", "rule", "scr", "scriptscriptstyle", "scriptsize", "scriptstyle", "searrow", "sec", "setminus", "sf", "sharp", "sigma", "sim", "simeq", "sin", "sinh", "skew", "small", "smallint", "smash", "smile", "space", "spadesuit", "sqcap", "sqcup", "sqrt", "sqsubseteq", "sqsupseteq", "stackbin", "stackrel", "star", "strut", "subset", "subseteq", "succ", "succeq", "sum", "sup", "supset", "supseteq", "surd", "swarrow", "symbb", "symbf", "symbfcal", "symbffrak", "symbfit", "symbfscr", "symbfsf", "symbfsfit", "symbfsfup", "symbfup", "symcal", "symfrak", "symit", "symnormal", "symrm", "symscr", "symsf", "symsfit", "symsfup", "symtt", "symup", "tan", "tanh", "tau", "text", "textbf", "textit", "textnormal", "textrm", "textsf", "textstyle", "texttt", "textup", "theta", "thinspace", "tilde", "times", "tiny", "to", "top", "triangle", "triangleleft", "triangleright", "tt", "underbrace", "underleftarrow", "underleftrightarrow", "underline", "underparen", "underrightarrow", "underset", "uparrow", "updownarrow", "uplus", "uproot", "upsilon", "varepsilon", "varphi", "varpi", "varrho", "varsigma", "vartheta", "vcenter", "vdash", "vdots", "vec", "vee", "vert", "vphantom", "wedge", "widehat", "widetilde", "wp", "wr", "xi", "zeta", "{", "|", "}", "\xA0"], "environments": ["array", "eqnarray", "equation"] },
    "action": { "macros": ["mathtip", "texttip", "toggle"], "environments": [] },
    "ams": { "macros": ["Bbbk", "Box", "Bumpeq", "Cap", "Cup", "DeclareMathOperator", "Diamond", "Doteq", "Finv", "Game", "Join", "Lleftarrow", "Lsh", "Rrightarrow", "Rsh", "Subset", "Supset", "Vdash", "Vvdash", "approxeq", "backepsilon", "backprime", "backsim", "backsimeq", "barwedge", "because", "beth", "between", "bigstar", "binom", "blacklozenge", "blacksquare", "blacktriangle", "blacktriangledown", "blacktriangleleft", "blacktriangleright", "boxdot", "boxed", "boxminus", "boxplus", "boxtimes", "bumpeq", "centerdot", "cfrac", "checkmark", "circeq", "circlearrowleft", "circlearrowright", "circledR", "circledS", "circledast", "circledcirc", "circleddash", "complement", "curlyeqprec", "curlyeqsucc", "curlyvee", "curlywedge", "curvearrowleft", "curvearrowright", "daleth", "dashleftarrow", "dashrightarrow", "dbinom", "ddddot", "dddot", "dfrac", "diagdown", "diagup", "digamma", "divideontimes", "doteqdot", "dotplus", "doublebarwedge", "doublecap", "doublecup", "downdownarrows", "downharpoonleft", "downharpoonright", "eqcirc", "eqref", "eqsim", "eqslantgtr", "eqslantless", "eth", "fallingdotseq", "frac", "genfrac", "geqq", "geqslant", "ggg", "gggtr", "gimel", "gnapprox", "gneq", "gneqq", "gnsim", "gtrapprox", "gtrdot", "gtreqless", "gtreqqless", "gtrless", "gtrsim", "gvertneqq", "hslash", "idotsint", "iiiint", "impliedby", "implies", "injlim", "intercal", "lVert", "leadsto", "leftarrowtail", "leftleftarrows", "leftrightarrows", "leftrightharpoons", "leftrightsquigarrow", "leftthreetimes", "leqq", "leqslant", "lessapprox", "lessdot", "lesseqgtr", "lesseqqgtr", "lessgtr", "lesssim", "lhd", "llcorner", "lll", "llless", "lnapprox", "lneq", "lneqq", "lnsim", "looparrowleft", "looparrowright", "lozenge", "lrcorner", "ltimes", "lvert", "lvertneqq", "maltese", "mathring", "measuredangle", "mho", "multimap", "nLeftarrow", "nLeftrightarrow", "nRightarrow", "nVDash", "nVdash", "ncong", "negmedspace", "negthickspace", "nexists", "ngeq", "ngeqq", "ngeqslant", "ngtr", "nleftarrow", "nleftrightarrow", "nleq", "nleqq", "nleqslant", "nless", "nmid", "nobreakspace", "notag", "nparallel", "nprec", "npreceq", "nrightarrow", "nshortmid", "nshortparallel", "nsim", "nsubseteq", "nsubseteqq", "nsucc", "nsucceq", "nsupseteq", "nsupseteqq", "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq", "nvDash", "nvdash", "operatorname", "pitchfork", "precapprox", "preccurlyeq", "precnapprox", "precneqq", "precnsim", "precsim", "projlim", "rVert", "restriction", "rhd", "rightarrowtail", "rightleftarrows", "rightleftharpoons", "rightrightarrows", "rightsquigarrow", "rightthreetimes", "risingdotseq", "rtimes", "rvert", "shortmid", "shortparallel", "shoveleft", "shoveright", "sideset", "smallfrown", "smallsetminus", "smallsmile", "sphericalangle", "sqsubset", "sqsupset", "square", "subseteqq", "subsetneq", "subsetneqq", "substack", "succapprox", "succcurlyeq", "succnapprox", "succneqq", "succnsim", "succsim", "supseteqq", "supsetneq", "supsetneqq", "tag", "tbinom", "tfrac", "therefore", "thickapprox", "thicksim", "triangledown", "trianglelefteq", "triangleq", "trianglerighteq", "twoheadleftarrow", "twoheadrightarrow", "ulcorner", "unlhd", "unrhd", "upharpoonleft", "upharpoonright", "upuparrows", "urcorner", "vDash", "varDelta", "varGamma", "varLambda", "varOmega", "varPhi", "varPi", "varPsi", "varSigma", "varTheta", "varUpsilon", "varXi", "varinjlim", "varkappa", "varliminf", "varlimsup", "varnothing", "varprojlim", "varpropto", "varsubsetneq", "varsubsetneqq", "varsupsetneq", "varsupsetneqq", "vartriangle", "vartriangleleft", "vartriangleright", "veebar", "xleftarrow", "xrightarrow", "yen"], "environments": ["Bmatrix", "Vmatrix", "align", "align*", "alignat", "alignat*", "aligned", "alignedat", "bmatrix", "cases", "eqnarray*", "equation*", "flalign", "flalign*", "gather", "gather*", "gathered", "matrix", "multline", "multline*", "pmatrix", "smallmatrix", "split", "subarray", "vmatrix", "xalignat", "xalignat*", "xxalignat"] },
    "amscd": { "macros": ["minCDarrowheight", "minCDarrowwidth"], "environments": ["CD"] },
    "bbox": { "macros": ["bbox"], "environments": [] },
    "boldsymbol": { "macros": ["boldsymbol"], "environments": [] },
    "braket": { "macros": ["Bra", "Braket", "Ket", "Ketbra", "Set", "bra", "braket", "ket", "ketbra", "set", "|"], "environments": [] },
    "bussproofs": { "macros": ["AXC", "Axiom", "AxiomC", "BIC", "BinaryInf", "BinaryInfC", "LL", "LeftLabel", "QuaternaryInf", "QuaternaryInfC", "QuinaryInf", "QuinaryInfC", "RL", "RightLabel", "TIC", "TrinaryInf", "TrinaryInfC", "UIC", "UnaryInf", "UnaryInfC", "alwaysDashedLine", "alwaysNoLine", "alwaysRootAtBottom", "alwaysRootAtTop", "alwaysSingleLine", "alwaysSolidLine", "dashedLine", "fCenter", "noLine", "rootAtBottom", "rootAtTop", "singleLine", "solidLine"], "environments": ["prooftree"] },
    "cancel": { "macros": ["bcancel", "cancel", "cancelto", "xcancel"], "environments": [] },
    "cases": { "macros": [], "environments": ["numcases", "subnumcases"] },
    "centernot": { "macros": ["centerOver", "centernot"], "environments": [] },
    "color": { "macros": ["color", "colorbox", "definecolor", "fcolorbox", "textcolor"], "environments": [] },
    "colortbl": { "macros": ["cellcolor", "columncolor", "rowcolor"], "environments": [] },
    "empheq": { "macros": ["empheqbigl", "empheqbiglVert", "empheqbiglangle", "empheqbiglbrace", "empheqbiglbrack", "empheqbiglceil", "empheqbiglfloor", "empheqbiglparen", "empheqbiglvert", "empheqbigr", "empheqbigrVert", "empheqbigrangle", "empheqbigrbrace", "empheqbigrbrack", "empheqbigrceil", "empheqbigrfloor", "empheqbigrparen", "empheqbigrvert", "empheql", "empheqlVert", "empheqlangle", "empheqlbrace", "empheqlbrack", "empheqlceil", "empheqlfloor", "empheqlparen", "empheqlvert", "empheqr", "empheqrVert", "empheqrangle", "empheqrbrace", "empheqrbrack", "empheqrceil", "empheqrfloor", "empheqrparen", "empheqrvert"], "environments": ["empheq"] },
    "enclose": { "macros": ["enclose"], "environments": [] },
    "extpfeil": { "macros": ["Newextarrow", "xlongequal", "xmapsto", "xtofrom", "xtwoheadleftarrow", "xtwoheadrightarrow"], "environments": [] },
    "gensymb": { "macros": ["celsius", "degree", "micro", "ohm", "perthousand"], "environments": [] },
    "html": { "macros": ["class", "cssId", "href", "style"], "environments": [] },
    "mathtools": { "macros": ["Aboxed", "ArrowBetweenLines", "Colonapprox", "Coloneq", "Coloneqq", "Colonsim", "DeclarePairedDelimiter", "DeclarePairedDelimiterX", "DeclarePairedDelimiterXPP", "DeclarePairedDelimiters", "DeclarePairedDelimitersX", "DeclarePairedDelimitersXPP", "Eqcolon", "Eqqcolon", "MTFlushSpaceAbove", "MTFlushSpaceBelow", "MTThinColon", "MoveEqLeft", "adjustlimits", "bigtimes", "centercolon", "clap", "colonapprox", "coloneq", "coloneqq", "colonsim", "cramped", "crampedclap", "crampedllap", "crampedrlap", "crampedsubstack", "dblcolon", "eqcolon", "eqqcolon", "lparen", "mathclap", "mathllap", "mathmakebox", "mathmbox", "mathrlap", "mathtoolsset", "ndownarrow", "newtagform", "nuparrow", "ordinarycolon", "overbracket", "prescript", "refeq", "renewtagform", "rparen", "shortvdotswithin", "shoveleft", "shoveright", "splitdfrac", "splitfrac", "textclap", "textllap", "textrlap", "underbracket", "usetagform", "vdotswithin", "xLeftarrow", "xLeftrightarrow", "xRightarrow", "xhookleftarrow", "xhookrightarrow", "xleftharpoondown", "xleftharpoonup", "xleftrightarrow", "xleftrightharpoons", "xmapsto", "xmathstrut", "xrightharpoondown", "xrightharpoonup", "xrightleftharpoons"], "environments": ["Bmatrix*", "Bsmallmatrix", "Bsmallmatrix*", "Vmatrix*", "Vsmallmatrix", "Vsmallmatrix*", "bmatrix*", "bsmallmatrix", "bsmallmatrix*", "cases*", "crampedsubarray", "dcases", "dcases*", "drcases", "drcases*", "lgathered", "matrix*", "multlined", "pmatrix*", "psmallmatrix", "psmallmatrix*", "rcases", "rcases*", "rgathered", "smallmatrix*", "spreadlines", "vmatrix*", "vsmallmatrix", "vsmallmatrix*"] },
    "mhchem": { "macros": ["ce", "longLeftrightharpoons", "longRightleftharpoons", "longleftrightarrows", "longrightleftharpoons", "pu", "tripledash", "xLeftrightharpoons", "xRightleftharpoons", "xleftrightarrow", "xrightleftharpoons"], "environments": [] },
    "newcommand": { "macros": ["def", "let", "newcommand", "newenvironment", "renewcommand", "renewenvironment"], "environments": [] },
    "upgreek": { "macros": ["Updelta", "Upgamma", "Uplambda", "Upomega", "Upphi", "Uppi", "Uppsi", "Upsigma", "Uptheta", "Upupsilon", "Upxi", "upalpha", "upbeta", "upchi", "updelta", "upepsilon", "upeta", "upgamma", "upiota", "upkappa", "uplambda", "upmu", "upnu", "upomega", "upomicron", "upphi", "uppi", "uppsi", "uprho", "upsigma", "uptau", "uptheta", "upupsilon", "upvarepsilon", "upvarphi", "upvarpi", "upvarrho", "upvarsigma", "upvartheta", "upxi", "upzeta"], "environments": [] },
    "unicode": { "macros": ["unicode"], "environments": [] },
    "verb": { "macros": ["verb"], "environments": [] },
    "configmacros": { "macros": [], "environments": [] },
    "tagformat": { "macros": [], "environments": [] },
    "textcomp": { "macros": ["textacutedbl", "textasciiacute", "textasciibreve", "textasciicaron", "textasciicircum", "textasciidieresis", "textasciimacron", "textasciitilde", "textasteriskcentered", "textbackslash", "textbaht", "textbar", "textbardbl", "textbigcircle", "textblank", "textborn", "textbraceleft", "textbraceright", "textbrokenbar", "textbullet", "textcelsius", "textcent", "textcentoldstyle", "textcircledP", "textcolonmonetary", "textcompwordmark", "textcopyleft", "textcopyright", "textcurrency", "textdagger", "textdaggerdbl", "textdegree", "textdied", "textdiscount", "textdiv", "textdivorced", "textdollar", "textdollaroldstyle", "textdong", "textdownarrow", "texteightoldstyle", "textellipsis", "textemdash", "textendash", "textestimated", "texteuro", "textexclamdown", "textfiveoldstyle", "textflorin", "textfouroldstyle", "textfractionsolidus", "textgravedbl", "textgreater", "textguarani", "textinterrobang", "textinterrobangdown", "textlangle", "textlbrackdbl", "textleftarrow", "textless", "textlira", "textlnot", "textlquill", "textmarried", "textmho", "textminus", "textmu", "textmusicalnote", "textnaira", "textnineoldstyle", "textnumero", "textohm", "textonehalf", "textoneoldstyle", "textonequarter", "textonesuperior", "textopenbullet", "textordfeminine", "textordmasculine", "textparagraph", "textperiodcentered", "textpertenthousand", "textperthousand", "textpeso", "textpm", "textquestiondown", "textquotedblleft", "textquotedblright", "textquoteleft", "textquoteright", "textrangle", "textrbrackdbl", "textrecipe", "textreferencemark", "textregistered", "textrightarrow", "textrquill", "textsection", "textservicemark", "textsevenoldstyle", "textsixoldstyle", "textsterling", "textsurd", "textthreeoldstyle", "textthreequarters", "textthreesuperior", "texttildelow", "texttimes", "texttrademark", "texttwooldstyle", "texttwosuperior", "textunderscore", "textuparrow", "textvisiblespace", "textwon", "textyen", "textzerooldstyle"], "environments": [] },
    "textmacros": { "macros": [], "environments": [] },
    "require": { "macros": ["require"], "environments": [] },
    "physics": { "macros": ["Bqty", "Im", "PV", "Pmqty", "Pr", "Probability", "Re", "Res", "Residue", "Tr", "Trace", "abs", "absolutevalue", "acomm", "acos", "acosecant", "acosine", "acot", "acotangent", "acsc", "admat", "anticommutator", "antidiagonalmatrix", "arccos", "arccosecant", "arccosine", "arccot", "arccotangent", "arccsc", "arcsec", "arcsecant", "arcsin", "arcsine", "arctan", "arctangent", "asec", "asecant", "asin", "asine", "atan", "atangent", "bmqty", "bqty", "bra", "braket", "comm", "commutator", "cos", "cosecant", "cosh", "cosine", "cot", "cotangent", "coth", "cp", "cross", "crossproduct", "csc", "csch", "curl", "dd", "derivative", "det", "determinant", "diagonalmatrix", "diffd", "differential", "div", "divergence", "dmat", "dotproduct", "dv", "dyad", "erf", "ev", "eval", "evaluated", "exp", "expectationvalue", "exponential", "expval", "fderivative", "fdv", "flatfrac", "functionalderivative", "grad", "gradient", "gradientnabla", "hypcosecant", "hypcosine", "hypcotangent", "hypsecant", "hypsine", "hyptangent", "identitymatrix", "imaginary", "imat", "innerproduct", "ip", "ket", "ketbra", "laplacian", "ln", "log", "logarithm", "matrixdeterminant", "matrixel", "matrixelement", "matrixquantity", "mdet", "mel", "mqty", "naturallogarithm", "norm", "op", "order", "outerproduct", "partialderivative", "paulimatrix", "pb", "pderivative", "pdv", "pmat", "pmqty", "poissonbracket", "pqty", "principalvalue", "pv", "qall", "qand", "qas", "qassume", "qc", "qcc", "qcomma", "qelse", "qeven", "qfor", "qgiven", "qif", "qin", "qinteger", "qlet", "qodd", "qor", "qotherwise", "qq", "qqtext", "qsince", "qthen", "qty", "quantity", "qunless", "qusing", "rank", "real", "sPmqty", "sbmqty", "sec", "secant", "sech", "sin", "sine", "sinh", "smallmatrixquantity", "smdet", "smqty", "spmqty", "svmqty", "tan", "tangent", "tanh", "tr", "trace", "va", "var", "variation", "vb", "vdot", "vectorarrow", "vectorbold", "vectorunit", "vmqty", "vnabla", "vqty", "vu", "xmat", "xmatrix", "zeromatrix", "zmat"], "environments": ["smallmatrix"] },
    "text-mode": { "macros": ["	", " ", "!", '"', "#", "$", "%", "&", "'", "(", ",", ".", ":", ";", "=", ">", "Bbb", "Huge", "LARGE", "Large", "Rule", "S", "Space", "Tiny", "\\", "^", "_", "`", "bbFont", "bf", "cal", "class", "color", "colorbox", "cssId", "dagger", "ddagger", "emph", "enspace", "eqref", "fcolorbox", "frak", "href", "hskip", "hspace", "huge", "it", "kern", "large", "mit", "mkern", "mskip", "mspace", "negthinspace", "normalsize", "oldstyle", "qquad", "quad", "ref", "rm", "rule", "scr", "scriptsize", "sf", "small", "style", "textbf", "textcolor", "textit", "textnormal", "textrm", "textsf", "texttt", "textup", "thinspace", "tiny", "tt", "u", "unicode", "v", "{", "}", "~", "\xA0", "\u2018", "\u2019"], "environments": [] }
  },
  "mathjax4": {
    "base": { "macros": [" ", "!", "#", "$", "%", "&", "(", ")", "*", ",", ".", "/", ":", ";", "<", ">", "AA", "And", "Arrowvert", "Bbb", "Big", "Bigg", "Biggl", "Biggm", "Biggr", "Bigl", "Bigm", "Bigr", "Delta", "Downarrow", "Gamma", "HUGE", "Huge", "Im", "LARGE", "LaTeX", "Lambda", "Large", "Leftarrow", "Leftrightarrow", "Longleftarrow", "Longleftrightarrow", "Longrightarrow", "Omega", "Phi", "Pi", "Pr", "Psi", "Re", "Rightarrow", "Rule", "S", "SMALL", "Sigma", "Small", "Space", "TeX", "Theta", "Tiny", "Uparrow", "Updownarrow", "Upsilon", "Vert", "Xi", "[", "\\", "]", "_", "above", "abovewithdelims", "acute", "aleph", "allowbreak", "alpha", "amalg", "angle", "approx", "arccos", "arcsin", "arctan", "arg", "array", "arrowvert", "ast", "asymp", "atop", "atopwithdelims", "backslash", "badbreak", "bar", "begin", "beta", "bf", "big", "bigcap", "bigcirc", "bigcup", "bigg", "biggl", "biggm", "biggr", "bigl", "bigm", "bigodot", "bigoplus", "bigotimes", "bigr", "bigsqcup", "bigtriangledown", "bigtriangleup", "biguplus", "bigvee", "bigwedge", "bmod", "bot", "bowtie", "boxed", "brace", "bracevert", "brack", "break", "breakAlign", "breve", "buildrel", "bullet", "cal", "cap", "cases", "cdot", "cdotp", "cdots", "check", "chi", "choose", "circ", "clubsuit", "colon", "cong", "coprod", "cos", "cosh", "cot", "coth", "cr", "csc", "cup", "dagger", "dashv", "ddagger", "ddddot", "dddot", "ddot", "ddots", "deg", "delta", "det", "diamond", "diamondsuit", "dim", "displaylines", "displaystyle", "div", "dot", "doteq", "dots", "dotsb", "dotsc", "dotsi", "dotsm", "dotso", "downarrow", "ell", "emptyset", "end", "enspace", "epsilon", "eqalign", "eqalignno", "equiv", "eta", "exists", "exp", "fbox", "flat", "footnotesize", "forall", "frac", "frak", "framebox", "frown", "gamma", "gcd", "ge", "geq", "gets", "gg", "goodbreak", "grave", "gt", "hat", "hbar", "hbox", "hdashline", "heartsuit", "hfil", "hfill", "hfilll", "hline", "hom", "hookleftarrow", "hookrightarrow", "hphantom", "hsize", "hskip", "hspace", "huge", "iddots", "iff", "iiint", "iint", "imath", "in", "inf", "infty", "int", "intop", "iota", "it", "jmath", "kappa", "ker", "kern", "label", "lambda", "land", "langle", "large", "lbrace", "lbrack", "lceil", "ldotp", "ldots", "le", "left", "leftarrow", "leftharpoondown", "leftharpoonup", "leftrightarrow", "leftroot", "leq", "leqalignno", "lfloor", "lg", "lgroup", "lim", "liminf", "limits", "limsup", "ll", "llap", "lmoustache", "ln", "lnot", "log", "longleftarrow", "longleftrightarrow", "longmapsto", "longrightarrow", "lor", "lower", "lt", "makebox", "mapsto", "mathbb", "mathbf", "mathbfcal", "mathbffrak", "mathbfit", "mathbfscr", "mathbfsf", "mathbfsfit", "mathbfsfup", "mathbfup", "mathbin", "mathcal", "mathchoice", "mathclose", "mathfrak", "mathinner", "mathit", "mathnormal", "mathop", "mathopen", "mathord", "mathpunct", "mathrel", "mathrm", "mathscr", "mathsf", "mathsfit", "mathsfup", "mathstrut", "mathtt", "mathup", "matrix", "max", "mbox", "mid", "middle", "min", "mit", "mkern", "mmlToken", "mod", "models", "moveleft", "moveright", "mp", "mskip", "mspace", "mu", "nabla", "natural", "ne", "nearrow", "neg", "negthinspace", "neq", "newcolumntype", "newline", "ni", "nobreak", "nolimits", "nonscript", "nonumber", "normalsize", "not", "notChar", "notin", "nu", "nwarrow", "odot", "oiiint", "oiint", "oint", "ointop", "oldstyle", "omega", "omicron", "ominus", "oplus", "oslash", "otimes", "over", "overbrace", "overleftarrow", "overleftrightarrow", "overline", "overparen", "overrightarrow", "overset", "overunderset", "overwithdelims", "owns", "parallel", "parbox", "partial", "perp", "phantom", "phi", "pi", "pm", "pmatrix", "pmb", "pmod", "pod", "prec", "preceq", "prime", "prod", "propto", "psi", "qquad", "quad", "raise", "rangle", "rbrace", "rbrack", "rceil", "ref", "rfloor", "rgroup", "rho", "right", "rightarrow", "rightharpoondown", "rightharpoonup", "rightleftharpoons", "rlap", "rm", "rmoustache", "root", "rule", "scriptscriptstyle", "scriptsize", "scriptstyle", "searrow", "sec", "setminus", "sf", "sharp", "sigma", "sim", "simeq", "sin", "sinh", "skew", "small", "smallint", "smash", "smile", "space", "spadesuit", "sqcap", "sqcup", "sqrt", "sqsubseteq", "sqsupseteq", "stackbin", "stackrel", "star", "strut", "subset", "subseteq", "succ", "succeq", "sum", "sup", "supset", "supseteq", "surd", "swarrow", "symbb", "symbf", "symbfcal", "symbffrak", "symbfit", "symbfscr", "symbfsf", "symbfsfit", "symbfsfup", "symbfup", "symcal", "symfrak", "symit", "symnormal", "symrm", "symscr", "symsf", "symsfit", "symsfup", "symtt", "symup", "tan", "tanh", "tau", "text", "textbf", "textit", "textnormal", "textrm", "textsf", "textstyle", "texttt", "textup", "theta", "thinspace", "tilde", "times", "tiny", "to", "top", "triangle", "triangleleft", "triangleright", "tt", "underbrace", "underleftarrow", "underleftrightarrow", "underline", "underparen", "underrightarrow", "underset", "uparrow", "updownarrow", "uplus", "uproot", "upsilon", "varepsilon", "varphi", "varpi", "varrho", "varsigma", "vartheta", "vbox", "vcenter", "vdash", "vdots", "vec", "vee", "vert", "vphantom", "vtop", "wedge", "widehat", "widetilde", "wp", "wr", "xi", "zeta", "{", "|", "}", "\xA0"], "environments": ["array", "darray", "displaymath", "eqnarray", "equation", "indentalign", "math"] },
    "ams": { "macros": ["Bbbk", "Box", "Bumpeq", "Cap", "Cup", "DeclareMathOperator", "Diamond", "Doteq", "Finv", "Game", "Join", "Lleftarrow", "Lsh", "Rrightarrow", "Rsh", "Subset", "Supset", "Vdash", "Vvdash", "approxeq", "backepsilon", "backprime", "backsim", "backsimeq", "barwedge", "because", "beth", "between", "bigstar", "binom", "blacklozenge", "blacksquare", "blacktriangle", "blacktriangledown", "blacktriangleleft", "blacktriangleright", "boxdot", "boxed", "boxminus", "boxplus", "boxtimes", "bumpeq", "centerdot", "cfrac", "checkmark", "circeq", "circlearrowleft", "circlearrowright", "circledR", "circledS", "circledast", "circledcirc", "circleddash", "complement", "curlyeqprec", "curlyeqsucc", "curlyvee", "curlywedge", "curvearrowleft", "curvearrowright", "daleth", "dashleftarrow", "dashrightarrow", "dbinom", "ddddot", "dddot", "dfrac", "diagdown", "diagup", "digamma", "divideontimes", "doteqdot", "dotplus", "doublebarwedge", "doublecap", "doublecup", "downdownarrows", "downharpoonleft", "downharpoonright", "eqcirc", "eqref", "eqsim", "eqslantgtr", "eqslantless", "eth", "fallingdotseq", "frac", "genfrac", "geqq", "geqslant", "ggg", "gggtr", "gimel", "gnapprox", "gneq", "gneqq", "gnsim", "gtrapprox", "gtrdot", "gtreqless", "gtreqqless", "gtrless", "gtrsim", "gvertneqq", "hslash", "idotsint", "iiiint", "impliedby", "implies", "injlim", "intercal", "lVert", "leadsto", "leftarrowtail", "leftleftarrows", "leftrightarrows", "leftrightharpoons", "leftrightsquigarrow", "leftthreetimes", "leqq", "leqslant", "lessapprox", "lessdot", "lesseqgtr", "lesseqqgtr", "lessgtr", "lesssim", "lhd", "llcorner", "lll", "llless", "lnapprox", "lneq", "lneqq", "lnsim", "looparrowleft", "looparrowright", "lozenge", "lrcorner", "ltimes", "lvert", "lvertneqq", "maltese", "mathring", "measuredangle", "mho", "multimap", "nLeftarrow", "nLeftrightarrow", "nRightarrow", "nVDash", "nVdash", "ncong", "negmedspace", "negthickspace", "nexists", "ngeq", "ngeqq", "ngeqslant", "ngtr", "nleftarrow", "nleftrightarrow", "nleq", "nleqq", "nleqslant", "nless", "nmid", "nobreakspace", "notag", "nparallel", "nprec", "npreceq", "nrightarrow", "nshortmid", "nshortparallel", "nsim", "nsubseteq", "nsubseteqq", "nsucc", "nsucceq", "nsupseteq", "nsupseteqq", "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq", "nvDash", "nvdash", "operatorname", "pitchfork", "precapprox", "preccurlyeq", "precnapprox", "precneqq", "precnsim", "precsim", "projlim", "rVert", "restriction", "rhd", "rightarrowtail", "rightleftarrows", "rightleftharpoons", "rightrightarrows", "rightsquigarrow", "rightthreetimes", "risingdotseq", "rtimes", "rvert", "shortmid", "shortparallel", "shoveleft", "shoveright", "sideset", "smallfrown", "smallsetminus", "smallsmile", "sphericalangle", "sqsubset", "sqsupset", "square", "subseteqq", "subsetneq", "subsetneqq", "substack", "succapprox", "succcurlyeq", "succnapprox", "succneqq", "succnsim", "succsim", "supseteqq", "supsetneq", "supsetneqq", "tag", "tbinom", "tfrac", "therefore", "thickapprox", "thicksim", "triangledown", "trianglelefteq", "triangleq", "trianglerighteq", "twoheadleftarrow", "twoheadrightarrow", "ulcorner", "unlhd", "unrhd", "upharpoonleft", "upharpoonright", "upuparrows", "urcorner", "vDash", "varDelta", "varGamma", "varLambda", "varOmega", "varPhi", "varPi", "varPsi", "varSigma", "varTheta", "varUpsilon", "varXi", "varinjlim", "varkappa", "varliminf", "varlimsup", "varnothing", "varprojlim", "varpropto", "varsubsetneq", "varsubsetneqq", "varsupsetneq", "varsupsetneqq", "vartriangle", "vartriangleleft", "vartriangleright", "veebar", "xleftarrow", "xrightarrow", "yen"], "environments": ["Bmatrix", "Vmatrix", "align", "align*", "alignat", "alignat*", "aligned", "alignedat", "bmatrix", "cases", "eqnarray*", "equation*", "flalign", "flalign*", "gather", "gather*", "gathered", "matrix", "multline", "multline*", "pmatrix", "smallmatrix", "split", "subarray", "vmatrix", "xalignat", "xalignat*", "xxalignat"] },
    "newcommand": { "macros": ["def", "let", "newcommand", "newenvironment", "renewcommand", "renewenvironment"], "environments": [] },
    "textmacros": { "macros": [], "environments": [] },
    "configmacros": { "macros": [], "environments": [] },
    "action": { "macros": ["mathtip", "texttip", "toggle"], "environments": [] },
    "amscd": { "macros": ["minCDarrowheight", "minCDarrowwidth"], "environments": ["CD"] },
    "bbox": { "macros": ["bbox"], "environments": [] },
    "boldsymbol": { "macros": ["boldsymbol"], "environments": [] },
    "braket": { "macros": ["Bra", "Braket", "Ket", "Ketbra", "Set", "bra", "braket", "ket", "ketbra", "set", "|"], "environments": [] },
    "cancel": { "macros": ["bcancel", "cancel", "cancelto", "xcancel"], "environments": [] },
    "color": { "macros": ["color", "colorbox", "definecolor", "fcolorbox", "textcolor"], "environments": [] },
    "enclose": { "macros": ["enclose"], "environments": [] },
    "extpfeil": { "macros": ["Newextarrow", "xlongequal", "xmapsto", "xtofrom", "xtwoheadleftarrow", "xtwoheadrightarrow"], "environments": [] },
    "html": { "macros": ["class", "cssId", "data", "href", "style"], "environments": [] },
    "mhchem": { "macros": ["ce", "mhchemBondDTD", "mhchemBondTD", "mhchemBondTDD", "mhchemleftarrow", "mhchemleftrightarrow", "mhchemlongLeftrightharpoons", "mhchemlongRightleftharpoons", "mhchemlongleftarrow", "mhchemlongleftrightarrow", "mhchemlongleftrightarrows", "mhchemlongrightarrow", "mhchemlongrightleftharpoons", "mhchemrightarrow", "mhchemxLeftrightharpoons", "mhchemxRightleftharpoons", "mhchemxleftarrow", "mhchemxleftrightarrow", "mhchemxleftrightarrows", "mhchemxrightarrow", "mhchemxrightleftharpoons", "pu", "tripledash"], "environments": [] },
    "unicode": { "macros": ["U", "char", "unicode"], "environments": [] },
    "verb": { "macros": ["verb"], "environments": [] },
    "require": { "macros": ["require"], "environments": [] },
    "text-mode": { "macros": ["	", " ", "!", '"', "#", "$", "%", "&", "'", "(", ",", ".", ":", ";", "=", ">", "AA", "Bbb", "HUGE", "Huge", "LARGE", "Large", "Rule", "S", "SMALL", "Small", "Space", "Tiny", "U", "\\", "^", "_", "`", "bf", "cal", "char", "class", "color", "colorbox", "cssId", "dagger", "data", "ddagger", "emph", "enspace", "eqref", "fcolorbox", "footnotesize", "frak", "hphantom", "href", "hskip", "hspace", "huge", "it", "kern", "large", "ldots", "llap", "mit", "mkern", "mmlToken", "mskip", "mspace", "negthinspace", "normalsize", "oldstyle", "phantom", "qquad", "quad", "ref", "rlap", "rm", "rule", "scriptsize", "sf", "small", "smash", "style", "textbf", "textcolor", "textit", "textnormal", "textrm", "textsf", "texttt", "textup", "thinspace", "tiny", "tt", "u", "underline", "unicode", "v", "vdots", "vphantom", "{", "}", "~", "\xA0", "\u2018", "\u2019"], "environments": [] }
  }
};

// src/math/referee.ts
var loaded;
function referee() {
  if (loaded) return loaded;
  const load = createRequire(import.meta.url);
  for (const candidate of ["./mathjax-referee.cjs", "../mathjax-referee.cjs"]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync2(path)) return loaded = load(path).referee;
  }
  throw new Error("mathjax-referee.cjs is missing from this installation of mathrepro");
}
var MAX_VERDICTS = 5e4;
var verdicts = /* @__PURE__ */ new Map();
function askMathJax(profile2, preamble, preambleKey, tex, display) {
  const key = `${profile2.name}${display ? "D" : "T"}${preambleKey}${tex}`;
  const known = verdicts.get(key);
  if (known !== void 0) return known ?? void 0;
  const verdict = referee()(profile2, preamble, tex, display);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, verdict ?? null);
  return verdict;
}
function suspectPattern(known) {
  const byFirst = /* @__PURE__ */ new Map();
  const symbols = [];
  for (const name of /* @__PURE__ */ new Set([...MATHJAX_NAMES.katex.all.macros, ...EMULATED_COMMANDS])) {
    if (known.has(name)) continue;
    if (/^[A-Za-z@]+$/.test(name)) byFirst.set(name[0], [...byFirst.get(name[0]) ?? [], name.slice(1)]);
    else if (name.length === 1) symbols.push(name.replace(/[\\^\]-]/g, "\\$&"));
  }
  const words = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join("|")})`);
  const alternatives = [...words.length > 0 ? [`(?:${words.join("|")})(?![A-Za-z@])`] : [], ...symbols.length > 0 ? [`[${symbols.join("")}]`] : []];
  return alternatives.length > 0 ? new RegExp(`\\\\(?:${alternatives.join("|")})`) : /(?!)/;
}
function wordHash(word) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hash * 31 + word.charCodeAt(k) | 0;
  return hash;
}
var knownByProfile = /* @__PURE__ */ new Map();
function mathjaxNames(profile2) {
  let known = knownByProfile.get(profile2.name);
  if (known) return known;
  const table = MATHJAX_NAMES[profile2.engine === "mathjax4" ? "mathjax4" : "mathjax3"];
  const macros = /* @__PURE__ */ new Set();
  const environments = /* @__PURE__ */ new Set();
  for (const name of profile2.packages) {
    const names = table[name];
    if (!names) continue;
    for (const macro of names.macros) macros.add(macro);
    for (const environment of names.environments) environments.add(environment);
  }
  macros.delete("");
  const suspectWords = /* @__PURE__ */ new Set();
  const suspectSymbols = new Uint8Array(128);
  for (const name of [...MATHJAX_NAMES.katex.all.macros, ...EMULATED_COMMANDS]) {
    if (macros.has(name)) continue;
    if (/^[A-Za-z@]+$/.test(name)) suspectWords.add(wordHash(name));
    else if (name.length === 1 && name.charCodeAt(0) < 128) suspectSymbols[name.charCodeAt(0)] = 1;
  }
  known = { macros, environments, textMode: new Set(table["text-mode"]?.macros), suspectWords, suspectSymbols, maySuspect: suspectPattern(macros) };
  knownByProfile.set(profile2.name, known);
  return known;
}
var vocabulary;
var suggestions = /* @__PURE__ */ new Map();
var MAX_SUGGESTIONS = 2e3;
function nearestCommand(name, extra = []) {
  const word = name.replace(/^\\/, "");
  if (word.length < 2) return void 0;
  const others = [...extra].map((macro) => macro.replace(/^\\/, ""));
  const key = `${word}\0${others.join(" ")}`;
  if (suggestions.has(key)) return suggestions.get(key);
  if (suggestions.size >= MAX_SUGGESTIONS) return void 0;
  if (!vocabulary) {
    vocabulary = /* @__PURE__ */ new Map();
    for (const known of new Set(Object.values(MATHJAX_NAMES.mathjax3).flatMap((names) => names.macros))) {
      if (!/^[A-Za-z]{2,}$/.test(known)) continue;
      const bucket = vocabulary.get(known.length) ?? [];
      bucket.push(known);
      vocabulary.set(known.length, bucket);
    }
  }
  const limit = word.length <= 4 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  let tie = false;
  const consider = (candidate) => {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) return;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && candidate !== best) {
      tie = true;
    }
  };
  for (let length = word.length - limit; length <= word.length + limit; length++) for (const candidate of vocabulary.get(length) ?? []) consider(candidate);
  for (const candidate of others) consider(candidate);
  const suggestion = best !== void 0 && !tie ? `\\${best}` : void 0;
  suggestions.set(key, suggestion);
  return suggestion;
}
function editDistance(a, b, limit) {
  let previous2 = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length];
}

// src/math/command-scan.ts
var TEXT_WORDS = new Set([...TEXT_COMMANDS].map((name) => name.slice(1)));
var ENVIRONMENT = /\\begin\s*\{([^{}]*)\}/g;
var TEXT_HASHES = new Set([...TEXT_WORDS].map(wordHash));
var BEGIN_HASH = wordHash("begin");
function textTrouble(tex, textMode) {
  for (const { char, at, command } of textModeCharacters(tex, "_^&#")) {
    if (command) {
      if (!textMode.has(command.slice(1))) return { char, at, command };
    } else return { char, at };
  }
  return void 0;
}
function scanCommands(tex, profile2, context) {
  if (tex.includes("%")) return { ...firstUnknown(tex, profile2, context), hasText: TEXT_COMMAND.test(tex) };
  const known = mathjaxNames(profile2);
  if (!known.maySuspect.test(tex)) {
    const hasText2 = TEXT_COMMAND.test(tex);
    if (!tex.includes("\\begin")) return { hasText: hasText2 };
    ENVIRONMENT.lastIndex = 0;
    for (let m = ENVIRONMENT.exec(tex); m; m = ENVIRONMENT.exec(tex)) {
      const name = m[1].trim();
      if (!known.environments.has(name)) return { unknown: { name: `{${name}}`, start: m.index + m[0].indexOf("{"), end: m.index + m[0].length }, hasText: hasText2 };
    }
    return { hasText: hasText2 };
  }
  const { suspectWords, suspectSymbols } = known;
  let hasText = false;
  for (let at = tex.indexOf("\\"); at >= 0 && at < tex.length - 1; at = tex.indexOf("\\", at)) {
    let end = at + 1;
    let hash = 0;
    for (let code = tex.charCodeAt(end); end < tex.length && isLetter(code); code = tex.charCodeAt(++end)) hash = hash * 31 + code | 0;
    if (end === at + 1) {
      const code = tex.charCodeAt(end);
      if (code < 128 && suspectSymbols[code] === 1 && !context.userNames.has(tex.slice(at, end + 1))) {
        return { unknown: { name: tex.slice(at, end + 1), start: at, end: end + 1 }, hasText: hasText || TEXT_COMMAND.test(tex) };
      }
      at = end + 1;
      continue;
    }
    if (hash === BEGIN_HASH || suspectWords.has(hash) || TEXT_HASHES.has(hash)) {
      const word = tex.slice(at + 1, end);
      if (word === "begin") {
        const environment = readArgument(tex, end);
        const name = environment?.inner.trim();
        if (name !== void 0 && !known.environments.has(name)) {
          return { unknown: { name: `{${name}}`, start: environment.start, end: environment.end }, hasText: hasText || TEXT_COMMAND.test(tex) };
        }
      } else if (TEXT_WORDS.has(word)) {
        hasText = true;
      } else if (!known.macros.has(word) && !context.userNames.has(`\\${word}`)) {
        return { unknown: { name: `\\${word}`, start: at, end }, hasText: hasText || TEXT_COMMAND.test(tex) };
      }
    }
    at = end;
  }
  return { hasText };
}
function firstUnknown(tex, profile2, context) {
  const known = mathjaxNames(profile2);
  for (const cs of controlSequences(tex)) {
    const word = cs.name.length === 2 && /\s/.test(cs.name[1]) ? " " : cs.name.slice(1);
    if (cs.name === "\\begin") {
      const environment = readArgument(tex, cs.end);
      const name = environment?.inner.trim();
      if (name !== void 0 && !known.environments.has(name)) return { unknown: { name: `{${name}}`, start: environment.start, end: environment.end } };
    } else if (!known.macros.has(word) && !context.userNames.has(cs.name)) {
      return { unknown: { name: cs.name, start: cs.start, end: cs.end } };
    }
  }
  return {};
}

// src/math/engine-limits.ts
function mayHitEngineLimit(profile2, rendered, expanded) {
  const { limits } = profile2;
  if (!limits) return false;
  if (expanded.expansions > 0 && (expanded.expansions >= limits.maxMacros * 0.9 || expanded.longestString * 2 >= limits.maxBuffer)) return true;
  return mayMissDimension(rendered);
}
function limitAdvice(id, profile2) {
  const limits = profile2.limits;
  if (!limits) return void 0;
  const macros = limits.maxMacros.toLocaleString("en");
  switch (id) {
    case "MaxMacroSub1":
      return `it substitutes at most ${macros} macros in one formula: split the formula, or write some uses out`;
    case "MaxMacroSub2":
      return `it substitutes at most ${macros} environments in one formula: split the formula`;
    case "MaxBufferSize":
      return `a macro and the text after it may come to at most ${limits.maxBuffer.toLocaleString("en")} characters: split the formula, or use its macros nearer its end`;
    default:
      return void 0;
  }
}
var NUMBER = String.raw`[-+]?(?:[.,]\d+|\d+(?:[.,]\d*)?)`;
var UNIT = "(?:pt|em|ex|mu|px|mm|cm|in|pc)";
var WHOLE = new RegExp(String.raw`^\s*${NUMBER}\s*${UNIT}\s*$`);
var LEADING = new RegExp(String.raw`^\s*${NUMBER}\s*${UNIT}`);
var DIMENSION_COMMANDS = /* @__PURE__ */ new Map([
  ["rule", 2],
  ["Rule", 3],
  ["Space", 3],
  ["raise", 1],
  ["lower", 1],
  ["moveleft", 1],
  ["moveright", 1],
  ["hskip", 1],
  ["hspace", 1],
  ["kern", 1],
  ["mskip", 1],
  ["mspace", 1],
  ["mkern", 1],
  ["above", 1],
  ["abovewithdelims", 1]
]);
var CANDIDATE = /\\(rule|Rule|Space|raise|lower|moveleft|moveright|hskip|hspace|kern|mskip|mspace|mkern|above(?:withdelims)?)(?![A-Za-z@])/g;
function mayMissDimension(tex) {
  if (!tex.includes("\\")) return false;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(tex); match; match = CANDIDATE.exec(tex)) {
    if (escaped(tex, match.index)) continue;
    const name = match[1];
    let at = match.index + match[0].length;
    if (name === "rule") at = afterOptional(tex, at);
    for (let k = 0; k < DIMENSION_COMMANDS.get(name); k++) {
      const next = readDimension(tex, at, name === "abovewithdelims" ? 2 : 0);
      if (next < 0) return true;
      at = next;
    }
  }
  return false;
}
function escaped(tex, at) {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && tex.charCodeAt(at - backslashes - 1) === 92) backslashes++;
  return backslashes % 2 === 1;
}
function skipSpaces(tex, at) {
  while (at < tex.length && /\s/.test(tex[at])) at++;
  return at;
}
function afterOptional(tex, at) {
  const start = skipSpaces(tex, at);
  if (tex[start] !== "[") return at;
  const close = tex.indexOf("]", start);
  return close < 0 ? tex.length : close + 1;
}
function readDimension(tex, at, delimiters) {
  let start = skipSpaces(tex, at);
  for (let k = 0; k < delimiters; k++) start = skipSpaces(tex, tex[start] === "\\" ? controlEnd(tex, start) : start + 1);
  if (tex[start] === "{") {
    const end = groupEnd(tex, start);
    if (end < 0 || !WHOLE.test(tex.slice(start + 1, end))) return -1;
    return end + 1;
  }
  const match = LEADING.exec(tex.slice(start, start + 64));
  return match ? start + match[0].length : -1;
}
function controlEnd(tex, at) {
  let end = at + 1;
  if (end < tex.length && !/[A-Za-z]/.test(tex[end])) return end + 1;
  while (end < tex.length && /[A-Za-z]/.test(tex[end])) end++;
  return end;
}
function groupEnd(tex, at) {
  let depth = 0;
  for (let k = at; k < tex.length; k++) {
    const char = tex[k];
    if (char === "\\") k++;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return k;
  }
  return -1;
}

// src/math/fixes.ts
function definitionGroup(definitions) {
  return `definitions ${definitions.map((definition) => definition.name).join(" ")} at ${definitions[0]?.start ?? 0} of ${definitions.map((d) => d.body).join("\0")}`;
}
var MAX_EXPANSION = 2e3;
var edit = (start, end, text) => ({ start: texOffset(start), end: texOffset(end), text });
function operatorNameFix(tex, start, end) {
  const starred = tex[end] === "*";
  const argument = readArgument(tex, starred ? end + 1 : end);
  if (!argument || tex[argument.start] !== "{") return void 0;
  const written = `\\mathop{\\mathrm{${argument.inner}}}${starred ? "" : "\\nolimits"}`;
  return { description: `${tex.slice(start, argument.end)} \u2192 ${written}`, edits: [edit(start, argument.end, written)] };
}
function withoutOperatorName(text) {
  if (!text.includes("\\operatorname")) return text;
  let out = "";
  let at = 0;
  for (const cs of controlSequences(text)) {
    if (cs.start < at || cs.name !== "\\operatorname" && cs.name !== "\\operatornamewithlimits") continue;
    const written = cs.name === "\\operatorname" ? "\\operatorname" : "\\operatorname*";
    const [only] = operatorNameFix(written + text.slice(cs.end), 0, "\\operatorname".length)?.edits ?? [];
    if (!only) continue;
    out += text.slice(at, cs.start) + only.text;
    at = cs.end + (only.end - written.length);
  }
  return out + text.slice(at);
}
function textUnderscoreFix(tex) {
  const edits = [];
  for (const { char, at, command } of textModeCharacters(tex, "_")) if (!command && char === "_") edits.push(edit(at, at, "\\"));
  if (edits.length === 0) return void 0;
  return { description: `_ in text \u2192 \\_ (${edits.length === 1 ? "one" : edits.length} in this formula)`, edits };
}
function renameFix(start, end, name, replacement) {
  return { description: `${name} \u2192 ${replacement}`, edits: [edit(start, end, replacement)] };
}
function definitionRemovalFix(tex, definitions) {
  const edits = definitions.map((definition) => {
    let end = definition.end;
    while (end < tex.length && /[ \t]/.test(tex[end])) end++;
    if (tex[end] === "\n") end++;
    return edit(definition.start, end, "");
  });
  let rest = "";
  let at = 0;
  for (const removal of edits) {
    rest += tex.slice(at, removal.start);
    at = removal.end;
  }
  rest += tex.slice(at);
  const names = definitions.map((definition) => definition.name).join(", ");
  return {
    description: `definition of ${names} removed (its uses are written out)`,
    edits,
    group: definitionGroup(definitions),
    .../^\s*$/.test(rest) ? { wholeFormula: true } : {}
  };
}
function expansionFix(tex, start, nameEnd, definition, group, refused) {
  const macro = macroOf(definition);
  const use = macro && writeOut(tex, nameEnd, macro, MAX_EXPANSION);
  if (use?.replacement === void 0) return void 0;
  const expanded = refused.has("\\operatorname") ? withoutOperatorName(use.replacement) : use.replacement;
  return { description: `${tex.slice(start, use.end)} \u2192 ${expanded}`, edits: [edit(start, use.end, expanded)], group };
}

// src/math/refusals.ts
function refusedCommands(tex, renderer, refusedDefinitions) {
  const findings = [];
  if (renderer.refused.size === 0) return findings;
  let definitionsFixed = false;
  for (const cs of controlSequences(tex)) {
    const refusal = refusalOf(renderer, cs.name);
    if (!refusal) continue;
    const refusedName = renderer.refusedByPrefix?.find((name) => cs.name.startsWith(name)) ?? cs.name;
    let fix;
    if (cs.name === "\\operatorname") fix = operatorNameFix(tex, cs.start, cs.end);
    else if (!definitionsFixed && refusedDefinitions.some((definition) => definition.start === cs.start)) {
      fix = withUsesWrittenOut(definitionRemovalFix(tex, refusedDefinitions), tex, refusedDefinitions, renderer);
      definitionsFixed = true;
    }
    const undefinedThere = renderer.refusedByPrefix?.includes(refusedName) === false;
    findings.push(refusedCommandFinding(renderer.label, cs.name, refusedName, refusal, undefinedThere, cs, fix));
  }
  return findings;
}
function withUsesWrittenOut(removal, tex, definitions, renderer) {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const edits = [...removal.edits];
  for (const cs of controlSequences(tex)) {
    const definition = byName.get(cs.name);
    if (!definition || definitions.some((d) => cs.start >= d.start && cs.start < d.end)) continue;
    const use = expansionFix(tex, cs.start, cs.end, definition, removal.group ?? "", renderer.refused);
    if (use) edits.push(...use.edits);
  }
  return { ...removal, edits };
}
function everyUseWrittenOut(tex, name, definition, group, refused) {
  const edits = [];
  const descriptions = [];
  let end = -1;
  for (const cs of controlSequences(tex)) {
    if (cs.name !== name) continue;
    if (cs.start < end) return void 0;
    const use = expansionFix(tex, cs.start, cs.end, definition, group, refused);
    if (!use) return void 0;
    edits.push(...use.edits);
    descriptions.push(use.description);
    end = Math.max(...use.edits.map((e) => e.end));
  }
  if (edits.length === 0) return void 0;
  const description = descriptions.length === 1 ? descriptions[0] : `${descriptions[0]} (and ${descriptions.length - 1} more use${descriptions.length === 2 ? "" : "s"})`;
  return { description, edits, group };
}
function blankedOut(tex, definitions) {
  let out = "";
  let at = 0;
  for (const definition of definitions) {
    out += tex.slice(at, definition.start) + " ".repeat(definition.end - definition.start);
    at = definition.end;
  }
  return out + tex.slice(at);
}

// src/math/failures.ts
var katexNames;
var FORMULA_START = { start: 0, end: 1 };
function katexFailure(error, tex, profile2, context) {
  const missingPreamble = /\\begin\{(array|darray|subarray)\}(?!\s*\{)/.exec(tex);
  if (missingPreamble && !(error instanceof KatexParseError)) {
    return missingColumnSpecification(missingPreamble[1], { start: missingPreamble.index, end: missingPreamble.index + missingPreamble[0].length });
  }
  if (error instanceof TooComplexError) return expandsPastBudget();
  if (error instanceof RangeError) return nestedTooDeeply();
  if (!(error instanceof KatexParseError)) return unparsable(error instanceof Error ? error.message : String(error));
  const parsed2 = error;
  const raw = parsed2.rawMessage ?? parsed2.message;
  const span = errorSpan(parsed2, tex);
  const undefinedName = /^Undefined control sequence: (.+)$/.exec(raw);
  if (undefinedName) return unknownCommandFinding(undefinedName[1], span ?? FORMULA_START, tex, profile2, context);
  const unknownEnvironment = /^No such environment: (.+)$/.exec(raw);
  if (unknownEnvironment) return undefinedEnvironment(unknownEnvironment[1], profile2.label, false, span ?? FORMULA_START);
  if (raw.startsWith("Too many expansions")) return expandsForever(profile2.maxExpand);
  return parseError(raw, span);
}
function mathjaxRefusal(refusal, tex, profile2, context) {
  const undefinedName = /^Undefined control sequence (\\\S+)/.exec(refusal.message);
  if (undefinedName) {
    const name = undefinedName[1];
    const at2 = [...controlSequences(tex)].find((cs) => cs.name === name);
    return unknownCommandFinding(name, at2 ?? FORMULA_START, tex, profile2, context, KATEX_KNOWS_IT);
  }
  const mathOnly = /^'(.)' allowed only in math mode/.exec(refusal.message);
  if (mathOnly) return mathOnlyInText(mathOnly[1], textModeCharacter(tex, mathOnly[1]), tex, profile2);
  const limit = limitAdvice(refusal.id, profile2);
  if (limit) return pastEngineLimit(profile2.label, refusal.message, limit);
  const command = /\\[A-Za-z]+/.exec(refusal.message);
  const at = command ? [...controlSequences(tex)].find((cs) => cs.name === command[0]) : void 0;
  return engineRefusal(profile2.label, refusal.message, at);
}
function mathOnlyInText(char, at, tex, profile2) {
  return mathCharacterInText(profile2.label, char, at, char === "_" ? textUnderscoreFix(tex) : void 0);
}
function withSuggestion(finding, tex, profile2, context) {
  if (finding.rule !== unknownCommand.id || !tex.startsWith("\\", finding.start)) return finding;
  const name = tex.slice(finding.start, finding.end).trim();
  if (!/^\\[A-Za-z@]+$/.test(name)) return finding;
  return { ...finding, ...unknownCommandFinding(name, finding, tex, profile2, context) };
}
function unknownCommandFinding(name, span, tex, profile2, context, note = "") {
  const refused = context.refused.get(name);
  if (refused) {
    const { definition, group } = refused;
    const fix2 = tex.startsWith(name, span.start) ? everyUseWrittenOut(tex, name, definition, group, profile2.refused) : void 0;
    const refuses = profile2.refusedByPrefix?.some((prefix) => definition.command.startsWith(prefix)) === true;
    return usesRefusedDefinition(name, definition.command, profile2.label, refuses, span, fix2);
  }
  const suggestion = nearestCommand(name, context.userNames);
  const fix = suggestion && accepts(suggestion, profile2, context) && tex.startsWith(name, span.start) ? renameFix(span.start, span.start + name.length, name, suggestion) : void 0;
  return undefinedCommand(name, profile2.label, { ...suggestion ? { suggestion } : {}, definitions: profile2.definitions, note }, span, fix);
}
function accepts(name, profile2, context) {
  if (refusalOf(profile2, name) !== void 0) return false;
  if (context.userNames.has(name)) return true;
  const word = name.slice(1);
  return profile2.engine === "katex" ? (katexNames ??= new Set(MATHJAX_NAMES.katex.all.macros)).has(word) : mathjaxNames(profile2).macros.has(word);
}
function errorSpan(error, tex) {
  const start = error.position;
  if (start === void 0 || start > tex.length) return void 0;
  const end = start + (error.length ?? 0);
  const underlined = tex.slice(start, end).replace(/[^]/g, "$&\u0332");
  const left = start > 15 ? `\u2026${tex.slice(start - 15, start)}` : tex.slice(0, start);
  const right = end + 15 < tex.length ? `${tex.slice(end, end + 15)}\u2026` : tex.slice(end);
  if (!error.message.endsWith(left + underlined + right)) return void 0;
  let trimmed = end;
  while (trimmed > start + 1 && /\s/.test(tex[trimmed - 1])) trimmed--;
  return { start, end: Math.max(trimmed, start + 1) };
}
function katexMessage(error) {
  if (error && typeof error === "object" && "rawMessage" in error) return String(error.rawMessage);
  return error instanceof Error ? error.message : String(error);
}
function textModeCharacter(tex, char) {
  for (const found of textModeCharacters(tex, char)) if (!found.command && found.char === char) return found.at;
  return 0;
}

// src/math/older-katex.ts
function olderKatexFindings(tex, renderer) {
  const older = renderer.olderKatex;
  const findings = [];
  for (const cs of controlSequences(tex)) {
    if (older.missing.has(cs.name.slice(1))) {
      findings.push(addedLater(cs.name, renderer.label, older.version, cs));
    }
  }
  COLOR_ARGUMENT.lastIndex = 0;
  for (let match = COLOR_ARGUMENT.exec(tex); match; match = COLOR_ARGUMENT.exec(tex)) {
    const digits = match[2].length;
    if (older.colorDigits.includes(digits)) continue;
    const at = match.index + match[0].indexOf("#");
    findings.push(unreadableColor(match[2], renderer.label, older.version, { start: at, end: at + digits + 1 }));
  }
  return findings;
}
var COLOR_ARGUMENT = /\\(color|textcolor|colorbox|fcolorbox)\s*\{\s*#([0-9A-Fa-f]+)\s*\}(?:\s*\{\s*#([0-9A-Fa-f]+)\s*\})?/g;

// src/math/validate.ts
var MAX_CACHE_ENTRIES = 2e5;
var NO_DEFINITIONS = [];
var PLAIN_FORMULA = /^[A-Za-z0-9 \t\r\n+\-*/=()<>,.:;!?|[\]]*$/;
var PLAIN_CHECK = { findings: [], labels: [], tags: [], refs: [] };
var FormulaChecker = class {
  constructor(renderer) {
    this.renderer = renderer;
    this.profile = profile(renderer);
    const prefixes = new Set(this.profile.refusedByPrefix);
    const refused = [...this.profile.refused.keys()].filter((name) => !prefixes.has(name)).map((name) => name.slice(1));
    const flagged = this.profile.engine === "katex" ? [] : [...KATEX_ONLY].map((name) => name.slice(1)).concat(refused);
    const anywhere = prefixes.size > 0 ? `|\\\\(?:${[...prefixes].map((name) => name.slice(1)).join("|")})` : "";
    this.mayFlag = new RegExp(`\\\\(?:${[...flagged, ...HOSTILE_COMMANDS].join("|")})(?![A-Za-z@])${anywhere}`);
  }
  renderer;
  /**
   * Outcomes by mode and macro context, then by formula: the formula itself is the key of the inner map, so no
   * key joining it to the context is built and hashed for every formula.
   */
  cache = /* @__PURE__ */ new Map();
  cachedOutcomes = 0;
  profile;
  /**
   * One search for what the site refuses, what only KaTeX knows and what a hostile formula holds: most formulas
   * hold none of it, and are searched once.
   */
  mayFlag;
  check(tex, display, context) {
    const tooLarge2 = tooLargeToCheck(tex, this.profile);
    if (tooLarge2) return { findings: [tooLarge2], labels: [], tags: [], refs: [] };
    if (PLAIN_FORMULA.test(tex)) return PLAIN_CHECK;
    const { renderer } = this;
    const prepared = prepareFormula(tex, renderer);
    const refused = this.refusedAmong(prepared.definitions);
    const findings = prepared.definitions.length > 0 ? this.define(tex, prepared.definitions, refused, context) : [];
    if (this.mayFlag.test(tex)) {
      if (this.profile.engine !== "katex") findings.push(...katexOnlyCommands(tex, this.profile.label), ...refusedCommands(tex, this.profile, refused));
      if (MAY_BE_HOSTILE.test(tex)) findings.push(...hostileTexFindings(tex));
    }
    if (this.profile.engine === "katex" && mayDefine(tex)) findings.push(...this.parseDefining(tex, display, context).findings);
    else if (refused.length === 0) findings.push(...this.parseCached(tex, prepared.tex, tex, display, context).findings);
    else {
      const names = new Set(refused.map((definition) => definition.name));
      const outcome = this.parseCached(tex, prepared.tex, blankedOut(tex, refused), display, context);
      findings.push(...outcome.findings.filter((f) => f.rule !== unknownCommand.id || !names.has(tex.slice(f.start, f.end))));
    }
    return { findings: oneFindingPerKatexOnlyCommand(findings), labels: prepared.labels, tags: prepared.tags, refs: prepared.refs };
  }
  /**
   * Applies a formula's definitions to the document's macros without judging it: for a formula whose verdict is
   * given already (Markdown changed it), so that a later use of one of its macros is still told where it was meant
   * to come from. (Judging it would ask MathJax about a formula already reported.)
   */
  readDefinitions(tex, display, context) {
    if (tex.length > MAX_FORMULA_LENGTH) return;
    const { definitions } = prepareFormula(tex, this.renderer);
    if (definitions.length > 0) this.define(tex, definitions, this.refusedAmong(definitions), context);
    if (this.profile.engine === "katex" && mayDefine(tex)) this.parseDefining(tex, display, context);
  }
  /** The definitions the renderer refuses (GitHub: every one): they define nothing, their uses are written out. */
  refusedAmong(definitions) {
    return definitions.length > 0 ? definitions.filter((d) => refusalOf(this.profile, d.command) !== void 0) : NO_DEFINITIONS;
  }
  /** Applies a formula's definitions to the document's macros; what is wrong with them, as findings. */
  define(tex, definitions, refused, context) {
    const findings = [];
    const refusedGroup = refused.length > 0 ? definitionGroup(refused) : "";
    for (const definition of definitions) {
      if (refused.includes(definition)) {
        context.refuse(definition, refusedGroup);
        continue;
      }
      try {
        context.define(definition.install, definition.name, tex.slice(definition.start, definition.end));
      } catch (error) {
        findings.push(malformedDefinition(definition.command, definition.name, katexMessage(error), definition));
      }
    }
    return findings;
  }
  /** `rendered`: the formula as the renderer reads it (without the definitions it refuses, blanked out). */
  parseCached(tex, prepared, rendered, display, context) {
    const setting = `${display ? "D" : "T"}${context.fingerprint}`;
    let outcomes = this.cache.get(setting);
    let outcome = outcomes?.get(tex);
    if (!outcome) {
      outcome = this.parse(tex, prepared, rendered, display, context);
      if (this.cachedOutcomes >= MAX_CACHE_ENTRIES) {
        this.cache.clear();
        this.cachedOutcomes = 0;
        outcomes = void 0;
      }
      if (!outcomes) this.cache.set(setting, outcomes = /* @__PURE__ */ new Map());
      outcomes.set(tex, outcome);
      this.cachedOutcomes++;
    }
    return outcome;
  }
  /**
   * For KaTeX the definitions stay in the formula and KaTeX applies them while parsing: such a formula changes
   * the context, so its result cannot come from the cache.
   */
  parseDefining(tex, display, context) {
    const outcome = { findings: this.parseWithKatex(tex, display, context, true).findings };
    context.noteDefinition(tex);
    return outcome;
  }
  /** KaTeX's verdict, then MathJax's where the profile renders with MathJax and the two may disagree. */
  parse(tex, prepared, rendered, display, context) {
    if (this.profile.engine === "katex") {
      const { findings } = this.parseWithKatex(prepared, display, context);
      return { findings: findings.length === 0 && this.profile.olderKatex ? olderKatexFindings(tex, this.profile) : findings };
    }
    const { findings: katexFindings, expanded } = this.parseWithKatex(prepared, true, context);
    if (katexFindings.some((finding) => finding.rule === tooComplex.id)) return { findings: katexFindings };
    if (katexFindings.length > 0) {
      const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, rendered, display);
      if (!refusal) return { findings: [] };
      return { findings: katexFindings.map((finding) => withSuggestion(finding, tex, this.profile, context)) };
    }
    return { findings: this.judgeAccepted(tex, rendered, display, context, expanded) };
  }
  /** KaTeX's findings, and what it expanded of the document's macros (MathJax's limits count the same). */
  parseWithKatex(tex, displayMode, context, guardDefinitions = false) {
    const findings = [];
    const key = this.profile.engine !== "katex" && !guardDefinitions ? katexQuestion(tex, displayMode, this.profile.maxExpand, context) : void 0;
    let outcome = key === void 0 ? void 0 : katexOutcomes.get(key);
    if (!outcome) {
      outcome = this.askKatex(tex, displayMode, context, guardDefinitions, findings);
      if (key !== void 0) rememberKatexOutcome(key, outcome);
    }
    if (outcome.failed) findings.push(katexFailure(outcome.error, tex, this.profile, context));
    return { findings, expanded: outcome.expanded };
  }
  /** KaTeX's parse; its strict warnings, for a KaTeX profile, go to `findings`. */
  askKatex(tex, displayMode, context, guardDefinitions, findings) {
    try {
      const expanded = parseWithBudget(
        tex,
        {
          displayMode,
          throwOnError: true,
          macros: context.macros,
          globalGroup: true,
          trust: true,
          maxExpand: this.profile.maxExpand,
          strict: (code, message, token) => {
            if (this.profile.engine === "katex") {
              const loc = token?.loc;
              const here = loc && loc.lexer.input === tex ? loc : void 0;
              findings.push(strictFinding(code, message, here?.start ?? 0, Math.max(here?.end ?? 1, (here?.start ?? 0) + 1)));
            }
            return "ignore";
          }
        },
        guardDefinitions
      );
      return { failed: false, error: void 0, expanded };
    } catch (error) {
      return { failed: true, error, expanded: NOTHING_EXPANDED };
    }
  }
  /**
   * What the profile's MathJax does with a formula KaTeX accepted. Certain failures are decided here: a command or
   * environment the profile's packages do not define (from MathJax's own tables, generated), and, under
   * textmacros, `_` or `^` in text. MathJax itself is asked only about what the tables cannot tell (a command, `&`
   * or `#` inside text), so that most runs never load it.
   */
  judgeAccepted(tex, rendered, display, context, expanded) {
    if (!tex.includes("\\")) return [];
    const { unknown, hasText } = scanCommands(rendered, this.profile, context);
    let ask = mayHitEngineLimit(this.profile, rendered, expanded);
    if (hasText && this.profile.textmacros) {
      const trouble = textTrouble(tex, mathjaxNames(this.profile).textMode);
      if (trouble) {
        const certain = this.textModeFailure(trouble, tex, context);
        if (certain) return [certain];
        ask = true;
      }
    }
    if (unknown) {
      if (!unknown.name.startsWith("{")) return [unknownCommandFinding(unknown.name, unknown, tex, this.profile, context, KATEX_KNOWS_IT)];
      return [undefinedEnvironment(unknown.name.slice(1, -1), this.profile.label, true, unknown)];
    }
    if (!ask) return [];
    const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, tex, display);
    return refusal ? [mathjaxRefusal(refusal, tex, this.profile, context)] : [];
  }
  /**
   * What textmacros certainly does with a character or command in text (as MathJax's own tables say), or
   * undefined when only MathJax can tell (`#`, a macro the document defines).
   */
  textModeFailure(trouble, tex, context) {
    const { label } = this.profile;
    if (trouble.char === "_" || trouble.char === "^") return mathOnlyInText(trouble.char, trouble.at, tex, this.profile);
    if (trouble.char === "&") return ampersandInText(label, trouble.at);
    const name = trouble.command;
    if (!name || context.userNames.has(name)) return void 0;
    const span = { start: trouble.at, end: trouble.at + name.length };
    if (mathjaxNames(this.profile).macros.has(name.slice(1))) return mathCommandInText(label, name, span);
    return undefinedInText(name, label, span);
  }
};
var NOTHING_EXPANDED = { expansions: 0, longestString: 0 };
var katexOutcomes = /* @__PURE__ */ new Map();
function katexQuestion(tex, displayMode, maxExpand, context) {
  return `${displayMode ? "D" : "T"}${maxExpand}\0${context.fingerprint}\0${tex}`;
}
function rememberKatexOutcome(key, outcome) {
  if (katexOutcomes.size >= MAX_CACHE_ENTRIES) katexOutcomes.clear();
  katexOutcomes.set(key, outcome);
}

// src/check/engine.ts
var Engine = class {
  constructor(options) {
    this.options = options;
  }
  options;
  checkers = /* @__PURE__ */ new Map();
  checkFiles(paths) {
    const files = this.withSiteConfigs(paths.map((path) => this.checkFile(path)));
    return { report: buildReport(files), files };
  }
  /**
   * The results of checked files, and after them a result for each site configuration their pages could not read
   * (a finding at its YAML error): those pages were judged without what it says, which is never left unsaid.
   */
  withSiteConfigs(results) {
    const sites = this.options.siteMacros;
    if (!sites) return results;
    for (const { file } of results) {
      const kind = file.toLowerCase().endsWith(".ipynb") ? "notebook" : "markdown";
      this.configuredMacros(resolve(this.options.root, file));
      this.siteOf(file, kind, this.options.config.settingsFor(file));
    }
    for (const config of sites.unreadableConfigs()) {
      const start = Math.max(0, Math.min(config.offset, config.text.length - 1));
      const finding = wholeFileFinding({ rule: siteConfigUnreadable.id, message: config.message, start, end: start + 1 });
      results.push(this.finish(toPosix(relative2(this.options.root, config.path)), () => config.text, [finding], []));
    }
    return results;
  }
  /** A changed file that could not be read (from GitHub, from git): a finding on it, so that it is never dropped. */
  notRead(path, reason) {
    const file = toPosix(relative2(this.options.root, path));
    return this.finish(file, () => "", [wholeFileFinding({ rule: fileUnreadable.id, message: `Not checked: ${reason}.`, start: 0, end: 1 })], []);
  }
  /** Checks one file, given its absolute path (and, for previews, its content at another revision). */
  checkFile(path, content) {
    const file = toPosix(relative2(this.options.root, path));
    const kind = file.toLowerCase().endsWith(".ipynb") ? "notebook" : "markdown";
    let bytes = content;
    if (!bytes) {
      const read = readFileBounded(path, readLimit(kind));
      if (!read.ok) {
        const finding = read.problem === "too-large" ? tooLarge(read.size, kind).finding : { rule: fileUnreadable.id, message: cannotReadSentence(read), start: 0, end: 1 };
        return this.finish(file, () => "", [wholeFileFinding(finding)], []);
      }
      bytes = read.bytes;
    }
    const settings = this.options.config.settingsFor(file);
    const macros = this.configuredMacros(path);
    const cacheKey = this.options.cache && !content ? ResultCache.key(bytes, JSON.stringify([file, settings, macros, this.options.config.config.targets, this.siteOf(file, kind, settings) ?? null])) : void 0;
    const cached = cacheKey ? this.options.cache.get(file, cacheKey) : void 0;
    if (cached) return cached;
    const result = this.checkBytes(file, kind, bytes, settings, macros);
    if (cacheKey) this.options.cache.set(file, cacheKey, result);
    return result;
  }
  /** The macros a file (absolute path) starts from: configuration's, then those of the site generator's files. */
  configuredMacros(path) {
    return { ...this.options.config.config.macros, ...this.options.siteMacros?.forFile(path) };
  }
  /**
   * Why GitHub cannot show `tex` in a ```math block (a pull-request comment's preview) — the message of the first
   * error its MathJax, as its client sets it up, would show — or undefined when it shows it.
   */
  githubRefusal(tex) {
    const { findings } = this.checker("github").check(tex, true, new MacroContext(baseMacros("github", {})));
    return findings.find((finding) => (finding.severity ?? ruleInfo(finding.rule)?.severity) === "error")?.message;
  }
  /**
   * A file's formulas as they are found, not validated: what the base side of a preview needs (its verdicts are
   * never shown), at the cost of the scan alone.
   */
  formulasOf(path, content) {
    const file = toPosix(relative2(this.options.root, path));
    const kind = file.toLowerCase().endsWith(".ipynb") ? "notebook" : "markdown";
    return this.checkBytes(file, kind, content, this.options.config.settingsFor(file), this.configuredMacros(path), false);
  }
  checkBytes(file, kind, bytes, settings, configured, validate = true) {
    const loaded2 = loadFile(bytes, kind);
    if (!loaded2.ok) return this.finish(file, loaded2.fileText, [wholeFileFinding(loaded2.finding)], []);
    const site = this.siteOf(file, kind, settings);
    const { targets } = this.options.config.config;
    const mystNotebook = kind === "notebook" && this.options.siteMacros?.usesJupyterlabMyst() === true;
    const dialect = settings.dialect ?? (kind === "notebook" ? mystNotebook ? "myst" : "jupyter" : sniffDialect(loaded2.fileText()) ?? (site && targets.site !== "off" ? site.dialect : void 0) ?? defaultDialect(file) ?? "github");
    const rules = site && dialect === site.dialect ? siteRules(site, dialect) : dialectRules(dialect);
    const renderer = settings.renderer ?? (mystNotebook && dialect === "myst" ? "mystmd" : void 0) ?? (site && targets.site !== "off" && dialect === site.dialect ? site.renderer : void 0) ?? rules.renderer;
    try {
      const keepFormulas = this.options.keepFormulas !== false || !validate;
      const judge = (pass) => checkDocument(loaded2.chunks, {
        rules: pass.rules,
        renderer: pass.renderer,
        checker: this.checker(pass.renderer),
        macros: baseMacros(pass.renderer, pass.macros),
        keepFormulas: keepFormulas || pass.validate === false,
        validate: pass.validate ?? validate,
        fileText: loaded2.fileText
      });
      const github2 = { rules: dialectRules("github"), renderer: "github", macros: {} };
      let result;
      let judged = renderer;
      if (!site || !validate) result = judge({ rules, renderer, macros: configured });
      else if (targets.site === "off") {
        result = judge(github2);
        judged = "github";
      } else if (site.showsNoMath) {
        const written = judge({ rules, renderer, macros: configured, validate: false }).formulas;
        const onSite = written.length > 0 ? [wholeFileFinding(siteShowsNoMath(written[0], written.length, site.showsNoMath))] : [];
        const onGitHub = targets.github !== "off" ? judge(github2) : { findings: [], formulas: [], formulaCount: 0 };
        result = { ...onGitHub, findings: mergeTargets(onSite, onGitHub.findings, { name: site.name, dialect, rules }) };
        judged = "github";
      } else {
        result = judge({ rules, renderer, macros: configured });
        if (targets.github !== "off")
          result = { ...result, findings: mergeTargets(result.findings, judge(github2).findings, { name: site.name, dialect, rules }) };
      }
      const findings = loaded2.findings ? [...loaded2.findings.map(wholeFileFinding), ...result.findings] : result.findings;
      return { ...this.finish(file, loaded2.fileText, findings, result.formulas, result.formulaCount), renderer: judged };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return this.finish(
        file,
        loaded2.fileText,
        [wholeFileFinding({ rule: fileUnreadable.id, message: `mathrepro failed on this file: ${message}`, start: 0, end: 1 })],
        []
      );
    }
  }
  /**
   * The site that publishes a Markdown page (a mystmd or Jupyter Book project, a Sphinx, MkDocs or Quarto site, a
   * static site whose HTML defines macros), unless the configuration names the page's dialect or renderer itself.
   */
  siteOf(file, kind, settings) {
    if (kind === "notebook" || settings.dialect || settings.renderer || !this.options.siteMacros) return void 0;
    const lower = file.toLowerCase();
    if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) return void 0;
    return this.options.siteMacros.siteOf(resolve(this.options.root, file));
  }
  checker(renderer) {
    let checker = this.checkers.get(renderer);
    if (!checker) {
      checker = new FormulaChecker(renderer);
      this.checkers.set(renderer, checker);
    }
    return checker;
  }
  finish(file, text, findings, formulas, formulaCount = formulas.length) {
    const lines = new LineIndex(text);
    const { targets } = this.options.config.config;
    const { diagnostics, excerpts } = locateFindings(
      file,
      lines,
      findings,
      (rule, chosen) => this.options.config.severity(rule, chosen),
      (target) => targets[target]
    );
    const errors = findings.filter(
      (finding) => this.options.config.severity(finding.rule, finding.severity) === "error" && !(finding.target && targets[finding.target] === "warning")
    );
    const startsOf = (chosen) => chosen.map((finding) => finding.start).sort((a, b) => a - b);
    const errorStarts = startsOf(errors);
    const startsFor = {
      everywhere: startsOf(errors.filter((f) => !f.target)),
      github: startsOf(errors.filter((f) => f.target === "github")),
      site: startsOf(errors.filter((f) => f.target === "site"))
    };
    const brokenOn = (start, end) => {
      if (anyWithin(startsFor.everywhere, start, end)) return void 0;
      const github2 = anyWithin(startsFor.github, start, end);
      const site = anyWithin(startsFor.site, start, end);
      return github2 && !site ? "github" : site && !github2 ? "site" : void 0;
    };
    return {
      file,
      formulaCount,
      formulas: formulas.map((formula) => {
        const { line, column } = lines.position(formula.start);
        const record = {
          tex: formula.tex,
          display: formula.display,
          delimiter: formula.delimiter,
          start: formula.start,
          end: formula.end,
          line,
          column,
          endLine: lines.position(Math.max(formula.start, formula.end - 1)).line
        };
        if (formula.cell !== void 0) record.cell = formula.cell;
        if (formula.definitions) record.definitions = formula.definitions;
        if (errorStarts.length > 0 && anyWithin(errorStarts, formula.start, formula.end)) {
          record.broken = true;
          const only = brokenOn(formula.start, formula.end);
          if (only) record.brokenOn = only;
        }
        return record;
      }),
      diagnostics,
      excerpts
    };
  }
};
function anyWithin(sorted, start, end) {
  const first = lastAtOrBefore(sorted, start - 1) + 1;
  return first < sorted.length && sorted[first] < end;
}
function locateFindings(file, lines, findings, severityOf, targetSetting) {
  const located = [];
  for (const finding of findings) {
    let severity = severityOf(finding.rule, finding.severity);
    if (!severity) continue;
    if (severity === "error" && finding.target && targetSetting?.(finding.target) === "warning") severity = "warning";
    const start = lines.position(finding.start);
    const end = lines.position(finding.end);
    const diagnostic = {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity,
      rule: finding.rule,
      message: finding.message
    };
    if (finding.source !== void 0) diagnostic.source = finding.source;
    if (finding.cell !== void 0) diagnostic.cell = finding.cell;
    if (finding.cellLine !== void 0) diagnostic.cellLine = finding.cellLine;
    if (finding.fix) diagnostic.fix = finding.fix;
    if (finding.target) diagnostic.target = finding.target;
    const excerpt = finding.excerpt ?? (lines.text.length === 0 ? void 0 : excerptAt(lines, finding.start, finding.end));
    located.push({ diagnostic, excerpt });
  }
  located.sort(({ diagnostic: a }, { diagnostic: b }) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { diagnostics: located.map((entry) => entry.diagnostic), excerpts: located.map((entry) => entry.excerpt) };
}
function mergeTargets(onSite, onGitHub, site) {
  const key = (finding) => `${finding.rule}\0${finding.start}\0${finding.end}${finding.rule === shownAsText.id ? `\0${finding.message}` : ""}`;
  const githubKeys = new Set(onGitHub.map(key));
  const siteKeys = new Set(onSite.map(key));
  const merged = [];
  for (const finding of onSite)
    merged.push(githubKeys.has(key(finding)) ? finding : { ...finding, target: "site", message: `${finding.message} (on ${site.name})` });
  for (const finding of onGitHub) {
    if (siteKeys.has(key(finding))) continue;
    const form = finding.fix?.form;
    if (form && !readsVerbatimForm(site.rules, form)) {
      const { fix: _, ...unfixed } = finding;
      merged.push({ ...unfixed, target: "github", message: withoutFixForSite(finding.message, site.name, site.dialect, form) });
    } else merged.push({ ...finding, target: "github", message: `${finding.message} (on GitHub)` });
  }
  return merged;
}
var rulesOfSites = /* @__PURE__ */ new WeakMap();
function siteRules(site, dialect) {
  const rules = dialectRules(dialect);
  if (!site.rules) return rules;
  let configured = rulesOfSites.get(site);
  if (!configured) rulesOfSites.set(site, configured = { ...rules, ...site.rules });
  return configured;
}
function buildReport(files) {
  const diagnostics = files.flatMap((file) => file.diagnostics);
  return {
    version: 1,
    summary: {
      files: files.length,
      formulas: files.reduce((sum, file) => sum + file.formulaCount, 0),
      errors: diagnostics.filter((d) => d.severity === "error").length,
      warnings: diagnostics.filter((d) => d.severity === "warning").length
    },
    diagnostics
  };
}

export {
  definitionsIn,
  SiteMacros,
  ResultCache,
  withoutOperatorName,
  wholeFileFinding,
  MAX_NOTEBOOK_BYTES,
  readLimit,
  Engine,
  locateFindings,
  buildReport
};
