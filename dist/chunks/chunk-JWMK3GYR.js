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
} from "./chunk-SMENXNA6.js";
import {
  DecodingMode,
  EntityDecoder,
  FLOW_EXCLUDED,
  HTML_BLOCK,
  LineIndex,
  NotebookError,
  ResolvedConfig,
  TEXT_EXCLUDED,
  VerifyError,
  createScanner,
  defaultConfig,
  htmlDecodeTree,
  joinText,
  loadConfig,
  loadYaml,
  markdownStructure,
  readNotebook,
  readTextBounded,
  toPosix,
  visit,
  xmlDecodeTree
} from "./chunk-G3VOV2RF.js";

// src/app/verify.ts
import { existsSync, readdirSync } from "node:fs";
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

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["Tab"] = 9] = "Tab";
  CharCodes2[CharCodes2["NewLine"] = 10] = "NewLine";
  CharCodes2[CharCodes2["FormFeed"] = 12] = "FormFeed";
  CharCodes2[CharCodes2["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes2[CharCodes2["Space"] = 32] = "Space";
  CharCodes2[CharCodes2["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes2[CharCodes2["Number"] = 35] = "Number";
  CharCodes2[CharCodes2["Amp"] = 38] = "Amp";
  CharCodes2[CharCodes2["SingleQuote"] = 39] = "SingleQuote";
  CharCodes2[CharCodes2["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes2[CharCodes2["Dash"] = 45] = "Dash";
  CharCodes2[CharCodes2["Slash"] = 47] = "Slash";
  CharCodes2[CharCodes2["Zero"] = 48] = "Zero";
  CharCodes2[CharCodes2["Nine"] = 57] = "Nine";
  CharCodes2[CharCodes2["Semi"] = 59] = "Semi";
  CharCodes2[CharCodes2["Lt"] = 60] = "Lt";
  CharCodes2[CharCodes2["Eq"] = 61] = "Eq";
  CharCodes2[CharCodes2["Gt"] = 62] = "Gt";
  CharCodes2[CharCodes2["Questionmark"] = 63] = "Questionmark";
  CharCodes2[CharCodes2["UpperA"] = 65] = "UpperA";
  CharCodes2[CharCodes2["LowerA"] = 97] = "LowerA";
  CharCodes2[CharCodes2["UpperF"] = 70] = "UpperF";
  CharCodes2[CharCodes2["LowerF"] = 102] = "LowerF";
  CharCodes2[CharCodes2["UpperZ"] = 90] = "UpperZ";
  CharCodes2[CharCodes2["LowerZ"] = 122] = "LowerZ";
  CharCodes2[CharCodes2["LowerX"] = 120] = "LowerX";
  CharCodes2[CharCodes2["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes || (CharCodes = {}));
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
  return c === CharCodes.Space || c === CharCodes.NewLine || c === CharCodes.Tab || c === CharCodes.FormFeed || c === CharCodes.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes.Slash || c === CharCodes.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes.LowerA && c <= CharCodes.LowerZ || c >= CharCodes.UpperA && c <= CharCodes.UpperZ;
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
    if (c === CharCodes.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes.Amp) {
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
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes.Gt) {
      this.sequenceIndex = Number(c === CharCodes.Dash);
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
        if (this.decodeEntities && c === CharCodes.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes.Questionmark) {
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
    } else if (c === CharCodes.Slash) {
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
    } else if (c === CharCodes.Gt) {
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
    if (c === CharCodes.Gt || this.fastForwardTo(CharCodes.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes.Slash) {
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
    if (c === CharCodes.Gt) {
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
    if (c === CharCodes.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes.Slash || c === CharCodes.Gt) {
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
    if (c === CharCodes.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes.SingleQuote) {
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
      this.cbs.onattribend(quote === CharCodes.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes.Amp) {
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
    if (c === CharCodes.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes.Dash ? State.BeforeComment : State.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes.Dash) {
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
    } else if (c === CharCodes.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes.Gt || this.fastForwardTo(CharCodes.Gt)) {
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
    if (c === CharCodes.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State.InDeclaration;
    } else if (c === CharCodes.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes.Gt || this.fastForwardTo(CharCodes.Gt)) {
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
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes.Amp) {
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
function hundredfold(a) {
  return { digits: a.digits, exponent: a.exponent + 2 };
}
function decimalText(a) {
  return `${a.digits}e${a.exponent}`;
}
function toNumber(a) {
  return Number(decimalText(a));
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
var SPLIT_SUBSCRIPT = /^_\{?(?:\\(?:text|mathrm|textrm|rm|mathit)\s*\{)?(?:test|train|training|val|valid|validation|dev|eval)\}/i;
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
    if (math && c === "_" && /[\p{L}\p{N}]/u.test(text[text.length - 1] ?? "") && SPLIT_SUBSCRIPT.test(source.slice(k, k + 40))) {
      put("_", k);
      continue;
    }
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
  return htmlTableCells(html).map((rows) => rows.map((cells) => cells.map((cell) => cell.text)));
}
function htmlTableCells(html) {
  const tables2 = [];
  let row;
  let cell;
  const parser = new Parser(
    {
      onopentag(tag) {
        if (tag === "table") tables2.push([]);
        else if (tag === "tr") row = [];
        else if ((tag === "td" || tag === "th") && row) cell = { text: "", start: parser.endIndex + 1, header: tag === "th" };
      },
      ontext(text) {
        if (cell !== void 0) cell.text += text;
      },
      onclosetag(tag) {
        if ((tag === "td" || tag === "th") && row && cell !== void 0) {
          const lead = cell.text.length - cell.text.trimStart().length;
          row.push({ text: cell.text.trim(), start: cell.start + lead, header: cell.header });
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
  const ratio = /^(\d{1,15})\/(\d{1,15})$/.exec(cleaned);
  if (ratio && Number(ratio[2]) > 0) {
    const value2 = Number(ratio[1]) / Number(ratio[2]);
    return { kind: "value", value: value2, raw: cleaned, exact: String(value2) };
  }
  const percent = /\s?%$/.test(cleaned);
  const written = percent ? cleaned.replace(/\s?%$/, "") : cleaned;
  const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(written) ? parseDecimal(written) : void 0;
  const exact = decimal && (percent ? hundredths(decimal) : decimal);
  const value = exact ? toNumber(exact) : Number.NaN;
  if (!exact || !Number.isFinite(value)) return { kind: "invalid", raw: cleaned };
  return { kind: "value", value, raw: cleaned, exact: decimalText(exact) };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
    const inValueUnit = exactTolerance && valuePercent && percent !== "%" ? hundredths(exactTolerance) : exactTolerance;
    expectation.exact = { value: exactValue, tolerance: absoluteTolerance(exactValue, inValueUnit, percent === "%") };
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

// src/reproduce/claims.ts
var TRADITIONAL = Object.fromEntries(
  "\u7EA6\u7D04\u4E3A\u70BA\u5185\u5167\u51C6\u6E96\u786E\u78BA\u635F\u640D\u8BEF\u8AA4\u6D4B\u6E2C\u8BD5\u8A66\u4E8E\u65BC\u4E2A\u500B\u65F6\u6642\u95F4\u9593\u8FDF\u9072\u6570\u6578\u6807\u6A19\u8FBE\u9054\u5E94\u61C9\u8BE5\u8A72\u5F53\u7576\u4E0E\u8207\u5C06\u5C07\u4F1A\u6703\u8FC7\u904E\u663E\u986F\u5956\u734E\u52B1\u52F5\u62A5\u5831\u9519\u932F\u7801\u78BC".match(/../gu).map((pair) => [...pair])
);
function withTraditional(words) {
  const traditional = words.map((word) => [...word].map((char) => TRADITIONAL[char] ?? char).join(""));
  return [.../* @__PURE__ */ new Set([...words, ...traditional])];
}
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
      "\u7EA6",
      // Korean: approximately.
      "\uC57D"
    ]
  ],
  ["=", ["==", "=", "equals", "equal to", "\u7B49\u4E8E"]],
  ["within", ["within", "\u5728"]],
  ["between", ["between", "\u4ECB\u4E8E"]]
];
var FILLERS = withTraditional([
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
  "\u7684\u503C",
  // (Japanese and Korean: the topic and subject particles.)
  "\u306F",
  "\u304C",
  "\uB294",
  "\uC740",
  "\uAC00",
  "\uC774"
]);
var BARE_MARKERS = new Set(
  withTraditional([":", "is", "are", "was", "were", "of", "reaches", "reached", "achieves", "achieved", "gets", "got", "yields", "\u4E3A", "\u662F", "\u8FBE\u5230"])
);
var METRIC_WORDS = new Set(
  "loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map wer cer top1 top5 iou miou dice r2 likelihood nll elbo kl entropy latency throughput time runtime speed fps memory mem ap ap50 ap75 em rmsd correlation pearson spearman kappa ndcg mrr hit hits coverage bpd bits ece brier meteor chrf cider spice lpips".split(" ")
);
var CJK_METRIC = new RegExp(
  [
    ...withTraditional(
      "\u635F\u5931|\u51C6\u786E\u7387|\u6B63\u786E\u7387|\u7CBE\u5EA6|\u7CBE\u786E\u7387|\u53EC\u56DE\u7387|\u8BEF\u5DEE|\u5F97\u5206|\u5206\u6570|\u56F0\u60D1\u5EA6|\u6307\u6807|\u8017\u65F6|\u65F6\u95F4|\u5EF6\u8FDF|\u541E\u5410|\u663E\u5B58|\u5185\u5B58|\u901F\u5EA6|\u5956\u52B1|\u56DE\u62A5|\u76F8\u4F3C\u5EA6|\u8BEF\u7801\u7387|\u9519\u8BEF\u7387|\u6210\u529F\u7387|\u547D\u4E2D\u7387".split(
        "|"
      )
    ),
    // Japanese: accuracy, precision, recall.
    "\u6B63\u89E3\u7387",
    "\u9069\u5408\u7387",
    "\u518D\u73FE\u7387",
    // Korean: accuracy, loss, error, precision, recall, score, latency.
    "\uC815\uD655\uB3C4",
    "\uC190\uC2E4",
    "\uC624\uCC28",
    "\uC815\uBC00\uB3C4",
    "\uC7AC\uD604\uC728",
    "\uC810\uC218",
    "\uC9C0\uC5F0",
    "F1",
    "AUC",
    "mAP"
  ].join("|")
);
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
var PERCENT = String.raw`\s?%|\s+(?:percent|per\s+cent|pct)(?![\p{L}\p{N}])`;
var VALUE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\p{N}_@.\-/]|\d,)(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(${PERCENT})?(?:\s*(${UNIT})(?![\p{Script=Latin}\p{N}]))?`,
  "yu"
);
var TOLERANCE = new RegExp(
  String.raw`\s*(\()?\s*(?:±|\+/-|\+-|within)\s*(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(${PERCENT})?(?:\s*${UNIT}(?![\p{L}\p{N}]))?\s*(\))?`,
  "yu"
);
var COMMA_TOLERANCE = /\s*\(?\s*(?:±|\+\/-|\+-|within)\s*[+-]?\d*,\d/y;
var UNIT_AFTER_NAME = /\s*[(（[]\s*(%|[A-Za-z/µ]{1,10})\s*[)）\]]\s*$/;
var SUFFIX = /\s*(左右|上下|以内|之内|以內|之內|以下|以上|이상|이하|미만|초과)/y;
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
var RELATION_LIST = RELATIONS.flatMap(
  ([relation, words]) => withTraditional(words).map((word) => [word, relation])
).sort((a, b) => b[0].length - a[0].length);
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
var CJK = /[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7af]/;
var TOKEN = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}_.@/+'-])*$/u;
function nameBefore(text, end, whole) {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  if (at === 0) return void 0;
  if (CJK.test(text[at - 1])) {
    let start = at;
    while (start > 0 && (CJK.test(text[start - 1]) || /[A-Za-z0-9_@\-.]/.test(text[start - 1]))) start--;
    let name2 = text.slice(start, at);
    const particle = Math.max(...["\u7684", "\u4E0A", "\u4E2D", "\u5728", "\u306E", "\uC758"].map((mark) => name2.lastIndexOf(mark)));
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
function nameParts(name) {
  return name.toLowerCase().split(/[\s_.@/-]+/);
}
function namesAResult(name) {
  if (CJK_METRIC.test(name)) return true;
  const parts = nameParts(name);
  if (parts.some((part) => SETTING_WORDS.has(part)) && !parts.some((part) => METRIC_WORDS.has(part) && part !== "is")) return false;
  if (/(?:^|[\s_.@/])top-\d+(?![\p{L}\p{N}])/iu.test(name)) return true;
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
  const attained = attainedClaim(text, at, value, relationInfo);
  if (attained) return attained;
  const bare = relationInfo === void 0;
  const skipped = skipFillers(text, relationInfo ? relationInfo.start : at);
  if (bare) {
    SUFFIX.lastIndex = value.end;
    const marked = skipped.bare || value.percent || SUFFIX.test(text) || /^\s*[(（]?\s*(?:±|\+\/-|\+-)/.test(text.slice(value.end, value.end + 4));
    if (!marked) return void 0;
  }
  let nameEnd = skipped.at;
  const unitAfterName = UNIT_AFTER_NAME.exec(text.slice(Math.max(0, nameEnd - 16), nameEnd));
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
    else if (word === "\u4EE5\u5185" || word === "\u4E4B\u5185" || word === "\u4EE5\u5167" || word === "\u4E4B\u5167" || word === "\u4EE5\u4E0B") op = op === "<" ? "<" : "<=";
    else if (word === "\u4EE5\u4E0A" || word === "\uC774\uC0C1") op = ">=";
    else if (word === "\uC774\uD558") op = op === "<" ? "<" : "<=";
    else if (word === "\uBBF8\uB9CC") op = "<";
    else if (word === "\uCD08\uACFC") op = ">";
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
var ATTAINED = /(?:^|[^\p{L}])(achieve[sd]?|achieving|reach(?:es|ed|ing)?|gets?|got|obtain(?:s|ed|ing)?|yield(?:s|ed|ing)?|attain(?:s|ed|ing)?|scores?|scored)\s+(?:an?\s+|the\s+)?$/iu;
function attainedClaim(text, at, value, relationInfo) {
  if (relationInfo && (relationInfo.relation === "within" || relationInfo.relation === "between")) return void 0;
  const before = relationInfo ? relationInfo.start : at;
  const verb = ATTAINED.exec(text.slice(Math.max(0, before - 32), before));
  if (!verb) return void 0;
  let end = value.end;
  const tolerance = toleranceAt(text, end);
  if (tolerance) end = tolerance.end;
  const name = nameAfter(text, end);
  if (!name) return void 0;
  const op = relationInfo ? relationInfo.relation : "=";
  const sign = relationInfo ? `${op} ` : "";
  const written = `${sign}${value.written}${tolerance ? ` \xB1 ${tolerance.decimal}${tolerance.percent ? "%" : ""}` : ""}`;
  const expectation = build(name.name, op, value.decimal, tolerance?.decimal, tolerance?.percent ? "%" : void 0, value.percent, {
    written,
    unit: value.unit,
    bare: op === "=" || op === "\u2248"
  });
  return { read: [expectation], start: before - verb[0].length + (verb[0].length - verb[0].trimStart().length), end: name.end };
}
function nameAfter(text, from) {
  const words = /^\s*([\p{L}][\p{L}\p{N}_@.-]*)(?:\s([\p{L}][\p{L}\p{N}_@.-]*))?(?:\s([\p{L}][\p{L}\p{N}_@.-]*))?/u.exec(text.slice(from, from + 80));
  if (!words) return void 0;
  const found = words.slice(1).filter((word) => word !== void 0);
  for (let count = found.length; count > 0; count--) {
    const last = found[count - 1].replace(/[.-]+$/, "");
    if (!namesAResult(last) || STOPWORDS.has(last.toLowerCase())) continue;
    const name = [...found.slice(0, count - 1), last].join(" ");
    return { name, end: from + words[0].indexOf(found[0]) + name.length };
  }
  return void 0;
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
var OTHER_SCRIPT_SIGN = new RegExp("((?:\\p{Script=Cyrillic}|\\p{Script=Greek}|\\p{Script=Arabic}|\\p{Script=Hebrew}|\\p{Script=Devanagari}|\\p{Script=Thai}|\\p{Script=Armenian}|\\p{Script=Georgian}|\\p{M})+)\\s*(?:<=|>=|\u2264|\u2265|<|>|\u2248)\\s*[+-]?(?:\\d|\\.\\d)", "u");
var CLAIM_MARK = /<=|>=|≤|≥|<|>|≈|~|±|%|=|\b(?:approximately|approx|about|around|roughly|nearly|at least|at most|no more than|no less than|within|between|less than|more than|greater than|lower than|higher than|below|above|under|over|exceeds?)\b|约|大约|大概|左右|不低于|不超过|至少|至多|以内|低于|高于|小于|大于|超过|介于|約|大約|不低於|不超過|以內|低於|高於|小於|大於|超過|介於|약|이상|이하|미만|초과/iu;
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
    const signed = OTHER_SCRIPT_SIGN.exec(rest)?.[1];
    const metric = words.find((word) => namesAResult(word) || CJK_METRIC.test(word)) ?? signed;
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
  const unit = UNIT_AFTER_NAME.exec(name);
  const bare = readClaims(`x${unit ? ` ${unit[0].trim()}` : ""}: ${writtenExpected}`, { whole: true }).filter(
    (claim) => !claim.unread && claim.expectation.metric === "x"
  );
  if (bare.length === 0) return void 0;
  const found = bare[0].expectation;
  found.metric = unit ? name.slice(0, unit.index) : name;
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
var CELL_RANGE = /\bIn\s?\[\s*(\d+)\s*\]\s*(?:-|–|—|to|through|thru|…|\.\.\.?|至|到)\s*In\s?\[\s*(\d+)\s*\]/g;
var RUN = /\b(?:run|runs|running|re-?run|execute[sd]?|executing|evaluate[sd]?)\b|运行|执行|運行|執行|実行/iu;
function sentenceAround(text, start, end) {
  const before = Math.max(...[".", "\u3002", "!", "?", "\uFF01", "\uFF1F", "\n", ";", "\uFF1B"].map((mark) => text.lastIndexOf(mark, start - 1)));
  const afters = [". ", "\u3002", "!", "?", "\uFF01", "\uFF1F", "\n", ";", "\uFF1B"].map((mark) => text.indexOf(mark, end)).filter((at) => at >= 0);
  return text.slice(before + 1, afters.length > 0 ? Math.min(...afters) : text.length);
}
var MAX_CELL_RANGE = 100;
var CELLS_BY_NUMBER = /\bcells?\s*(?:#\s*)?\[?\d+\]?(?:\s*(?:,|and|&|or|to|through|-|–)\s*(?:#\s*)?\[?\d+\]?)*|第\s*\d+(?:\s*(?:和|与|與|及|、|,|，|至|到|-|–)\s*第?\s*\d+)*\s*[个個]?\s*(?:代码|代碼)?(?:单元格|單元格|儲存格)/giu;
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
  const plain = blankedOut(
    text,
    structure.flags,
    // (A role's target is none: `` :eqlabel:`eq_bleu` ``, `` {eq}`eq_bleu` ``.)
    structure.codeSpans.filter((code) => !/[:}]/.test(text[code.start - 1] ?? "") && readInProse(text.slice(code.contentStart, code.contentEnd)))
  );
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
  htmlTables2(text, structure.flags, doc, at);
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
function blankedOut(text, flags, kept) {
  const parts = [];
  let from = 0;
  let next = 0;
  for (let k = 0; k < text.length; k++) {
    if ((flags[k] & (TEXT_EXCLUDED | FLOW_EXCLUDED)) === 0) continue;
    parts.push(text.slice(from, k));
    const span = kept[next];
    if (span?.start === k) {
      next++;
      parts.push(" ".repeat(span.contentStart - span.start), text.slice(span.contentStart, span.contentEnd), " ".repeat(span.end - span.contentEnd));
      from = span.end;
      k = span.end - 1;
      continue;
    }
    let end = k;
    while (end < text.length && (flags[end] & (TEXT_EXCLUDED | FLOW_EXCLUDED)) !== 0 && kept[next]?.start !== end) end++;
    parts.push(text.slice(k, end).replace(/[^\n]/g, " "));
    from = end;
    k = end - 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
function readInProse(code) {
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s?%?$/.test(code)) return true;
  return /^[\p{L}_][\p{L}\p{N}_./@-]*$/u.test(code) && !RESULT_FILE.test(code) && namesAResult(code);
}
var RESULT_FILE = /\.(?:json|jsonl|csv|tsv|txt|log|ipynb|py|ya?ml|md|npy|npz|pt|pth|pkl|h5|parquet)$/i;
function cellRefs(written, offset, doc, at) {
  const text = written.replace(CELL_RANGE, (range, first, last, index) => {
    const [from, to] = [Number(first), Number(last)];
    const where = at(offset + index);
    if (to < from || to - from >= MAX_CELL_RANGE) {
      const problem = `'${range}' names ${to < from ? "no cells (its end comes before its start)" : `${to - from + 1} cells, more than the ${MAX_CELL_RANGE} a range may`}: name the cells one by one, or by id: or tag:`;
      doc.cells.push({ kind: "unread", problem, ref: range, ...where });
    } else for (let count = from; count <= to; count++) doc.cells.push({ kind: "count", count, ref: `In[${count}]`, ...where });
    return " ".repeat(range.length);
  });
  for (const match of text.matchAll(CELLS_BY_NUMBER)) {
    const ref = match[0].trim();
    const how = `a number may be a cell's execution count or its place in the notebook. Name them as JupyterLab shows a run cell's count, In[5], or by id:\u2026 or tag:\u2026`;
    if (RUN.test(sentenceAround(text, match.index, match.index + match[0].length)))
      doc.cells.push({ kind: "unread", problem: `'${ref}' reads like cells to run, but not which: ${how}`, ref, ...at(offset + match.index) });
    else doc.notes.push({ message: `'${ref}' is not read as cells to run: if they are, say which: ${how}`, ...at(offset + match.index) });
  }
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
  for (const cell of list(block.cells)) {
    const before = doc.cells.length;
    cellRefs(String(cell), contentStart, doc, () => where);
    if (doc.cells.length === before) {
      const ref = String(cell);
      const problem = `'${ref}' in the reproduce block's cells names no cell mathrepro can find: write In[N] (the execution count JupyterLab shows beside a run cell), id:\u2026 or tag:\u2026`;
      doc.cells.push({ kind: "unread", problem, ref, ...where });
    }
  }
  const expect = block.expect ?? block.metrics;
  const entries2 = Array.isArray(expect) ? expect.map((e) => ["", e]) : typeof expect === "object" && expect ? Object.entries(expect) : [];
  const gates2 = block.gates;
  if (typeof gates2 === "object" && gates2 && !Array.isArray(gates2)) entries2.push(...Object.entries(gates2));
  for (const [metric, entry] of entries2) {
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
function htmlTables2(text, flags, doc, at) {
  for (let start = text.search(/<table\b/i); start >= 0; ) {
    const close = /<\/table\s*>/gi;
    close.lastIndex = start;
    const end = close.exec(text) ? close.lastIndex : text.length;
    if (flags[start] & HTML_BLOCK) {
      for (const table of htmlTableCells(text.slice(start, end))) {
        const rows = table.map((cells) => cells.map((cell) => ({ text: cell.text, start: start + cell.start })));
        tableRows(table[0]?.some((cell) => cell.header) ? rows : [[], ...rows], doc, at);
      }
    }
    const next = text.slice(end).search(/<table\b/i);
    start = next < 0 ? -1 : end + next;
  }
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
var NAME_HEADER = /^(metric|metrics|name|measure|quantity|指标|指標|度量|名称|名稱)/;
var VALUE_HEADER = /(expect|target|threshold|criterion|criteria|value|result|reported|reference|goal|预期|預期|期望|目标|目標|阈值|閾值|数值|數值|值|结果|結果)/;
var OPERATOR_HEADER = /^(op|operator|comparison|comparator|relation|direction|比较|比較|关系|關係)/;
var TOLERANCE_HEADER = /^(tol|tolerance|margin|allowed|±|误差|誤差|容差|允许|允許)/;
var SOURCE_HEADER = /^(source|file|from|where|来源|來源|文件|檔案)/;
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
  if (ref.kind === "unread") return [];
  return sources.notebooks.flatMap(
    ({ path, label, notebook, stale }) => notebook.cells.filter((cell) => ref.kind === "count" ? cell.executionCount === ref.count : ref.kind === "id" ? cell.id === ref.id : cell.tags.includes(ref.tag)).map((cell) => ({ path, label, cell, ...stale ? { stale } : {} }))
  );
}
function cellName(found) {
  return `${found.label}#${found.cell.executionCount === null ? `cell ${found.cell.index + 1}` : `In[${found.cell.executionCount}]`}`;
}
function cellResult(ref, found) {
  const at = { line: ref.line, column: ref.column };
  if (ref.kind === "unread") return { ref: ref.ref, status: "invalid", source: null, message: ref.problem, ...at };
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
  const scale = shareScale(expectation, observation);
  const pass = meets(expectation, scale?.value ?? observation.value, scale?.exact ?? observation.exact);
  const bound = describeBound(expectation.op, expectation.value, toleranceOf(expectation));
  const precision = expectation.precision ? ` (to the precision ${expectation.expected.replace(/^[=≈]\s*/, "")} is written to)` : "";
  const status = expectation.informational ? "info" : pass ? "pass" : "fail";
  return result(
    observation.value,
    status,
    `${expectation.metric} = ${observation.raw}${scale ? ` (${scale.note})` : ""} ${pass ? "meets" : "misses"} ${bound}${precision}${change(observation.value)}${alsoIn}`
  );
}
var SHARES = new Set("accuracy acc precision recall f1 auc iou miou dice map ap top1 top5 ndcg mrr hit hits coverage kappa".split(" "));
function isShare(metric) {
  const parts = nameParts(metric.replace(/top-(\d)/gi, "top$1"));
  return parts.some((part) => SHARES.has(part)) && !parts.some((part) => part === "loss" || part === "error" || part === "err");
}
function shareScale(expectation, observation) {
  if (!isShare(expectation.metric) || observation.raw.includes("%")) return void 0;
  const claimed = Math.abs(expectation.value);
  const seen = observation.value;
  const exact = parseDecimal(observation.exact);
  if (!exact || seen < 0) return void 0;
  const onScale = (value, note) => ({ value: toNumber(value), exact: decimalText(value), note });
  if (claimed <= 1 && seen > 1 && seen <= 100) return onScale(hundredths(exact), `read as ${observation.raw}%: a share above 1 is printed in percent`);
  if (claimed > 1 && claimed <= 100 && seen <= 1) {
    const percent = hundredfold(exact);
    return onScale(percent, `read as ${toNumber(percent)}: the claim is in percent, the output a fraction`);
  }
  return void 0;
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
  if (existsSync(join(root, "REPRODUCE.md"))) return "REPRODUCE.md";
  return entries(root).find((name) => name.toLowerCase() === "reproduce.md");
}
function reproduceLookalikes(root) {
  const like = (folder) => entries(join(root, folder)).filter((name) => /^reproduc\w*\.md$/i.test(name)).map((name) => folder ? `${folder}/${name}` : name);
  return [...like(""), ...like("docs"), ...like("doc")].filter((path) => path.toLowerCase() !== "reproduce.md").slice(0, 5);
}
function entries(folder) {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
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
  if (!document.ok) {
    const lookalikes = request.file || config.config.reproduce.file ? [] : reproduceLookalikes(request.root);
    const hint = lookalikes.length > 0 ? ` (there is ${lookalikes.join(", ")}: name it with --file, or in .mathrepro.yml as reproduce.file)` : "";
    throw new VerifyError(`${file}: ${document.reason}${hint}`);
  }
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
  reproduceLookalikes,
  verifyRepository
};
