import type { Finding } from '../model/types.js';
import { defineRule } from './define.js';

export const unclosedMath = defineRule({
  id: 'unclosed-math',
  severity: 'error',
  scope: 'markdown',
  description: 'A math delimiter ($$, \\[, \\(, \\begin{…}, ```math) that is never closed.',
  fix: 'Close the delimiter before the paragraph ends, or escape it (\\$) if it is meant as text.',
  reports: '`$$`, `\\begin{…}` or ```` ```math ```` that is never closed.',
});

/** A ```` ```math ```` or `:::{math}` fence never closed (`source`: the formula it swallows). */
export function unclosedFence(fence: '```math' | ':::{math}', start: number, source?: string): Finding {
  return {
    rule: unclosedMath.id,
    message: `The ${fence} fence is never closed: everything after it becomes part of the formula.`,
    start,
    end: start + 3,
    ...(source !== undefined ? { source } : {}),
  };
}

/**
 * A ```` ```math ```` fence never closed where the Markdown takes no fence without its closing line (Python-Markdown's
 * superfences): its lines are read as text, and the formula does not show.
 */
export function unclosedFenceReadAsText(marker: { start: number; end: number }): Finding {
  return {
    rule: unclosedMath.id,
    message: 'The ```math fence is never closed: the Markdown that renders the page here reads no fence without its closing line, and shows its lines as text.',
    start: marker.start,
    end: marker.end,
  };
}

/** `$$` never closed (`beforeBlankLine`: where the reader stops looking, JupyterLab's way). */
export function unclosedDisplayDollars(start: number, beforeBlankLine: boolean): Finding {
  return {
    rule: unclosedMath.id,
    message: `\`$$\` opens display math that is never closed with \`$$\`${beforeBlankLine ? ' before a blank line' : ''}`,
    start,
    end: start + 2,
  };
}

/** `\\begin{name}` (written over `length` characters) never closed. */
export function unclosedEnvironment(name: string, start: number, length: number, beforeBlankLine: boolean): Finding {
  return {
    rule: unclosedMath.id,
    message: `\`\\begin{${name}}\` is never closed with \`\\end{${name}}\`${beforeBlankLine ? ' before a blank line' : ''}`,
    start,
    end: start + length,
  };
}
