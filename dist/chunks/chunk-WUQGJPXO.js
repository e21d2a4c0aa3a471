import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/format/escape.ts
function escapeMarkdown(text) {
  return noReferences(wellFormed(text)).replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~<>&"'$]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`).replace(/@/g, "@\u200B");
}
function escapeHtml(text) {
  return noReferences(wellFormed(text)).replace(/[<>&"']/g, (c) => HTML_ENTITIES[c]).replace(/@/g, "@\u200B").replace(/[\r\n]+/g, " ");
}
var HTML_ENTITIES = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;"
};
function codeSpan(text, maxLength = 200, inTable = true) {
  let content = wellFormed(text).replace(/[\r\n]+/g, " ");
  if (content.length > maxLength) content = `${clip(content, maxLength - 1)}\u2026`;
  if (inTable) content = content.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content.trim() === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function clip(text, length) {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 55296 && last <= 56319 ? length - 1 : length);
}
function noReferences(text) {
  return text.replace(/#(?=\d)/g, "#\u200B").replace(/\bGH-(?=\d)/gi, (match) => `${match}\u200B`);
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\u202A-\u202E\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `<U+${code.toString(16).toUpperCase()}>`;
  });
}

export {
  escapeMarkdown,
  escapeHtml,
  codeSpan,
  wellFormed,
  clip,
  printable
};
