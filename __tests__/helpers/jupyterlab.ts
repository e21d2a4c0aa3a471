import { removeMath as rendermimeRemoveMath } from '@jupyterlab/rendermime/lib/latex.js';

// rendermime asks the browser whether it is Internet Explorer.
(globalThis as { navigator?: unknown }).navigator ??= { appName: 'node' };

/**
 * JupyterLab's own math extraction (rendermime's removeMath), the referee for what a notebook's Markdown holds as
 * math: the text with each formula a placeholder, and the formulas, delimiters included, as it cut them out.
 */
export function removeMath(text: string): { text: string; math: string[] } {
  return rendermimeRemoveMath(text);
}
