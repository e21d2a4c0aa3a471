import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~<>&"']/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`).replace(/@/g, "@\u200B");
}
function escapeHtml(text) {
  return text.replace(/[<>&"']/g, (c) => HTML_ENTITIES[c]).replace(/@/g, "@\u200B").replace(/[\r\n]+/g, " ");
}
var HTML_ENTITIES = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;"
};
function codeSpan(text, maxLength = 200) {
  let content = text.replace(/[\r\n]+/g, " ");
  if (content.length > maxLength) content = `${content.slice(0, maxLength - 1)}\u2026`;
  content = content.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content.trim() === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

export {
  escapeMarkdown,
  escapeHtml,
  codeSpan
};
