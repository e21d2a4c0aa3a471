import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  GITHUB_LIMITS,
  VERSION
} from "./chunk-IOSWZBGQ.js";
import {
  RULES
} from "./chunk-G3VOV2RF.js";
import {
  printable
} from "./chunk-WUQGJPXO.js";

// src/report/annotations.ts
function formatAnnotation(d) {
  const properties = [
    ["file", printable(d.file)],
    ["line", d.line],
    ["endLine", d.endLine]
  ];
  if (d.line === d.endLine) {
    properties.push(["col", d.column], ["endColumn", Math.max(d.column, d.endColumn - 1)]);
  }
  properties.push(["title", `mathrepro ${d.rule}`]);
  const command = d.severity === "error" ? "error" : "warning";
  const text = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command} ${text}::${escapeData(printable(d.cell === void 0 ? d.message : `${d.message} (cell ${d.cell}, line ${d.cellLine})`))}`;
}
function formatAnnotations(diagnostics) {
  return diagnostics.map((d) => `${formatAnnotation(d)}
`).join("");
}
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/json.ts
function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
var HELP_URI = "https://github.com/mathrepro/mathrepro#what-is-an-error";
function formatSarif(report) {
  let cap = GITHUB_LIMITS.sarifResults;
  for (; ; ) {
    const { text, kept } = sarifOf(report, cap);
    const size = kept > 0 ? gzipSync(text).length : 0;
    if (size <= SARIF_GZIPPED_BYTES || kept === 0) return text;
    cap = Math.min(kept - 1, Math.floor(kept * SARIF_GZIPPED_BYTES * 0.9 / size));
  }
}
var SARIF_GZIPPED_BYTES = 9.5 * 1024 * 1024;
function fairShare(findings, cap) {
  const kept = /* @__PURE__ */ new Set();
  for (const severity of ["error", "warning"]) {
    const byFile = /* @__PURE__ */ new Map();
    for (const finding of findings)
      if (finding.severity === severity) (byFile.get(finding.file) ?? byFile.set(finding.file, []).get(finding.file)).push(finding);
    const queues = [...byFile.values()];
    for (let round = 0; kept.size < cap && queues.some((queue) => queue.length > round); round++) {
      for (const queue of queues) {
        if (kept.size >= cap) break;
        if (round < queue.length) kept.add(queue[round]);
      }
    }
  }
  return kept;
}
function sarifOf(report, cap) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = /* @__PURE__ */ new Map();
  const fingerprints = report.diagnostics.map((d) => {
    const identity = [d.file, d.rule, d.source ?? "", d.message].join("\0");
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return createHash("sha256").update(`${identity}\0${occurrence}`).digest("hex");
  });
  const numbered = report.diagnostics.map((d, index) => ({ ...d, fingerprint: fingerprints[index] }));
  const kept = numbered.length > cap ? fairShare(numbered, cap) : new Set(numbered);
  const left = numbered.length - kept.size;
  const results = numbered.filter((d) => kept.has(d)).map((d) => ({
    ruleId: d.rule,
    ...ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {},
    level: d.severity === "error" ? "error" : "warning",
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(d.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
        }
      }
    ],
    partialFingerprints: { "mathrepro/v1": d.fingerprint }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mathrepro",
            version: VERSION,
            informationUri: "https://github.com/mathrepro/mathrepro",
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: `${rule.description} Fix: ${rule.fix}`, markdown: `**${rule.id}**: ${rule.reports}

**Fix:** ${rule.fix}` },
              helpUri: HELP_URI,
              defaultConfiguration: { level: rule.severity }
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: left > 0 ? [
              {
                level: "warning",
                message: {
                  text: `${left} of ${numbered.length} findings left out: code scanning accepts at most ${GITHUB_LIMITS.sarifResults} results in a run and 10 MB gzipped (errors were kept first, then each file's first findings in turn). The JSON report has them all.`
                }
              }
            ] : []
          }
        ],
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return { text: `${JSON.stringify(sarif, null, 2)}
`, kept: kept.size };
}
function fileUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

export {
  formatAnnotations,
  formatJson,
  formatSarif
};
