import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/model/changes.ts
var FILTER_MODES = ["added", "diff_context", "file", "nofilter"];

// src/version.ts
var VERSION = "0.1.0";

// src/format/limits.ts
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
  VERSION,
  GITHUB_LIMITS,
  mostImportantFirst,
  utf8Length,
  fitBytes
};
