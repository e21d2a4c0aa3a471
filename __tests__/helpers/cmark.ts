import { execFileSync, spawnSync } from 'node:child_process';
import { githubFormulas } from '../../src/scan/github-math.js';

/** Debian's cmark-gfm, GitHub's Markdown engine, the referee for GitHub's Markdown pass (CI installs it). */
export const HAVE_CMARK = spawnSync('cmark-gfm', ['--version']).status === 0;

/**
 * cmark-gfm's HTML with GitHub's extensions (footnotes among them), safe mode (raw HTML omitted, as GitHub keeps none
 * of it as text), and GitHub's recorded dollar rules applied to each text between its tags outside code: the
 * formulas GitHub typesets in a file (a footnote's, where cmark-gfm writes its notes: after the text).
 */
export function cmarkFormulas(markdown: string): string[] {
  const html = execFileSync('cmark-gfm', ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '-e', 'footnotes'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const formulas: string[] = [];
  let inCode = 0;
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<(pre|code)\b/.test(piece)) inCode++;
      else if (/^<\/(pre|code)>/.test(piece)) inCode--;
      continue;
    }
    if (inCode > 0 || !piece.includes('$')) continue;
    const text = piece
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    formulas.push(...githubFormulas({ text, pieceStarts: [0], pieceFiles: [0], end: text.length }).map((f) => (f.display ? `$$${f.tex}$$` : `$${f.tex}$`)));
  }
  return formulas;
}
