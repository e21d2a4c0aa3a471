import { execFileSync, spawnSync } from 'node:child_process';
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { githubFormulas } from '../../src/scan/github-math.js';

/** Debian's cmark-gfm, GitHub's Markdown engine, the referee for GitHub's Markdown pass (CI installs it). */
export const HAVE_CMARK = spawnSync('cmark-gfm', ['--version']).status === 0;

type ChildNode = DefaultTreeAdapterMap['childNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];
const NO_MATH = new Set(['pre', 'code', 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'template']);

/** A page's body: the context an HTML block is read in (parse5's own default, a `<template>`, drops `</br>`). */
const BODY = (parse('<body>').childNodes[0] as DefaultTreeAdapterMap['element']).childNodes[1] as DefaultTreeAdapterMap['element'];

const EXTENSIONS = ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '-e', 'footnotes', '--sourcepos'];

/**
 * The formulas GitHub typesets in a file, by cmark-gfm and GitHub's recorded dollar rules: cmark-gfm's HTML with
 * GitHub's extensions (footnotes among them), safe mode (raw HTML omitted, as GitHub keeps none of it as text), the
 * rules applied to each text between its tags outside code; and the text of each HTML block (cmark-gfm's XML gives
 * where they are and what they hold; parse5 reads their HTML) outside code, scripts, styles and text areas, where
 * GitHub typesets inline math and no `$$` display math. In the order of the blocks that hold them (a footnote's where it is written).
 */
export function cmarkFormulas(markdown: string): string[] {
  const run = (format: string[]) => execFileSync('cmark-gfm', [...EXTENSIONS, ...format], { input: markdown, encoding: 'utf8', maxBuffer: 1 << 28 });
  const found: Array<{ line: number; formula: string }> = [];
  const typeset = (text: string, line: number, display: boolean) => {
    for (const f of githubFormulas({ text, pieceStarts: [0], pieceFiles: [0], end: text.length }))
      if (display || !f.display) found.push({ line, formula: f.display ? `$$${f.tex}$$` : `$${f.tex}$` });
  };
  let inCode = 0;
  let line = 0;
  for (const piece of run([]).split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      // (cmark-gfm 0.29 places the paragraph a table's header row leaves at line 0: the line before stands.)
      line = Math.max(line, Number(/data-sourcepos="(\d+):/.exec(piece)?.[1] ?? 0));
      if (/^<(pre|code)\b/.test(piece)) inCode++;
      else if (/^<\/(pre|code)>/.test(piece)) inCode--;
      continue;
    }
    if (inCode === 0 && piece.includes('$')) typeset(unescaped(piece), line, true);
  }
  // An HTML block's text, as an HTML parser reads it (parse5, WHATWG's algorithm): its text nodes, outside code and
  // the elements whose text is no markup.
  for (const [, first, literal] of run(['-t', 'xml']).matchAll(/<html_block sourcepos="(\d+):[^"]*"[^>]*>([^<]*)<\/html_block>/g)) {
    const visit = (node: ChildNode) => {
      if (node.nodeName === '#text') typeset((node as TextNode).value, Number(first), false);
      else if ('childNodes' in node && !NO_MATH.has(node.nodeName)) node.childNodes.forEach(visit);
    };
    parseFragment(BODY, unescaped(literal!), {}).childNodes.forEach(visit);
  }
  // (A stable sort: the formulas of one block keep their order.)
  return found.sort((a, b) => a.line - b.line).map((one) => one.formula);
}

/** Text cmark-gfm wrote, in its HTML or its XML, with the escapes it writes undone. */
function unescaped(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}
