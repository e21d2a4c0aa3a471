/**
 * Escaping for text from a repository (file names, formulas, messages that quote them) placed into Markdown
 * that GitHub renders: no HTML, no @mention pings, no link or image syntax, nothing that breaks a table.
 */

/** Plain text inside Markdown, e.g. a table cell: every Markdown and HTML special character neutralised. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&"']/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
    .replace(/@/g, '@\u200b');
}

/** Text inside HTML (e.g. a <summary>): entities for the HTML specials, no @mention. */
export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => HTML_ENTITIES[c]!).replace(/@/g, '@\u200b').replace(/[\r\n]+/g, ' ');
}

const HTML_ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
};

/**
 * A code span holding any text: the backtick fence is longer than any backtick run inside, line breaks become
 * spaces, and pipes are written as an entity-free `\|` which GitHub tables accept inside code spans.
 */
export function codeSpan(text: string, maxLength = 200): string {
  let content = text.replace(/[\r\n]+/g, ' ');
  if (content.length > maxLength) content = `${content.slice(0, maxLength - 1)}…`;
  content = content.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || content.trim() === '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}
