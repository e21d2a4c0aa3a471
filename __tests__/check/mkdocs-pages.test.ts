import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { arithmatexHtml, arithmatexMath, HAVE_ARITHMATEX } from '../helpers/arithmatex.js';
import { CORPUS_REQUIRED, repositoryWith } from '../helpers/fixtures.js';

/**
 * The bodies of an MkDocs page's admonitions, collapsible blocks and tabs are Markdown on its site (Python-Markdown's
 * admonition, pymdownx.details, pymdownx.tabbed), where CommonMark reads an indented code block: their math is
 * found and checked for the site, each finding at its place in the file.
 */
/** MkDocs itself (Debian's mkdocs and mkdocs-material; CI installs them): it builds the sites the tests describe. */
const HAVE_MKDOCS = spawnSync('mkdocs', ['--version']).status === 0;

const MKDOCS = [
  'site_name: Notes',
  'markdown_extensions:',
  '  - pymdownx.arithmatex:',
  '      generic: true',
  '  - admonition',
  '  - pymdownx.details',
  '  - pymdownx.superfences',
  '  - pymdownx.tabbed:',
  '      alternate_style: true',
  '',
].join('\n');

function siteFindings(page: string, mkdocs = MKDOCS) {
  const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/page.md': page });
  const { files, report } = runCheck({ root, paths: [] });
  const file = files.find((result) => result.file === 'docs/page.md')!;
  return {
    formulas: file.formulas.map((formula) => `${formula.line}:${formula.column} ${formula.tex}`),
    findings: report.diagnostics.filter((d) => d.target !== 'github').map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule}`),
  };
}

describe('MkDocs pages: admonitions, collapsible blocks and tabs', () => {
  it('finds the math of their bodies where it is written, a finding on the line and column of the file', () => {
    const page = [
      '# Notes', // 1
      '', // 2
      '!!! info "Definition"', // 3
      '    Let $a_0 \\in \\mathbb Z$ be given.', // 4
      '', // 5
      '    $$r = \\frac{1}{a_1$$', // 6
      '', // 7
      '??? example', // 8
      '    $$', // 9
      '    \\begin{aligned}', // 10
      '    a &= \\lamda \\\\', // 11
      '    \\end{aligned}', // 12
      '    $$', // 13
      '', // 14
      '=== "Tab"', // 15
      '', // 16
      '    Inside a tab, $\\alpha$.', // 17
      '', // 18
      'After them, $x$.', // 19
      '',
    ].join('\n');
    const { formulas, findings } = siteFindings(page);
    expect(formulas).toEqual([
      '4:9 a_0 \\in \\mathbb Z',
      '6:5 r = \\frac{1}{a_1',
      '9:5 \n\\begin{aligned}\na &= \\lamda \\\\\n\\end{aligned}\n',
      '17:19 \\alpha',
      '19:13 x',
    ]);
    // The formula that ends inside a brace, where it ends; the misspelt command on line 11, past the body's indentation.
    expect(findings).toEqual(['6:23-6:24 syntax-error', '11:10-11:16 unknown-command']);
  });

  it('reads nested blocks, and leaves a marker in fenced code, a body with less indentation and an extension the site does not enable alone', () => {
    const page = [
      '!!! note', // 1
      '    !!! warning "Inner"', // 2
      '        Nested $\\beta$.', // 3
      '', // 4
      '```text', // 5
      '!!! note', // 6
      '    $\\notmath$', // 7
      '```', // 8
      '', // 9
      '!!! tip', // 10
      'Not indented: $\\gamma$ is a paragraph after it.', // 11
      '',
    ].join('\n');
    expect(siteFindings(page).formulas).toEqual(['3:16 \\beta', '11:15 \\gamma']);
    // Without pymdownx.details, a `???` block's body is an indented code block on the site too.
    const details = ['??? example', '', '    Hidden $\\delta$.', ''].join('\n');
    expect(siteFindings(details).formulas).toEqual(['3:12 \\delta']);
    expect(siteFindings(details, MKDOCS.replace('  - pymdownx.details\n', '')).formulas).toEqual([]);
  });

  it('reads a code fence never closed as text, as Python-Markdown does: the math after it is found and checked, and an admonition', () => {
    const page = [
      'Intro $a+b$.', // 1
      '', // 2
      '```python', // 3
      'x = 1', // 4
      '', // 5
      'More $c+\\frac{d}$ here.', // 6
      '', // 7
      '!!! note', // 8
      '    Inside $e$.', // 9
      '', // 10
      '$$', // 11
      '\\frac{1}{2}', // 12
      '$$', // 13
      '',
    ].join('\n');
    const { formulas, findings } = siteFindings(page);
    // (GitHub shows the rest of the page as code: its finding is its own, at the fence.)
    expect(formulas).toEqual(['1:7 a+b', '6:6 c+\\frac{d}', '9:12 e', '11:1 \n\\frac{1}{2}\n']);
    expect(findings).toEqual(['6:17-6:18 syntax-error']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const site = arithmatexMath(arithmatexHtml(page, { extensions: ['admonition', 'pymdownx.superfences'] }));
    expect(site).toEqual(['\\(a+b\\)', '\\(c+\\frac{d}\\)', '\\(e\\)', '\\[\n\\frac{1}{2}\n\\]']);
  });

  it('closes a code fence only with its own marker, as Python-Markdown does: a longer run is no closing line', () => {
    const page = [
      '```', // 1
      'code $a$', // 2
      '````', // 3
      '', // 4
      '$b$', // 5
      '', // 6
      '````', // 7
      'code $c$', // 8
      '```', // 9
      'more $d$', // 10
      '````', // 11
      '', // 12
      '!!! note', // 13
      '    ```', // 14
      '    in $e$', // 15
      '    ````', // 16
      '', // 17
      '$f$', // 18
      '',
    ].join('\n');
    // (The fence of line 1 runs to line 9's ```; the ```` of line 11 closes nothing: it is text, as line 16's.)
    expect(siteFindings(page).formulas).toEqual(['10:6 d', '15:8 e', '18:1 f']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const html = arithmatexHtml(page, { extensions: ['admonition', 'pymdownx.superfences'] });
    expect(arithmatexMath(html)).toEqual(['\\(d\\)', '\\(e\\)', '\\(f\\)']);
    expect(html).toContain('<code>code $a$\n````\n\n$b$\n\n````\ncode $c$\n</code>');
  });

  it('names a ```math fence never closed, which the site shows as text, and reads the math after it', () => {
    const mkdocs = MKDOCS.replace(
      '  - pymdownx.superfences\n',
      [
        '  - pymdownx.superfences:',
        '      custom_fences:',
        '        - name: math',
        '          class: arithmatex',
        '          format: !!python/name:pymdownx.arithmatex.fence_generic_format',
        '',
      ].join('\n'),
    );
    const page = ['Intro.', '', '```math', 'a+b', '', 'After $c$.', ''].join('\n');
    const { formulas, findings } = siteFindings(page, mkdocs);
    expect(formulas.filter((formula) => !formula.startsWith('3:'))).toEqual(['6:7 c']);
    expect(findings).toEqual(['3:1-3:4 unclosed-math']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(arithmatexMath(arithmatexHtml(page, { mathFence: true }))).toEqual(['\\(c\\)']);
  });

  it('names prices the site pairs as math ($100-$200: the reader sees 100- and no dollar sign), which GitHub leaves as text', () => {
    const page = 'It costs $100-$200 a month.\n';
    const root = repositoryWith({ 'mkdocs.yml': MKDOCS, 'docs/page.md': page });
    const { report } = runCheck({ root, paths: [] });
    expect(report.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.rule} ${d.target ?? 'both'}`)).toEqual(['1:10-16 swallowed-text site']);
    expect(report.diagnostics[0]!.fix!.edits.map((edit) => `${edit.start} ${edit.text}`)).toEqual(['9 \\', '14 \\']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(arithmatexMath(arithmatexHtml(page))).toEqual(['\\(100-\\)']);
    expect(arithmatexMath(arithmatexHtml('It costs \\$100-\\$200 a month.\n'))).toEqual([]);
  });

  it("names, once a page, the math of a site that loads none: no math extension, no MathJax or KaTeX; a README beside it is GitHub's", () => {
    const mkdocs = ['site_name: Notes', 'theme:', '  name: material', 'markdown_extensions:', '  - admonition', '  - toc:', '      permalink: true', ''].join(
      '\n',
    );
    const page = ['# Energy', '', 'Mass $m$ and energy $E = mc^2$:', '', '$$', 'E = mc^2', '$$', ''].join('\n');
    const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/page.md': page, 'README.md': 'The sum $a+b$.\n' });
    const { report } = runCheck({ root, paths: [] });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.target ?? 'both'}`)).toEqual(['docs/page.md:3:6 shown-as-text site']);
    expect(report.diagnostics[0]!.message).toMatch(/^The 3 formulas of this page show as typed, this one first: its mkdocs\.yml enables no math extension/);
    // A site that loads math some other way is not taken to show none: KaTeX's script, a math extension or plugin
    // of another name, templates of its own, a script of its own that sets MathJax up.
    const loadsMath = (config: string, files: Record<string, string> = {}) =>
      runCheck({ root: repositoryWith({ 'mkdocs.yml': config, 'docs/page.md': page, ...files }), paths: [] }).report.diagnostics.filter(
        (d) => d.target === 'site' && d.message.includes('loads no MathJax'),
      );
    expect(loadsMath(`${mkdocs}extra_javascript:\n  - https://unpkg.com/katex@0.16.9/dist/contrib/auto-render.min.js\n`)).toEqual([]);
    expect(loadsMath(`${mkdocs}  - markdown_katex\n`)).toEqual([]);
    expect(loadsMath(`${mkdocs}plugins:\n  - search\n  - mkdocs-mathjax\n`)).toEqual([]);
    expect(loadsMath(mkdocs.replace('  name: material\n', '  name: material\n  custom_dir: overrides\n'))).toEqual([]);
    expect(loadsMath(`${mkdocs}extra_javascript:\n  - js/setup.js\n`, { 'docs/js/setup.js': 'window.MathJax = { tex: {} };\n' })).toEqual([]);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    // The site's own Markdown leaves the dollars as text, and makes no element MathJax would look in.
    const html = arithmatexHtml(page, { withoutArithmatex: true, extensions: ['admonition', 'toc'] });
    expect(html).toContain('Mass $m$ and energy $E = mc^2$:');
    expect(arithmatexMath(html)).toEqual([]);
  });

  it("reads raw HTML as Python-Markdown does: an element's start tag to its end tag, blank lines and all; its math shows as typed", () => {
    const page = [
      'Intro $a$.', // 1
      '', // 2
      '<div align="center">', // 3
      '', // 4
      '$$x^2$$', // 5
      '', // 6
      '</div>', // 7
      '', // 8
      '<div id="anchor"></div>', // 9
      'Right after it, $b$ is math.', // 10
      '', // 11
      '<center>', // 12
      '<i>Centered $c$</i>', // 13
      '</center>', // 14
      '', // 15
      '<figure><img src="f.png"/></figure>', // 16
      '<figcaption>Caption $d$</figcaption>', // 17
      '', // 18
      '!!! note', // 19
      '    <figure><img src="g.png"/></figure>', // 20
      '    <figcaption>Inside $f$</figcaption>', // 21
      '', // 22
      '<textarea>', // 23
      '$$e$$', // 24
      '</textarea>', // 25
      '',
    ].join('\n');
    const root = repositoryWith({ 'mkdocs.yml': MKDOCS, 'docs/page.md': page });
    const { files, report } = runCheck({ root, paths: [] });
    const site = report.diagnostics.filter((d) => d.target === 'site').map((d) => `${d.line}:${d.column} ${d.rule}`);
    // (An admonition's lines are indented in the page: no raw HTML begins there, its HTML is inline.)
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['a', 'b', 'c', 'f']);
    expect(site).toEqual(['5:1 shown-as-text', '17:21 shown-as-text']);
    expect(report.diagnostics.find((d) => d.line === 5)!.message).toContain('the raw HTML of the `<div>` element that begins on line 3');
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const html = arithmatexHtml(page, { extensions: ['admonition', 'pymdownx.superfences'] });
    expect(arithmatexMath(html)).toEqual(['\\(a\\)', '\\(b\\)', '\\(c\\)', '\\(f\\)']);
    expect(html).toContain('$$x^2$$');
    expect(html).toContain('<figcaption>Caption $d$</figcaption>');
  });

  it('reads what follows an end tag on its line as Markdown, as Python-Markdown does: its math is math, a list a list, code code', () => {
    const page = [
      '<div>x</div> $a$ and more', // 1
      '', // 2
      '<div>', // 3
      'in', // 4
      '</div> $b$', // 5
      'next $c^$ line', // 6
      '', // 7
      '<div>y</div> - item $d$', // 8
      '- two', // 9
      '', // 10
      '<div>z</div>     code $e^$', // 11
      '', // 12
      '<p>p</p><p>raw $f$</p> tail $g$', // 13
      '', // 14
      '<div>', // 15
      '<div>in</div> $h$', // 16
      '</div>', // 17
      '', // 18
      '<div>tt</div>\t$i$', // 19: the tab reaches column 16, three spaces
      '', // 20
      '<div>t</div>\t$j$', // 21: four spaces, code
      '',
    ].join('\n');
    const root = repositoryWith({ 'mkdocs.yml': MKDOCS, 'docs/page.md': page });
    const { files, report } = runCheck({ root, paths: [] });
    const site = report.diagnostics.filter((d) => d.target === 'site').map((d) => `${d.line}:${d.column} ${d.rule}`);
    const both = report.diagnostics.filter((d) => d.target === undefined).map((d) => `${d.line}:${d.column} ${d.rule}`);
    // (`$c^$` is an error for every reader; `$e^$` is code on the site, an HTML block's math on GitHub, as `$j$`; the page's formulas are the site's.)
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['a', 'b', 'c^', 'd', 'g', 'i']);
    expect(both).toEqual(['6:8 syntax-error']);
    expect(site).toEqual(['13:16 shown-as-text', '16:15 shown-as-text']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const html = arithmatexHtml(page);
    expect(arithmatexMath(html)).toEqual(['\\(a\\)', '\\(b\\)', '\\(c^\\)', '\\(d\\)', '\\(g\\)', '\\(i\\)']);
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<pre><code> code $e^$');
    expect(html).toContain('<p>raw $f$</p>');
    expect(html).toContain('<div>in</div> $h$');
    expect(html).toContain('<pre><code>$j$');
    expect(site).not.toContain('21:14 shown-as-text');
  });

  it('reads comments and instructions as Python-Markdown does: raw to their end, Markdown after it; one never closed is text', () => {
    const page = [
      '<!-- note --> $a$', // 1
      '', // 2
      '<!--', // 3
      'multi $b$', // 4
      '--> $c$', // 5
      '', // 6
      '<p>b</p> $f$ <div>raw $g$</div> $h$', // 7: an element after an end tag, on its line, is raw HTML again
      '', // 8
      '<?php x ?> $i$', // 9
      '', // 10
      '<!-- never closed $d^$', // 11
      '', // 12
      '$e$ after it', // 13
      '',
    ].join('\n');
    const root = repositoryWith({ 'mkdocs.yml': MKDOCS, 'docs/page.md': page });
    const { files, report } = runCheck({ root, paths: [] });
    const site = report.diagnostics.filter((d) => d.target === 'site').map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(files[0]!.formulas.map((formula) => formula.tex)).toEqual(['a', 'c', 'f', 'h', 'i', 'd^', 'e']);
    expect(site).toEqual(['7:23 shown-as-text', '11:21 syntax-error']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const html = arithmatexHtml(page);
    expect(arithmatexMath(html)).toEqual(['a', 'c', 'f', 'h', 'i', 'd^', 'e'].map((tex) => `\\(${tex}\\)`));
    expect(html).toContain('<div>raw $g$</div>');
  });

  it("reads an element's markdown attribute as the site does: Markdown inside where md_in_html is enabled, raw HTML where not", () => {
    const page = [
      '<div markdown="1">', // 1
      '', // 2
      'Inside $x$.', // 3
      '', // 4
      '<div>', // 5
      'Nested $y$', // 6
      '</div>', // 7
      '', // 8
      '</div>', // 9
      '', // 10
      '<p markdown="0">Kept $z$</p>', // 11
      '',
    ].join('\n');
    const checked = (mkdocs: string) => {
      const { files, report } = runCheck({ root: repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/page.md': page }), paths: [] });
      const site = report.diagnostics.filter((d) => d.target === 'site');
      return {
        formulas: files[0]!.formulas.map((formula) => formula.tex),
        site: site.map((d) => `${d.line}:${d.column} ${d.rule}`),
        messages: site.map((d) => d.message),
      };
    };
    const without = checked(MKDOCS);
    expect(without.formulas).toEqual([]);
    expect(without.site).toEqual(['3:8 shown-as-text', '6:8 shown-as-text', '11:22 shown-as-text']);
    expect(without.messages[0]).toContain('Its `markdown` attribute asks for Markdown, which md_in_html reads and the site does not enable');
    const withMarkdownInHtml = checked(`${MKDOCS}  - md_in_html\n`);
    expect(withMarkdownInHtml.formulas).toEqual(['x']);
    expect(withMarkdownInHtml.site).toEqual(['6:8 shown-as-text', '11:22 shown-as-text']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(arithmatexMath(arithmatexHtml(page))).toEqual([]);
    const html = arithmatexHtml(page, { extensions: ['pymdownx.superfences', 'md_in_html'] });
    expect(arithmatexMath(html)).toEqual(['\\(x\\)']);
    expect(html).toContain('Nested $y$');
    expect(html).toContain('Kept $z$');
  });

  it.skipIf(!HAVE_MKDOCS && !CORPUS_REQUIRED)(
    'holds "loads no math" and docs_dir to sites MkDocs itself builds, with its three themes',
    () => {
      const page = '# Energy\n\nMass $m$ and energy $E = mc^2$:\n';
      for (const theme of ['mkdocs', 'readthedocs', 'material']) {
        const root = repositoryWith({
          'mkdocs.yml': `site_name: Notes\ntheme:\n  name: ${theme}\nmarkdown_extensions:\n  - admonition\n`,
          'docs/page.md': page,
          'README.md': 'The sum $a+b$.\n',
        });
        const built = spawnSync('mkdocs', ['build', '--quiet'], { cwd: root, encoding: 'utf8' });
        expect(built.status, built.stderr).toBe(0);
        // The page's dollars stay text, no script of the built site is or loads MathJax or KaTeX, and the README is
        // no page of it.
        const html = readFileSync(join(root, 'site', 'page', 'index.html'), 'utf8');
        expect(html).toContain('Mass $m$ and energy $E = mc^2$:');
        const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map((script) => script[0]);
        expect(scripts.filter((script) => /mathjax|katex/i.test(script))).toEqual([]);
        expect(existsSync(join(root, 'site', 'README', 'index.html')) || existsSync(join(root, 'site', 'index.html'))).toBe(false);
        const { report } = runCheck({ root, paths: ['docs', 'README.md'] });
        expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.target}`)).toEqual(['docs/page.md:3 shown-as-text site']);
      }
    },
    60_000,
  );
});
