/**
 * Escaping for text from a repository (file names, formulas, messages that quote them) placed into Markdown
 * that GitHub renders: no HTML, no @mention pings, no link or image syntax, nothing that breaks a table.
 */

/** Plain text inside Markdown, e.g. a table cell: every Markdown and HTML special character neutralised. */
export function escapeMarkdown(text: string): string {
  return (
    noReferences(wellFormed(text))
      .replace(/[\r\n]+/g, ' ')
      // `$` too: GitHub would typeset the text between two dollars as math.
      .replace(/[\\`*_{}[\]()#+\-.!|~<>&"'$]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
      .replace(/@/g, '@\u200b')
  );
}

/** Text inside HTML (e.g. a <summary>): entities for the HTML specials, no @mention. */
export function escapeHtml(text: string): string {
  return noReferences(wellFormed(text))
    .replace(/[<>&"']/g, (c) => HTML_ENTITIES[c]!)
    .replace(/@/g, '@\u200b')
    .replace(/[\r\n]+/g, ' ');
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
 * spaces, and (for a table cell) pipes are written as an entity-free `\|` which GitHub tables accept inside code spans.
 */
export function codeSpan(text: string, maxLength = 200, inTable = true): string {
  let content = wellFormed(text).replace(/[\r\n]+/g, ' ');
  if (content.length > maxLength) content = `${clip(content, maxLength - 1)}…`;
  if (inTable) content = content.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || content.trim() === '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Unpaired UTF-16 surrogates (text cut inside an emoji) replaced by U+FFFD: GitHub shows them as garbage. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The first `length` UTF-16 units of `text`, one fewer when that would cut a surrogate pair. */
export function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/**
 * GitHub links `#12`, `owner/repo#12` and `GH-12` to issues (and leaves a backlink in them) wherever they appear
 * in text, after Markdown is parsed, so escaping does not stop it: a zero-width space after `#` or `GH-` does.
 */
function noReferences(text: string): string {
  return text.replace(/#(?=\d)/g, '#\u200b').replace(/\bGH-(?=\d)/gi, (match) => `${match}\u200b`);
}

/**
 * Text for a terminal or a CI log: control characters (an escape sequence in a file name or a formula would
 * recolour, move or clear the screen) and bidirectional overrides shown as `\x1B` and `<U+202E>`.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\u202A-\u202E\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `<U+${code.toString(16).toUpperCase()}>`;
  });
}
