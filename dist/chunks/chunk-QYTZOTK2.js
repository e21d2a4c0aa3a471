import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/report/annotations.ts
function formatAnnotation(d) {
  const properties = [
    ["file", d.file],
    ["line", d.line],
    ["endLine", d.endLine]
  ];
  if (d.line === d.endLine) {
    properties.push(["col", d.column], ["endColumn", Math.max(d.column, d.endColumn - 1)]);
  }
  properties.push(["title", `mathrepro ${d.rule}`]);
  const command = d.severity === "error" ? "error" : "warning";
  const text = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command} ${text}::${escapeData(d.cell === void 0 ? d.message : `${d.message} (cell ${d.cell}, line ${d.cellLine})`)}`;
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

export {
  formatAnnotations,
  formatJson
};
