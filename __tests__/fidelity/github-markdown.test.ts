import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { ResolvedConfig, defaultConfig } from '../../src/config/config.js';
import { HAVE_CMARK, cmarkFormulas } from '../helpers/cmark.js';
import { CORPUS, FIXTURES, HAVE_CORPUS } from '../helpers/fixtures.js';
import { generator } from '../helpers/random.js';

/**
 * GitHub as its own output records it: which dollars it typesets and what TeX MathJax then receives. The recorded
 * cases are GitHub's answers to `POST /markdown` (fixtures/github/recorded-dollars.json says where they come from);
 * the Markdown pass before the dollars is held to Debian's cmark-gfm, the engine GitHub's Markdown is built on.
 */

interface RecordedCase {
  id: string;
  markdown: string;
  /** The text of each <math-renderer> GitHub returned, in order: the delimiters and the TeX MathJax receives. */
  github: string[];
}

const recorded = (JSON.parse(readFileSync(join(FIXTURES, 'github', 'recorded-dollars.json'), 'utf8')) as { cases: RecordedCase[] }).cases;

/**
 * What mathrepro says besides its formulas, for the cases where it says anything. Every other case must be
 * quiet: GitHub typesets what the author wrote, or keeps money, variables, escapes and code as text.
 */
const FINDINGS: Record<string, string[]> = {
  // A character other than a space or `(` right before the opening dollar: all shown as typed.
  ...Object.fromEntries(recorded.filter((c) => /^PRE(0[1-9]|1\d|2[0-8])$/.test(c.id)).map((c) => [c.id, ['shown-as-text']])),
  POST28: ['shown-as-text'], // `$x+y$_`
  POST30: ['shown-as-text'], // `$x+y$a`
  // `$x+y$0`: a dollar before a digit is read as money, so the opening one pairs with nothing. Shown as typed on
  // GitHub too; the finding names the lone dollar instead of the digit.
  POST29: ['unpaired-dollar'],
  M008: ['unpaired-dollar'], // the same, `$a+b$5`
  M071: ['unpaired-dollar'], // the `$b` of the link text pairs with nothing (a warning: no TeX beside it)
  M086: ['unpaired-dollar', 'unpaired-dollar'], // `$five and $ten`: dollars before words (warnings: no TeX beside them)
  M005: ['shown-as-text'], // `$ a+b$`
  M006: ['shown-as-text'], // `$a+b $`
  M007: ['shown-as-text'], // `$ a+b $`
  M009: ['shown-as-text'], // `5$a+b$`
  M013: ['shown-as-text'], // `a$b$c`
  M016: ['shown-as-text'], // `は$a$です`
  M018: ['unpaired-dollar'], // `$b more`: a dollar beside a letter that pairs with nothing
  M021: ['unclosed-math'], // `Empty $$ pair.`: a `$$` that closes nowhere
  M024: ['shown-as-text'], // `$a*b*c$`: emphasis wins
  M025: ['shown-as-text'], // `$\$4 + \$5$`: the escaped dollars are dollars to GitHub, which pairs them otherwise
  M027: ['shown-as-text', 'shown-as-text'], // `$a$b$c$`
  M032: ['shown-as-text'], // `foo$a+b$bar`
  M038: ['shown-as-text'], // `é$a$`
  // `$a & b$` reaches MathJax with a bare `&` outside an alignment: MathJax's "Misplaced &", which GitHub shows.
  M040: ['syntax-error'],
  M041: ['syntax-error'],
  M044: ['shown-as-text'], // `$a `x` b$`: the code span wins
  M046: ['unpaired-dollar'], // `$b end.`
  M047: ['shown-as-text'], // `$a\$ b$`: GitHub closes at the escaped dollar
  M072: ['shown-as-text', 'shown-as-text', 'unpaired-dollar'], // `$a$b$c$d$`
  M073: ['unpaired-dollar'], // `$b done.`
  M074: ['unpaired-dollar'], // `$a $b$`: GitHub typesets `$b$`; the `$a` pairs with nothing
  M075: ['shown-as-text'], // `$ x+y$`
  M076: ['shown-as-text'], // `$x+y $`
  M081: ['shown-as-text'], // `です$x+y$`
  M089: ['shown-as-text'], // `[$x$]`
  M091: ['shown-as-text'], // a no-break space before the dollar
  M092: ['shown-as-text'], // `—$x+y$`
  M093: ['shown-as-text'], // `“$x+y$”`
  M095: ['unclosed-math', 'shown-as-text'], // `$$x+y$`: the `$$` closes nowhere, and `$x+y$` after a `$` is text
  M097: ['shown-as-text'], // `$⇥x+y$`
  'PAGE-block': ['markdown-in-math'], // `\,` reaches MathJax as `,`
};

function checkEach(cases: readonly RecordedCase[]) {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
  for (const one of cases) writeFileSync(join(root, `${one.id}.md`), one.markdown);
  return runCheck({ root, paths: [] });
}

describe("GitHub's recorded output, replayed", () => {
  const { files, report } = checkEach(recorded);

  it('holds every case GitHub was asked: 159 inline cases and 5 pages', () => {
    expect(recorded).toHaveLength(164);
  });

  for (const one of recorded) {
    it(`${one.id}: ${JSON.stringify(one.markdown)}`, () => {
      const file = files.find((result) => result.file === `${one.id}.md`)!;
      const typeset = file.formulas.map((formula) => (formula.display ? `$$${formula.tex}$$` : `$${formula.tex}$`));
      expect(typeset).toEqual(one.github);
      const said = report.diagnostics.filter((d) => d.file === `${one.id}.md`).map((d) => d.rule);
      expect(said.sort()).toEqual([...(FINDINGS[one.id] ?? [])].sort());
    });
  }
});

describe('a formula GitHub shows as typed: the reason and the edit that makes it math', () => {
  function check(markdown: string) {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { report } = runCheck({ root, paths: [] });
    return report.diagnostics;
  }
  const fixed = (markdown: string) => {
    const [finding] = check(markdown);
    let text = markdown;
    for (const edit of [...finding!.fix!.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  };

  it('names the character before the dollar, at the dollar, and puts a space there', () => {
    const [finding] = check('其中$x$为参数。\n');
    expect(finding).toMatchObject({ rule: 'shown-as-text', severity: 'error', line: 1, column: 3 });
    expect(finding!.message).toContain('`中` comes right before the `$`');
    expect(fixed('其中$x$为参数。\n')).toBe('其中 $x$为参数。\n');
  });

  it('names emphasis that took part of the formula, and writes it as $`…`$', () => {
    const [finding] = check('Star math $a*b*c$ here.\n');
    expect(finding!.message).toContain('as emphasis');
    expect(fixed('Star math $a*b*c$ here.\n')).toBe('Star math $`a*b*c`$ here.\n');
  });

  it('names a link that cut the formula, though no TeX command is in it', () => {
    // GitHub shows `$a0$` with `0` a link: the reader sees the dollars.
    const [finding] = check('Here $a[0](x)$ is cut.\n');
    expect(finding).toMatchObject({ rule: 'shown-as-text', severity: 'error', line: 1, column: 6 });
    expect(finding!.message).toContain('`[0](x)` in it as a link');
    expect(check(fixed('Here $a[0](x)$ is cut.\n'))).toEqual([]);
  });

  it('names a footnote reference that cut the formula', () => {
    // GitHub makes `[^1]` a reference to the note (a superscript link): the dollars fall on either side of it.
    const markdown = 'Text $a [^1] b$ c.\n\n[^1]: A note.\n';
    const [finding] = check(markdown);
    expect(finding).toMatchObject({ rule: 'shown-as-text', line: 1, column: 6 });
    expect(finding!.message).toContain('`[^1]` in it as a footnote reference');
    expect(check(fixed(markdown))).toEqual([]);
  });

  it('removes spaces just inside the dollars', () => {
    expect(fixed('Both spaced $ a+b $ here.\n')).toBe('Both spaced $a+b$ here.\n');
  });

  it('each fix gives what GitHub typesets, and no finding after it', () => {
    for (const markdown of ['其中$x$为参数。\n', 'Star math $a*b*c$ here.\n', 'Both spaced $ a+b $ here.\n', 'foo$a+b$bar\n', 'bracket [$x$] b.\n']) {
      expect(check(fixed(markdown))).toEqual([]);
    }
  });

  it('says where Markdown changes the TeX, and a $$ block alone on its lines becomes a ```math block', () => {
    const markdown = 'Sets $\\{x\\}$ and\n\n$$\n\\begin{aligned} a \\\\ b \\end{aligned}\n$$\n';
    const findings = check(markdown);
    expect(findings.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:7 markdown-in-math', '4:19 markdown-in-math']);
    expect(findings[0]!.message).toContain('`\\{` becomes a group `{`');
    expect(findings[1]!.message).toContain('rows run together');
    expect(findings[1]!.fix!.edits.map((edit) => edit.text)).toEqual(['```math\n\\begin{aligned} a \\\\ b \\end{aligned}\n```']);
  });

  it('keeps money, shell variables and escaped dollars quiet, as GitHub keeps them as text', () => {
    expect(check('It costs $5 or $10; use $PATH and $HOME; the range is $100 - $200; escaped \\$5 and \\$10.\n')).toEqual([]);
  });

  it('places a finding after an escape at its character in the file', () => {
    // `\\*` reaches MathJax as `*` (the same formula): the syntax error after it is found at its character.
    const findings = check('Sets $a \\* b + \\frac{1}{2$ here.\n');
    expect(findings.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:26 syntax-error']);
  });

  it('says once what Markdown did to a formula: not again as the errors it causes', () => {
    // MathJax would see `{x} + \frac{1}{2}`, the braces gone: one finding, the escape's, with its fix.
    const findings = check('Sets $\\{x\\} + \\frac{1}{2}$ here.\n');
    expect(findings.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:7 markdown-in-math']);
  });

  it('still reads the definitions of a formula Markdown changed: a later use is told where it came from', () => {
    const findings = check('$$\n\\newcommand{\\R}{\\mathbb{R}}\n\\begin{aligned} a \\\\ b \\end{aligned}\n$$\n\nThen $x \\in \\R$.\n');
    expect(findings.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:19 markdown-in-math', '6:13 unknown-command']);
    expect(findings[1]!.message).toContain('defined with \\newcommand in this document');
  });

  it('typesets the dollars Markdown makes of entities, in a file that holds no `$` as such', () => {
    // cmark-gfm writes `&#36;` and `&dollar;` as `$`, and GitHub looks for math in that text.
    const markdown = 'Sums &#36;a+b&#36; and &dollar;\\alpha&#x24; here.\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['a+b', '\\alpha']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$a+b$', '$\\alpha$']);
  });

  it('reads an HTML comment as cmark-gfm 0.29 does: one holding `--` is text, and so is the math in it', () => {
    const markdown = 'Note <!-- old -- $a+b$ --> and <!-- gone $c$ --> here.\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['a+b']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$a+b$']);
  });

  it('looks past a `~` beside a delimiter run, as cmark-gfm does: `**$x$ ~**` is no bold text on GitHub', () => {
    // The closing `**` sees the space before the `~`: it closes nothing, and `$x$` after a `*` is text.
    const markdown = '**$x$ ~** and $y$.\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['y']);
    expect(report.diagnostics.map((d) => `${d.column} ${d.rule}`)).toEqual(['3 shown-as-text']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$y$']);
  });

  it('begins HTML blocks where cmark-gfm does, and checks the math it leaves in paragraphs', () => {
    // CommonMark 0.31 (markdown-it) differs from GitHub's cmark-gfm here: `<!` and a small letter begins no HTML block
    // there, nor does `<search>`; and a tag alone on a lazy line (outside a list item, or without the quote's `>`)
    // begins one, which holds the lines after it. (`$f$` and `$h$` are then in the text of an HTML block, where GitHub
    // typesets them too, as written: `$\{f$` keeps its backslash.)
    const markdown = 'Text $a$\n<!x y> and $b$ here.\n\n<search>$c$ and $d$\n\n- $e$\n<b>\n$\\{f$\n\n> $g$\n<div>\n$h$\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['a', 'b', 'c', 'd', 'e', '\\{f', 'g', 'h']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$a$', '$b$', '$c$', '$d$', '$e$', '$\\{f$', '$g$', '$h$']);
  });

  it("checks the inline math in an HTML block's text, as GitHub typesets it, and names `$$` there as shown as typed", () => {
    // An HTML block is raw HTML to Markdown, and GitHub still looks for `$…$` in its text (github/markup#1699): a
    // formula centred with `<p align="center">` or written under `<summary>` is typeset, as written. Its `$$` display
    // math is not (github/markup#1699, github/docs#23234). Tags, comments, attributes and `<pre>`/`<code>` hold no
    // text; an entity is the character it stands for; money stays money.
    const markdown = [
      '<p align="center">$\\alpha_{1$</p>',
      '',
      '> <div>',
      '> $\\frac{a}{b$ in a quote <!-- $\\frac{$ --> <img alt="$\\frac{$"> <code>$\\frac{$</code>',
      '> $a &lt; b$ costs $5 and $10',
      '> </div>',
      '',
      '<details>',
      '$$\\frac12$$',
      '</details>',
      '',
    ].join('\n');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['\\alpha_{1', '\\frac{a}{b', 'a < b']);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:29 syntax-error', '4:14 syntax-error', '9:1 shown-as-text']);
    expect(report.diagnostics[2]!.message).toContain('HTML block that line 8 (`<details>`) begins');
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$\\alpha_{1$', '$\\frac{a}{b$', '$a < b$']);
  });

  it("names a `$` in an HTML block's text that pairs with nothing, as in a paragraph: GitHub shows the TeX after it as typed", () => {
    // `$\frac{a}{b}` centred with `<p align="center">` lost its closing dollar: on GitHub the reader sees the TeX. A
    // warning where no TeX is beside the dollar; money, an escaped `\$` and a dollar inside `<code>` stay quiet.
    const markdown = [
      '<p align="center">$\\frac{a}{b}</p>',
      '',
      '<div>',
      'costs $5, or <code>$x</code>; then $x^2 and $y$ and $z',
      '</div>',
      '',
      '<p>\\$x, escaped</p>',
      '',
      'A $\\frac{a}{b} paragraph.',
      '',
    ].join('\n');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['y']);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '1:19 error unpaired-dollar',
      '4:36 error unpaired-dollar',
      '4:53 warning unpaired-dollar',
      '9:3 error unpaired-dollar',
    ]);
    expect(report.diagnostics[0]!.message).toContain('`\\frac{a}{b}`');
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$y$']);
  });

  it('reads an e-mail address in a formula as the link GitHub makes of it, in a block with emphasis too', () => {
    // cmark-gfm links `a@b.com`: the dollars around it are in two pieces of text, and GitHub shows the formula as typed.
    const markdown = 'Mail $a@b.com$ or *not*, and $x$.\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['x']);
    expect(report.diagnostics.map((d) => `${d.column} ${d.rule}`)).toEqual(['6 shown-as-text']);
    expect(report.diagnostics[0]!.message).toContain('`a@b.com` in it as a link');
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$x$']);
  });

  it('finds a table only under a line of text, as cmark-gfm does: a heading or a quote over a delimiter row is none', () => {
    // markdown-it tries its table first, and made tables of `# $a | b$` and `> $e | f$` over `|-|-|`, cutting each
    // formula at its `|`; on GitHub they are a heading and a quote, their formulas whole, the row after them text.
    const markdown = '# $a | b$\n|-|-|\n| $c$ | d |\n\n> $e | f$\n|-|-|\n\nText $g$\n$h$ | i\n|-|-|\n| $j$ | k |\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['a | b', 'c', 'e | f', 'g', 'h', 'j']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$a | b$', '$c$', '$e | f$', '$g$', '$h$', '$j$']);
  });

  it('reads a line indented under a link reference definition as text, as cmark-gfm does', () => {
    // cmark-gfm takes definitions off the start of a paragraph: the indented lines after one are the paragraph's
    // text, where markdown-it read a code block and left `$b$` and `$c$` unread. After a blank line, code.
    const markdown = '[r]: /u "t"\n    $b$ and $c$.\n\n    code $d$\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['b', 'c']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$b$', '$c$']);
  });

  it("reads footnotes as GitHub does: a note's paragraphs, indented under it, are text, and its math is checked", () => {
    // CommonMark has no footnotes: `[^1]: $x$` was a link reference definition (no text at all), and the note's second
    // paragraph, indented four spaces, a code block.
    // A reference's name is compared as cmark-gfm compares it (`[^ N]` refers to `[^n]:`): `$w$` after it opens a text.
    const markdown = 'Text[^1] and $y$, and[^n] [^ N]$w$.\n\n[^1]: $x$\n\n    Second $b$ of the note.\n\n[^n]: The note $z$.\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const [file] = runCheck({ root, paths: [] }).files;
    expect(file!.formulas.map((formula) => formula.tex)).toEqual(['y', 'w', 'x', 'b', 'z']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$y$', '$w$', '$x$', '$b$', '$z$']);
  });

  it("ends the texts of an HTML block where HTML's parser ends them: an end tag closes what is open inside it, a stray one is dropped", () => {
    // `</span>` closes the `<sup>` inside it (the text after it is another); `</i>` with no `<i>` open is dropped (the
    // texts on its two sides are one, and their dollars pair); `</div>` closes a `<pre>`, and the text after is prose.
    const markdown = '<div>\n<span><sup> $a</span>b$ c\n$d</i>e$ f <pre>$x$</div> $g$\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['de', 'g']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$de$', '$g$']);
  });

  it('leaves out the footnotes GitHub leaves out, and their math: one nothing refers to, a second of one name', () => {
    // A reference in code or in HTML is none; one in a note that is left out still counts, as cmark-gfm counts it.
    const markdown = [
      'Text[^a], `[^d]` and <span title="[^e]">x</span>.',
      '',
      '[^a]: A $x$.',
      '',
      '[^b]: B refers to [^c] and $\\frac{b$.',
      '',
      '[^c]: C $\\frac{c$.',
      '',
      '[^A]: A second $\\frac{a$ and $ y $.',
      '',
      '[^d]: D $\\frac{d$.',
      '',
      '> [^e]: E $\\frac{e$',
      '',
    ].join('\n');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['x', '\\frac{c']);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['7:17 syntax-error']);
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual(['$x$', '$\\frac{c$']);
  });

  it('reads a `\\(…\\)` as text on GitHub, and names one that holds TeX as shown as typed, with the form GitHub reads', () => {
    // GitHub typesets dollars only: Markdown takes `\\(` and `\\[` as escaped brackets, and the reader sees `(x^2)`.
    // Escaped brackets around words or numbers (`\\[1\\]`, `\\[y\\]`, a link's text kept from being one) stay quiet.
    const markdown =
      'Not math on GitHub: \\(x^2\\) and \\[y\\], see \\[1\\] \\[config_file\\].\n\n\\[\n\\int_0^1 f\\,dx\n\\]\n\nInline \\[a_1\\] too.\n\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n';
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
    writeFileSync(join(root, 'a.md'), markdown);
    const { files, report } = runCheck({ root, paths: [] });
    expect(files[0]!.formulas).toEqual([]);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '1:21 shown-as-text',
      '3:1 shown-as-text',
      '7:8 shown-as-text',
      '9:1 shown-as-text',
    ]);
    const [inline, display, inlineDisplay, environment] = report.diagnostics;
    expect(inline!.message).toContain('GitHub shows `\\(x^2\\)` as typed');
    expect(inline!.fix!.edits).toEqual([{ start: 20, end: 27, text: '$`x^2`$' }]);
    expect(display!.fix!.edits[0]!.text).toBe('```math\n\\int_0^1 f\\,dx\n```');
    // Display math inside a line has no form of its own on GitHub: named, with no edit.
    expect(inlineDisplay!.fix).toBeUndefined();
    // A bare environment is text to GitHub too: in a ```math block it is typeset, as written.
    expect(environment!.message).toContain('an environment written without them is text to it');
    expect(environment!.fix!.edits[0]!.text).toBe('```math\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n```');
    if (HAVE_CMARK) expect(cmarkFormulas(markdown)).toEqual([]);
  });

  it('names a code fence never closed when math follows it: GitHub shows the rest of the file as code, the math as typed', () => {
    const markdown = ['Intro $a+b$.', '', '```python', 'x = 1', '', 'More $c+d$ here.', '', '$$', '\\frac{1}{2}', '$$', ''].join('\n');
    const closed = markdown.replace('x = 1\n', 'x = 1\n```\n');
    const findingsOf = (text: string) => {
      const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-'));
      writeFileSync(join(root, 'a.md'), text);
      return runCheck({ root, paths: [] }).report.diagnostics;
    };
    const findings = findingsOf(markdown);
    expect(findings.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.rule}`)).toEqual(['3:1-4 shown-as-text']);
    expect(findings[0]!.message).toContain('never closed');
    expect(findings[0]!.message).toContain('2 formulas written there (`$c+d$`)');
    // Closed after its code, the fence leaves the two formulas to the page; a fence that ends with its list item
    // swallows nothing after it, and code with no math after it is no finding.
    expect(findingsOf(closed)).toEqual([]);
    const listItem = ['- item', '', '  ```', '  code', '', '- next $a+b$ here', ''].join('\n');
    expect(findingsOf(listItem)).toEqual([]);
    expect(findingsOf('Setup:\n\n```sh\necho $HOME and $PATH\n')).toEqual([]);
    if (!HAVE_CMARK) return;
    expect(cmarkFormulas(markdown)).toEqual(['$a+b$']);
    expect(cmarkFormulas(closed)).toEqual(['$a+b$', '$c+d$', '$$\n\\frac{1}{2}\n$$']);
    expect(cmarkFormulas(listItem)).toEqual(['$a+b$']);
  });
});

/** GitHub's dollar formulas of a Markdown text, as the check finds them (the file `a.md` of `root`), written as the referee writes them. */
function checkedFormulas(root: string, markdown: string): string[] {
  writeFileSync(join(root, 'a.md'), markdown);
  return runCheck({ root, paths: [] })
    .files[0]!.formulas.filter((f) => f.delimiter === 'dollar' || f.delimiter === 'double-dollar')
    .map((f) => (f.display ? `$$${f.tex}$$` : `$${f.tex}$`));
}

/**
 * Of Markdown `texts`, those on which the check and the referee find other formulas (in any order: the referee writes
 * footnotes after the text), and how many formulas the referee found in all.
 */
function disagreementsWithCmark(texts: Iterable<string>, name: string): { disagreements: string[]; formulas: number } {
  const root = mkdtempSync(join(tmpdir(), `mathrepro-github-${name}-`));
  const disagreements: string[] = [];
  let formulas = 0;
  for (const markdown of texts) {
    const ours = checkedFormulas(root, markdown);
    const theirs = cmarkFormulas(markdown);
    formulas += theirs.length;
    if (JSON.stringify(ours.sort()) !== JSON.stringify(theirs.sort())) disagreements.push(JSON.stringify(markdown));
  }
  return { disagreements, formulas };
}

describe("GitHub's Markdown pass, held to cmark-gfm", () => {
  it.skipIf(!HAVE_CMARK && !process.env.CI)('agrees on escapes, emphasis, strikethrough, code, links, HTML, tables and line breaks', () => {
    const markdown = readFileSync(join(FIXTURES, 'github', 'markdown-pass.md'), 'utf8');
    const ours = checkedFormulas(mkdtempSync(join(tmpdir(), 'mathrepro-github-')), markdown);
    expect(ours).toEqual(cmarkFormulas(markdown));
    expect(ours.length).toBeGreaterThan(20);
  });

  it.skipIf(!HAVE_CMARK && !process.env.CI)(
    'agrees on the blocks of 2,000 random documents: HTML blocks, lists, quotes, code, tables (a header only under text), footnotes',
    () => {
      // Each document a few lines, each line a block's opening (or none) and some text with math. (No tag GitHub's tag
      // filter shows as text: the referee leaves raw HTML out.)
      const NOTE = '[^]: ';
      const openings = ['', '', '', '> ', '- ', '1. ', '2) ', '* ', '    ', '  ', '\t', '# ', '> - ', '- > ', '  - ', '> > ', '  > ', '|-|-|'];
      const blocks = ['<!x y>', '<!X y>', '<div>', '</div>', '<search>', '<source>', '<pre>', '</pre>', '<b>', ' <i>', '<?x', '?>', '<!-- ', '-->'];
      const more = ['```', '~~~', '***', '---', '===', '[a]: /u ', '| a | b |', '$$', '<![CDATA[', ']]>', NOTE, NOTE, NOTE.trimEnd()];
      const pieces = [...openings, ...blocks, ...blocks, ...more];
      const texts = ['$x_1$ and $y$', 'text', '', '$$', '$a', 'b$', '$c$', ' $d$ e', '$e$[^1] f', '[^n]$g$', '$h$ | i'];
      const random = generator(21);
      const documents = function* () {
        for (let k = 0; k < 2_000; k++) {
          const lines: string[] = [];
          for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
            const piece = pieces[Math.floor(random() * pieces.length)]!.replace('[^]', () => `[^${1 + Math.floor(random() * 4)}]`);
            lines.push(piece + texts[Math.floor(random() * texts.length)]!);
          }
          // (Notes 1 and 2 are referred to first, 3 and 4 by nothing, and a name may be written twice: GitHub leaves
          // out a note nothing refers to and a second one of a name.)
          yield `Notes[^1] [^2].\n\n${lines.join('\n')}\n`;
        }
      };
      const { disagreements, formulas } = disagreementsWithCmark(documents(), 'blocks');
      expect(disagreements).toEqual([]);
      expect(formulas).toBeGreaterThan(1_000);
    },
    180_000,
  );

  it.skipIf(!HAVE_CMARK && !process.env.CI)(
    'agrees on the text of HTML blocks in 2,500 random documents: tags, attributes, comments, entities, code, misnested elements',
    () => {
      // A line that begins an HTML block, then pieces, no blank line among them: GitHub looks for inline math in the
      // block's text as an HTML parser leaves it (the referee reads it with parse5, WHATWG's algorithm): entities too,
      // HTML's legacy ones without their `;` (`&lt b`, `&notit;`), numeric ones without it, and the code points HTML
      // maps to others (`&#128;` is `€`). (Not text that a table holds outside its cells.)
      const openings = ['<div>', '<p align="center">', '<details>', '<!-- c', '</div>', '<summary>', '<div><b>', '<p>'];
      const pieces = ['$', ' $', '$x$', ' $x$ ', ' $x$', '\n$y$', ' $a', 'b$', 'a', ' ', '\n', '<b>', '</b>', '<i title="a>b">', "<i title='$'>"];
      pieces.push(
        '<i t="$">',
        '</i>',
        '</p>',
        '</div>',
        '<br>',
        '</br>',
        '<div>',
        '<p>',
        '<span>',
        '</span>',
        '<sup>',
        '</sup>',
        '<li>',
        '</li>',
        '<em>',
        '</em>',
      );
      pieces.push('<i t=$>', '<b "$x">', '&lt;', '&#36;', '&amp;', '&nosuch;', '<!-- $x$ -->', '<!--', '-->', '--!>', '<pre>', '</pre>');
      pieces.push('<code>', '</code>', '<script>', '</script>', '<?x $ ?>', '<!X $>', '</ $>', '< b', 'a<b', '$$', '"', "'", '=', '>', '<br/>');
      pieces.push('&lt', '&amp', '&notit;', '&#60', '&#x3c', '&#128;', '&#0;', '&copy2', '&ltx', '&', ' $a &lt b$', ' $&#60 &notin$ ');
      const random = generator(31);
      const documents = function* () {
        for (let k = 0; k < 2_500; k++) {
          let block = openings[Math.floor(random() * openings.length)]! + '\n';
          for (let p = 4 + Math.floor(random() * 16); p > 0; p--) block += pieces[Math.floor(random() * pieces.length)];
          yield `${block.replace(/\n\s*\n/g, '\n')}\n`;
        }
      };
      const { disagreements, formulas } = disagreementsWithCmark(documents(), 'html');
      expect(disagreements).toEqual([]);
      expect(formulas).toBeGreaterThan(1_000);
    },
    180_000,
  );

  it.skipIf(!HAVE_CMARK && !process.env.CI)('agrees on links, images, references and footnote references in 1,500 random blocks', () => {
    // A reference definition and two notes, then a paragraph of pieces: reference links in their three forms, a
    // `(` after a link text that makes no inline link (the shortcut is taken, as cmark-gfm takes it), a note's name
    // written in another case or with spaces (compared as cmark-gfm compares it), HTML and entities.
    const pieces = ['$', '$', 'a', ' ', '*', '_', '[R]', '![r]', '[r]', '[^1]', '[^note]', '[^ 1]', '](/u)', '(', ')', '&#x24;', '&lt;'];
    pieces.push('<!-- -->', '<a href="x">', '</a>', '\\', 'x_i', '[a](/u)', '![i](/u)', '[r](', '![r](', '[r][]', '[a][r]');
    const random = generator(11);
    const paragraphs = function* () {
      for (let k = 0; k < 1_500; k++) {
        let block = '';
        for (let p = 2 + Math.floor(random() * 12); p > 0; p--) block += pieces[Math.floor(random() * pieces.length)];
        yield `Notes[^1] [^Note].\n\n[r]: /u "t"\n[^1]: one\n[^Note]: two\n\n$x ${block} $y$ ${block}$\n`;
      }
    };
    const { disagreements, formulas } = disagreementsWithCmark(paragraphs(), 'links');
    expect(disagreements).toEqual([]);
    expect(formulas).toBeGreaterThan(1_500);
  });

  it.skipIf((!HAVE_CMARK && !process.env.CI) || !HAVE_CORPUS)(
    'agrees on every formula of the shared corpus, each at its place in the file',
    () => {
      const found = execFileSync('find', ['.', '-name', '*.md'], { cwd: CORPUS, encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((path) => path.slice(2));
      // Every page as GitHub shows it: the pages a site publishes (cp-algorithms' MkDocs site) are judged for the
      // site as well by default, and their formulas are the site's; here only GitHub's count.
      const config = new ResolvedConfig({ ...defaultConfig(), targets: { github: 'error', site: 'off' } });
      const { files } = runCheck({ root: CORPUS, paths: found, config });
      let formulas = 0;
      const disagreements: string[] = [];
      for (const file of files.filter((result) => result.renderer === 'github')) {
        const text = readFileSync(join(CORPUS, file.file), 'utf8');
        const dollars = file.formulas.filter((f) => f.delimiter === 'dollar' || f.delimiter === 'double-dollar');
        const ours = dollars.map((f) => (f.display ? `$$${f.tex}$$` : `$${f.tex}$`));
        const theirs = cmarkFormulas(text);
        formulas += theirs.length;
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) disagreements.push(file.file);
        // Each formula starts at its dollar and ends after its closing one, in the file as written.
        for (const formula of dollars) {
          const written = text.slice(formula.start, formula.end);
          if (!/^(\\?\$){1,2}/.test(written) || !/\$$/.test(written)) disagreements.push(`${file.file}:${formula.line} at ${formula.start}`);
        }
      }
      expect(disagreements).toEqual([]);
      expect(formulas).toBeGreaterThan(15_000);
    },
    240_000,
  );
});
