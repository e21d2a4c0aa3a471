import type { MacroSpec } from '../math/macros.js';
import { definitionsIn } from '../math/prepare.js';

/**
 * Macros a static site defines in its HTML, read as data (nothing is run): a hidden math block of definitions in a
 * Jekyll layout or include (`<div style="display:none">$$\gdef\R{\mathbb{R}}…$$</div>`), and the `macros` option of
 * the MathJax or KaTeX configuration a page carries (MathJax 3 `tex: {macros: {…}}`, MathJax 2 `Macros: {…}`,
 * KaTeX's and docsify-katex's `macros: {"\\R": "\\mathbb{R}"}`).
 */
export function htmlSiteMacros(html: string): Record<string, MacroSpec> {
  const macros: Record<string, MacroSpec> = {};
  for (const [name, spec] of texDefinitions(html)) macros[name] = spec;
  for (const [name, spec] of configuredMacros(html)) macros[name] ??= spec;
  return macros;
}

/** Definitions in the page's math: `$$…$$`, `\[…\]`, `\(…\)`, `<script type="math/tex">`. */
function texDefinitions(html: string): Array<[string, MacroSpec]> {
  const found: Array<[string, MacroSpec]> = [];
  const blocks = /\$\$([\s\S]*?)\$\$|\\\[([\s\S]*?)\\\]|\\\(([\s\S]*?)\\\)|<script[^>]*type=["']math\/tex[^>]*>([\s\S]*?)<\/script>/g;
  for (const block of html.matchAll(blocks)) {
    const tex = block[1] ?? block[2] ?? block[3] ?? block[4] ?? '';
    for (const definition of definitionsIn(tex)) {
      // A `\let`, or `\def` with delimited parameters, has no form of its own in a macro table: left out.
      if (definition.isLet || (definition.parameterText !== undefined && /[^#\d]/.test(definition.parameterText))) continue;
      found.push([definition.name, definition.params > 0 ? [definition.body, definition.params] : definition.body]);
    }
  }
  return found;
}

/**
 * Entries of `macros: {…}` / `Macros: {…}` objects in a script — a page's, a MathJax configuration file's, or a
 * Sphinx `conf.py`'s dictionary: `"\\R": "\\mathbb{R}"`, `bold: ["{\\bf #1}", 1]`, Python's `"R": r"\mathbb{R}"` and
 * `"vect": (r"\mathbf{#1}", 1)`. Read as text: nothing of the script runs.
 */
export function configuredMacros(script: string): Array<[string, MacroSpec]> {
  const found: Array<[string, MacroSpec]> = [];
  for (const opening of script.matchAll(/\b[Mm]acros["']?\s*:\s*\{/g)) {
    const body = balanced(script, opening.index + opening[0].length - 1);
    if (body === undefined) continue;
    const entry =
      /(["']?)(\\{0,2}[A-Za-z@]+)\1\s*:\s*(?:([rR]?)(["'`])((?:\\.|(?!\4)[^\\])*)\4|[[(]\s*([rR]?)(["'`])((?:\\.|(?!\7)[^\\])*)\7\s*,\s*(\d)\s*,?\s*[\])])/g;
    for (const match of body.matchAll(entry)) {
      const name = `\\${match[2]!.replace(/^\\+/, '')}`;
      // A raw Python string (`r"\mathbb{R}"`) means its backslashes as written.
      const raw = (match[3] ?? match[6] ?? '') !== '';
      const written = match[5] ?? match[8]!;
      const tex = raw ? written : jsString(written);
      found.push([name, match[9] === undefined ? tex : [tex, Number(match[9])]]);
    }
  }
  return found;
}

/** The text inside the braces opening at `open` (strings and nested braces skipped), or undefined. */
function balanced(text: string, open: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let k = open; k < text.length && k < open + 100_000; k++) {
    const c = text[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open + 1, k);
  }
  return undefined;
}

/** A JavaScript string literal's content as the string it makes (`\\mathbb` → `\mathbb`). */
function jsString(written: string): string {
  return written.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape.startsWith('x') && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r' }[escape] ?? escape;
  });
}
