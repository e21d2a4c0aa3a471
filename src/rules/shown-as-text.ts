import type { Delimiter, Dialect, Edit, Finding, Fix, Formula, Renderer, VerbatimForm } from '../model/types.js';
import { isWordAscii } from '../characters.js';
import { clip } from '../format/escape.js';
import { defineRule } from './define.js';

export const shownAsText = defineRule({
  id: 'shown-as-text',
  severity: 'error',
  scope: 'markdown',
  description:
    'Math that GitHub shows as typed: a CJK character or punctuation right before the $, a space just inside, a letter right after, Markdown (emphasis, a link, code) reading part of it first, $$ display math inside an HTML block, or math written \\(…\\), \\[…\\] or as a bare \\begin{align} (GitHub typesets dollars only), math after a code fence that is never closed (the rest is code); on a site and in JupyterLab, a ```math block its Markdown makes code of, and on an MkDocs site $`…`$ and display math ($$…$$, \\[…\\], a bare \\begin) that is no paragraph of its own, and every formula where the site loads no math extension or engine.',
  fix: 'Put a space before the opening $ (or after the closing one), remove the spaces inside the dollars, or write the formula as $`…`$ (a ```math block for $$): Markdown leaves those alone.',
  reports:
    "A `$…$` or `$$…$$` that GitHub leaves as raw text, with the reason from its recorded rules: `其中$x$为参数`, `[$x$]`, `foo$a+b$bar`, `$ x $`, `$a*b*c$` (emphasis wins), `$$…$$` inside an HTML block; and TeX written `\\(…\\)`, `\\[…\\]` or as a bare `\\begin{align}`, which GitHub never typesets; math written after a code fence that is never closed, which GitHub (and any CommonMark reader) shows as code to the end of the file. Currency, `$HOME` and escaped brackets around words (`\\[1\\]`) stay quiet, as on GitHub. On a site and in a notebook: a ```math block that the page's Markdown makes a code block of (JupyterLab's, an MkDocs site whose pymdownx.superfences names no math fence, Quarto); on an MkDocs site, `$`…`$` (a code span between dollars there) and display math (`$$…$$`, `\\[…\\]`, a bare `\\begin{…}`) that shares its paragraph with text or another formula (arithmatex takes display math only as a paragraph of its own); a page of an MkDocs site whose mkdocs.yml enables no math extension and loads no MathJax or KaTeX (once a page, at its first formula).",
});

/**
 * A ```` ```math ```` block (GitHub's form of display math) where the Markdown that renders the page makes a code block
 * of it: a notebook's in JupyterLab (its marked reads the fence as code, which MathJax leaves alone), an MkDocs site
 * whose superfences names no math fence, Quarto.
 */
export function mathFenceShownAsCode(start: number, end: number, renderer?: Renderer): Finding {
  const message =
    renderer === 'jupyterlab'
      ? "This ```math block shows as code in JupyterLab, not math: the Markdown of its notebooks reads no math fence (GitHub's Markdown files do). Write the formula as $$…$$ on lines of its own, which JupyterLab typesets."
      : "This ```math block shows as code, not math: the Markdown that renders the page here reads no math fence (GitHub does). Write the formula as $$…$$ on lines of its own, or, on an MkDocs site, name a pymdownx.superfences custom fence `math` with arithmatex's format.";
  return { rule: shownAsText.id, message, start, end };
}

/**
 * A code fence never closed, by a reader for which the rest of the text (of the list item or quote it is in) is then
 * code: the math written after it shows as typed. `count` formulas are there, the first written `first`.
 */
export function mathInUnclosedFence(marker: { start: number; end: number; text: string }, count: number, first: string): Finding {
  const formulas = count === 1 ? 'a formula' : `${count} formulas`;
  return {
    rule: shownAsText.id,
    message: `This code fence is never closed: everything after it, to the end of the file (or of the list item or quote it is in), shows as code, and ${formulas} written there (\`${clip(first, 40)}\`) as typed. Close it with a line of ${marker.text} after the code.`,
    start: marker.start,
    end: marker.end,
  };
}

/**
 * The `count` formulas of a page on a site that typesets none (`why`): one finding, at the first, for the page. Its math shows
 * as typed there, the dollars and backslashes with it.
 */
export function siteShowsNoMath(first: { start: number; end: number }, count: number, why: string): Finding {
  const formulas = count === 1 ? 'The formula of this page shows' : `The ${count} formulas of this page show`;
  return {
    rule: shownAsText.id,
    message: `${formulas} as typed, this one first: ${why}. Enable pymdownx.arithmatex (\`generic: true\`) and load MathJax or KaTeX in extra_javascript (Material for MkDocs' guide to math shows how).`,
    start: first.start,
    end: first.end,
  };
}

/**
 * A formula in the raw HTML of a block-level element (`element`, its start tag on line `line`) on a site whose
 * Markdown passes raw HTML on untouched (Python-Markdown): arithmatex does not read it, and MathJax, set up for
 * arithmatex's elements, does not look there.
 */
export function mathInRawHtml(start: number, end: number, element: { name: string; markdownAttribute: boolean }, line: number): Finding {
  const fix = element.markdownAttribute
    ? 'Its `markdown` attribute asks for Markdown, which md_in_html reads and the site does not enable: add `md_in_html` to `markdown_extensions` in mkdocs.yml, or end the element before the math.'
    : 'End the element before the math, or enable md_in_html and give the element `markdown="1"`.';
  return {
    rule: shownAsText.id,
    message: `This formula shows as typed: it stands in the raw HTML of the \`<${element.name}>\` element that begins on line ${line}, which the Markdown that renders the page here passes on untouched (blank lines do not end it; its end tag does), so no math is read in it. ${fix}`,
    start,
    end,
  };
}

/**
 * GitHub's `` $`…`$ `` on an MkDocs site: Python-Markdown reads the backticks as code before arithmatex looks for
 * math, which then finds none there (it writes `\(<code>…</code>\)`, in which MathJax finds no formula).
 */
export function dollarBacktickShownAsText(start: number, end: number): Finding {
  return {
    rule: shownAsText.id,
    message:
      'This $`…`$ shows as typed, a code span between two dollars: the Markdown that renders the page here reads the backticks as code before it looks for math (GitHub reads it as math). Write it as $…$.',
    start,
    end,
  };
}

/**
 * Display math (`$$…$$`, `\[…\]`, a bare `\begin{…}`) that is not a paragraph of its own, on a site whose Markdown
 * takes it only so (arithmatex reads a paragraph that starts and ends with its delimiters as one formula): beside
 * text the reader sees `\(…\)` around an inline formula or the TeX as typed (`\[…\]` as `[…]`, Markdown taking the
 * backslashes as escapes); beside another such formula, one formula with the delimiters between showing in it
 * (Python-Markdown, and MathJax's own reading of arithmatex's HTML, in the test).
 */
export function displayMathNotAlone(start: number, end: number, delimiter: Delimiter, sharedWith: 'text' | 'formula'): Finding {
  const form = delimiter === 'bracket' ? '\\[…\\]' : delimiter === 'environment' ? 'a bare \\begin{…}…\\end{…}' : '$$…$$';
  const asText =
    delimiter === 'bracket'
      ? '`[…]`, Markdown taking its backslashes as escapes'
      : delimiter === 'environment'
        ? 'the TeX as typed'
        : '`\\(…\\)` around an inline formula, or the TeX as typed';
  const shown =
    sharedWith === 'formula'
      ? 'another display formula shares its paragraph: the two are read as one formula, the delimiters between them showing in it'
      : `text shares its paragraph: the reader sees no display formula, but ${asText}`;
  return {
    rule: shownAsText.id,
    message: `This ${form} does not show as the display formula meant: the Markdown that renders the page here takes display math only as a paragraph of its own, and ${shown}. Give it a paragraph of its own, a blank line before and after.`,
    start,
    end,
  };
}

const FORM_NAMES: Record<VerbatimForm, string> = { 'dollar-backtick': '$`…`$', 'math-fence': 'a ```math block' };

/** How an MkDocs site makes a ```math block math (pymdownx.superfences' custom fences, arithmatex's format). */
const MKDOCS_MATH_FENCE =
  ': a custom fence of pymdownx.superfences, `name: math` with `format: !!python/name:pymdownx.arithmatex.fence_mathjax_format` (or `fence_generic_format`), makes it math there';

/**
 * The message of a GitHub finding whose fix writes the formula in a form the site that publishes the page does not
 * read as math (`siteName`, read as `dialect`): the fix is not offered, and this says why.
 */
export function withoutFixForSite(message: string, siteName: string, dialect: Dialect, form: VerbatimForm): string {
  const how = form === 'math-fence' && dialect === 'mkdocs' ? MKDOCS_MATH_FENCE : '';
  return `${message} (on GitHub; ${siteName} does not read ${FORM_NAMES[form]} as math, so no fix is offered${how})`;
}

/** What Markdown made of part of a formula before GitHub looked for math. */
export type CutKind = 'emphasis' | 'strong' | 'strikethrough' | 'code' | 'html' | 'link' | 'image' | 'footnote' | 'line-break';

/** Why GitHub leaves an author's `$…$` as typed, as GitHub's reading found it. */
export type ShownReason =
  /** Markdown read a piece of it (emphasis, code, a link…) first, and the dollars fell in different texts. */
  | { kind: 'cut'; cut: { kind: CutKind; start: number; end: number } }
  /** Its paragraph ends inside it: at `line` (1-based, its text `lineText`), or a setext underline makes a heading. */
  | { kind: 'paragraph-ends'; line: number; lineText: string; underline: boolean }
  /** GitHub pairs these dollars otherwise: it typesets [start, end). */
  | { kind: 'paired-otherwise'; start: number; end: number }
  /** A character other than a space or `(` right before the opening dollar. */
  | { kind: 'character-before'; char: string }
  /** A space just inside the dollars. */
  | { kind: 'space-inside' }
  /** A letter, digit or `_` right after the closing dollar. */
  | { kind: 'word-after' }
  /** `$$…$$` inside an HTML block, which begins at `line` (1-based, its text `lineText`). */
  | { kind: 'html-block'; line: number; lineText: string }
  /** `\(…\)`, `\[…\]` or a bare `\begin{…}…\end{…}`, which GitHub never typesets. */
  | { kind: 'without-dollars' }
  | { kind: 'other' };

const CUT_NAMES: Record<CutKind, string> = {
  emphasis: 'emphasis',
  strong: 'bold text',
  strikethrough: 'strikethrough',
  code: 'a code span',
  html: 'an HTML tag',
  link: 'a link',
  image: 'an image',
  footnote: 'a footnote reference',
  'line-break': 'a line break',
};

/** The finding for a formula GitHub shows as typed, with its reason and the edit that makes it math. */
export function shownAsTextFinding(text: string, formula: Formula, reason: ShownReason): Finding {
  const finding = shownFinding(text, formula, reason);
  // Each fix here makes the formula one GitHub typesets.
  if (finding.fix) finding.fix = { ...finding.fix, typesets: true };
  return finding;
}

function shownFinding(text: string, formula: Formula, reason: ShownReason): Finding {
  const { start, end } = formula;
  const width = formula.display ? 2 : 1;
  const shown = quoted(text.slice(start, end));
  const at = { rule: shownAsText.id, start, end: start + width, source: formula.tex };
  switch (reason.kind) {
    case 'cut': {
      const { cut } = reason;
      const piece = quoted(text.slice(cut.start, Math.max(cut.end, cut.start + 1)));
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: Markdown reads ${piece} in it as ${CUT_NAMES[cut.kind]} before GitHub looks for math, and the dollars end up in different pieces of text. ${verbatimAdvice(formula)}`,
        ...withFix(verbatimFix(text, formula)),
      };
    }
    case 'paragraph-ends': {
      const why = reason.underline
        ? `line ${reason.line} (${quoted(reason.lineText)}) makes the lines above it a heading`
        : `line ${reason.line} (${quoted(reason.lineText)}) is ${blockStarted(reason.lineText)}`;
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: Markdown ends the paragraph inside it — ${why} — before GitHub looks for math. ${verbatimAdvice(formula)}`,
        ...withFix(verbatimFix(text, formula)),
      };
    }
    case 'paired-otherwise':
      return {
        ...at,
        message: `GitHub pairs these dollars differently: it typesets ${quoted(text.slice(reason.start, reason.end))}, and shows the rest of ${shown} as typed. ${verbatimAdvice(formula)}`,
        ...withFix(verbatimFix(text, formula)),
      };
    case 'character-before': {
      const edits: Edit[] = [{ start, end: start, text: ' ' }];
      if (isWordAscii(text.charCodeAt(end))) edits.push({ start: end, end, text: ' ' });
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: it opens math only at the start of a line or after a space or \`(\`, and here \`${reason.char}\` comes right before the \`$\`. Put a space before the \`$\`.`,
        fix: { description: `space before ${quoted(text.slice(start, end), 24)}`, edits },
      };
    }
    case 'space-inside': {
      const content = text.slice(start + width, end - width);
      const lead = content.length - content.trimStart().length;
      const trail = content.length - content.trimEnd().length;
      const edits: Edit[] = [];
      if (lead > 0) edits.push({ start: start + width, end: start + width + lead, text: '' });
      if (trail > 0) edits.push({ start: end - width - trail, end: end - width, text: '' });
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: it takes no space just inside the dollars. Write ${quoted(`${'$'.repeat(width)}${content.trim()}${'$'.repeat(width)}`)}.`,
        fix: { description: 'spaces inside the dollars removed', edits },
      };
    }
    case 'word-after':
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: it does not close math right before \`${text[end]}\` (a letter, digit or \`_\`). Put a space after the closing \`$\`.`,
        fix: { description: `space after ${quoted(text.slice(start, end), 24)}`, edits: [{ start: end, end, text: ' ' }] },
      };
    case 'html-block':
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: it stands in the HTML block that line ${reason.line} (${quoted(reason.lineText)}) begins, whose lines GitHub passes on as HTML, not Markdown, and it typesets no \`$$\` display math there (inline \`$…$\` it does). Put the formula on lines of its own, with a blank line between it and the HTML tags before and after it: those lines are then Markdown.`,
      };
    case 'without-dollars': {
      // Marked: the environment's `\begin{name}`, or the `\(` or `\[`.
      const name = formula.delimiter === 'environment' ? (/^\\begin\s*\{([^{}]*)\}/.exec(formula.tex)?.[1] ?? '') : undefined;
      const [open, close, seen] = formula.display ? ['\\[', '\\]', '[…]'] : ['\\(', '\\)', '(…)'];
      const why =
        name === undefined
          ? `Markdown reads \`${open}\` and \`${close}\` as escaped brackets, so the reader sees \`${seen}\` around the TeX`
          : 'an environment written without them is text to it';
      return {
        ...at,
        end: start + (name === undefined ? 2 : `\\begin{${name}}`.length),
        message: `GitHub shows ${shown} as typed: it typesets math between dollars only, and ${why}. ${verbatimAdvice(formula)}`,
        ...withFix(verbatimFix(text, formula)),
      };
    }
    case 'other':
      return {
        ...at,
        message: `GitHub shows ${shown} as typed: its dollar rules do not pair these two. ${verbatimAdvice(formula)}`,
        ...withFix(verbatimFix(text, formula)),
      };
  }
}

/** What a line that ends a paragraph starts, in Markdown's reading. */
function blockStarted(line: string): string {
  if (line.trim() === '') return 'a blank line, which ends the paragraph';
  if (/^[ \t>]*([-+*]|\d{1,9}[.)])([ \t]|$)/.test(line)) return 'the start of a list item';
  if (/^[ \t>]*#{1,6}([ \t]|$)/.test(line)) return 'a heading';
  if (/^[ \t]*>/.test(line)) return 'a quote';
  if (/^[ \t>]*(```|~~~)/.test(line)) return 'a code fence';
  if (/^[ \t>]*([-*_][ \t]*){3,}$/.test(line)) return 'a horizontal rule';
  return 'the start of another block';
}

export function verbatimAdvice(formula: Formula): string {
  return formula.display ? 'Write it as a ```math block, which Markdown leaves alone.' : 'Write it as $`…`$, which Markdown leaves alone.';
}

export function withFix(fix: Fix | undefined): { fix?: Fix } {
  return fix ? { fix } : {};
}

/** The characters at either end of a formula that a fix writes otherwise (an environment's are part of its TeX). */
const DELIMITER_WIDTH: Partial<Record<Delimiter, number>> = { dollar: 1, 'double-dollar': 2, paren: 2, bracket: 2, environment: 0 };

/**
 * `$…$` (or `\(…\)`) → `` $`…`$ ``, and a `$$` (or `\[`, or a bare environment) block alone on its lines → a
 * ```` ```math ```` fence: GitHub passes both to MathJax as written. Only where that is certain: one line and no
 * backtick inline; no container prefix for a block.
 */
export function verbatimFix(text: string, formula: Formula): Fix | undefined {
  const width = DELIMITER_WIDTH[formula.delimiter];
  if (width === undefined) return undefined;
  const raw = text.slice(formula.start + width, formula.end - width);
  if (raw.includes('`')) return undefined;
  if (width > 0 && formula.delimiter.endsWith('dollar') && (text[formula.start] !== '$' || text[formula.end - 1] !== '$')) return undefined;
  if (!formula.display) {
    if (raw.includes('\n')) return undefined;
    return { description: 'written as $`…`$', edits: [{ start: formula.start, end: formula.end, text: `$\`${raw}\`$` }], form: 'dollar-backtick' };
  }
  const lineStart = text.lastIndexOf('\n', formula.start - 1) + 1;
  const lineEnd = text.indexOf('\n', formula.end);
  const after = text.slice(formula.end, lineEnd < 0 ? text.length : lineEnd);
  if (lineStart !== formula.start || after.trim() !== '' || /\n[ \t]*>/.test(raw)) return undefined;
  const body = raw.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  return {
    description: 'written as a ```math block',
    edits: [{ start: formula.start, end: formula.end, text: `\`\`\`math\n${body}\n\`\`\`` }],
    form: 'math-fence',
  };
}

/** A piece of the file quoted in a message: in backticks, on one line, at most `length` characters (a pair kept whole). */
function quoted(source: string, length = 40): string {
  const flat = source.replace(/\s+/g, ' ');
  const shown = flat.length > length ? `${clip(flat, length - 1)}…` : flat;
  return `\`${shown.replace(/`/g, "'")}\``;
}
