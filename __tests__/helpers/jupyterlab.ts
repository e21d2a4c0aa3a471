import { removeMath as rendermimeRemoveMath } from '@jupyterlab/rendermime/lib/latex.js';
import { marked } from 'marked';

// rendermime asks the browser whether it is Internet Explorer.
(globalThis as { navigator?: unknown }).navigator ??= { appName: 'node' };

/**
 * JupyterLab's own math extraction (rendermime's removeMath), the referee for what a notebook's Markdown holds as
 * math: the text with each formula a placeholder, and the formulas, delimiters included, as it cut them out.
 */
export function removeMath(text: string): { text: string; math: string[] } {
  return rendermimeRemoveMath(text);
}

/**
 * The formulas a notebook's Markdown cell shows typeset in JupyterLab, and those it shows as code: rendermime takes
 * the math out, JupyterLab's Markdown (marked, with GitHub's flavour, as its markedparser-extension runs it) renders
 * the rest, and MathJax typesets what it put back outside `<pre>` and `<code>` (which it leaves alone).
 */
export function jupyterlabMath(markdown: string): { typeset: string[]; asCode: string[]; html: string } {
  const { text, math } = removeMath(markdown);
  const html = marked.parse(text, { gfm: true, async: false });
  const typeset: string[] = [];
  const asCode: string[] = [];
  for (const placeholder of html.matchAll(/@@(\d+)@@/g)) {
    const before = html.slice(0, placeholder.index);
    const open = (tag: string) => before.split(`<${tag}`).length - before.split(`</${tag}>`).length > 0;
    (open('pre') || open('code') ? asCode : typeset).push(math[Number(placeholder[1])]!);
  }
  return { typeset, asCode, html };
}
