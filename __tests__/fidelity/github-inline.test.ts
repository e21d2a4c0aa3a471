import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blockMarkup } from '../../src/scan/github-delimiters.js';
import { githubTextRuns, htmlBlockRuns } from '../../src/scan/github-inline.js';
import { githubFormulas } from '../../src/scan/github-math.js';
import { markdownStructure } from '../../src/scan/structure.js';
import { HAVE_CMARK, cmarkFormulas } from '../helpers/cmark.js';
import { generator } from '../helpers/random.js';
import type { Formula } from '../../src/model/types.js';

/**
 * GitHub's reading of most blocks skips the CommonMark parser (markdown-it): escapes, code spans, inline links
 * and images, and the delimiters of emphasis, bold text and strikethrough are read on their own. Here that reading
 * is held to the parser's on blocks built at random from the pieces that matter (delimiter runs beside letters,
 * punctuation, spaces, CJK, escapes, code spans, brackets, link destinations, line breaks): the same text in the
 * same pieces at the same places, and the same cuts. (The parser itself is held to cmark-gfm in github-markdown.test.ts.)
 */

const PIECES = [
  '<',
  '< ',
  '<0',
  '<a',
  '>',
  'a',
  'b',
  'x',
  ' ',
  ' ',
  '$',
  '$',
  '*',
  '**',
  '***',
  '_',
  '__',
  '~',
  '~~',
  '~~~',
  '\\',
  '\\*',
  '\\_',
  '\\\\',
  '`',
  '``',
  '\n',
  '\n  ',
  ' \n',
  'é',
  '.',
  ',',
  '(',
  ')',
  '{',
  '}',
  'x_i',
  '^*',
  '中',
  '!',
  '"',
  '∑',
  '😀',
  '\t',
  '\\{',
  '[',
  ']',
  '](',
  '](u)',
  '[a](b)',
  '![i](s)',
  '!',
  '(',
  ')',
  ' "t"',
  '<u>',
  '\\]',
  '](u "t")',
  "](u 't')",
  '](u (t))',
  '](u )',
  '](< u>)',
  '](u\\))',
  '](a(b)c)',
  '](\n u)',
  '](u\u0001)',
  '](u x)',
  '[*a*](u)',
  '[a*](u)*',
  '[a_](u)_',
  '[*a.**](u)',
  '\\\t',
  '  \n',
  'http://',
  'www.',
  'x.org',
  '@',
];

const PARSERS = ['when-needed', 'always'] as const;

/** GitHub's reading of a Markdown text, with or without the parser: its cuts, and the formulas GitHub typesets. */
function githubReadingOf(markdown: string, parser: (typeof PARSERS)[number] = 'when-needed') {
  const structure = markdownStructure(markdown, { blockBarriers: true, github: true });
  const { runs, cuts } = githubTextRuns(markdown, structure.dollarBlocks, structure.env, structure.lines, { parser });
  // A line of a block may begin an HTML block (`<!X y>` interrupts a paragraph): GitHub typesets inline math there.
  const inHtml = htmlBlockRuns(markdown, structure.htmlBlocks, structure.lines).flatMap((run) => githubFormulas(run, markdown).filter((f) => !f.display));
  return { cuts, formulas: [...runs.flatMap((run) => githubFormulas(run, markdown)), ...inHtml].sort((a, b) => a.start - b.start) };
}

/** Formulas written as cmarkFormulas writes them. */
const written = (formulas: Formula[]) => formulas.map((formula) => (formula.display ? `$$${formula.tex}$$` : `$${formula.tex}$`));

function readBoth(markdown: string) {
  const structure = markdownStructure(markdown, { blockBarriers: true, github: true });
  const read = (parser: 'when-needed' | 'always') => {
    const { runs, cuts } = githubTextRuns(markdown, structure.dollarBlocks, structure.env, structure.lines, { parser });
    // (A run's end offset is not compared: the two readings may place it differently where nothing uses it.)
    return { runs: runs.map(({ text, pieceStarts, pieceFiles }) => ({ text, pieceStarts, pieceFiles })), cuts };
  };
  // Links and images the reading without the parser took on itself.
  const links = structure.dollarBlocks.reduce(
    (n, block) => n + (blockMarkup(block.content)?.filter((mark) => mark.kind === 'image' || mark.kind === 'link').length ?? 0),
    0,
  );
  return { fast: read('when-needed'), parsed: read('always'), links };
}

describe('GitHub reading without the parser', () => {
  it('agrees with the parser on 20,000 random blocks', () => {
    const random = generator(24);
    const disagreements: string[] = [];
    let cut = 0;
    let links = 0;
    for (let k = 0; k < 20_000 && disagreements.length < 5; k++) {
      const length = 2 + Math.floor(random() * 24);
      let markdown = '';
      for (let p = 0; p < length; p++) markdown += PIECES[Math.floor(random() * PIECES.length)];
      markdown = `$${markdown}$\n`;
      const { fast, parsed, links: taken } = readBoth(markdown);
      cut += parsed.cuts.length;
      links += taken;
      if (JSON.stringify(fast) === JSON.stringify(parsed)) continue;
      disagreements.push(JSON.stringify(markdown));
    }
    expect(disagreements).toEqual([]);
    // Links are read without the parser.
    expect(links).toBeGreaterThan(2_000);
    // The cases exercise what they are meant to: thousands of cuts.
    expect(cut).toBeGreaterThan(5_000);
  });

  it('reads emphasis, bold text and strikethrough as cuts, and leaves unmatched markers as text', () => {
    const { fast } = readBoth('Here $a*b*c$ and $x__y__$ and __bold__ ~~gone~~ and $p~q$ ~~~ $r_1 * s_2$\n');
    expect(fast.cuts.map((c) => c.kind)).toEqual(['emphasis', 'emphasis', 'strong', 'strong', 'strikethrough', 'strikethrough']);
    expect(fast.runs.map((run) => run.text).join('|')).toContain('$p~q$ ~~~ $r_1 * s_2$');
  });

  it('reads a code span after an unclosed bracket as cmark-gfm does, with and without the parser', () => {
    // cmark-gfm: `<p>$**[~中{a<code>*∑\_</code>x_i{ …`; markdown-it 14's own rule reads the backticks as text and
    // `\_` as `_`, and GitHub's reading no longer uses it.
    const { fast, parsed } = readBoth('$**[~中{a``*∑\\_``x_i{\n***x_i``*$\n');
    expect(fast.cuts[0]).toMatchObject({ kind: 'code', start: 8, end: 16 });
    expect(parsed.cuts[0]).toMatchObject({ kind: 'code', start: 8, end: 16 });
  });

  it.skipIf(!HAVE_CMARK && !process.env.CI)('reads link destinations as cmark-gfm does, with and without the parser, on 3,000 random blocks', () => {
    // cmark-gfm ends a destination at white space whatever its parentheses and takes control characters in it;
    // the spec (and markdown-it) want parentheses balanced. It drops tabs before a line break too, and keeps the code
    // spans after a link text that did not form, which markdown-it 14's own rule loses; an HTML comment holding `--`
    // is text there (CommonMark 0.29), and an entity may be a `$`. Blocks with HTML go through the parser.
    const pieces = [
      '$',
      '$',
      'a',
      'x',
      ' ',
      ' ',
      '[',
      ']',
      '](',
      '(',
      '(',
      ')',
      ')',
      '\\(',
      '\\)',
      '\\x',
      '\u0001',
      '\t',
      '\n',
      ' "t"',
      '<',
      '>',
      '<b>',
      '*',
      '_',
      '`',
      '``',
      '&#36;',
      '&dollar;',
      '<!--',
      '-->',
      '--',
    ];
    const random = generator(7);
    const blocks: string[] = [];
    for (let k = 0; k < 3_000; k++) {
      let block = '';
      for (let p = 2 + Math.floor(random() * 14); p > 0; p--) block += pieces[Math.floor(random() * pieces.length)];
      blocks.push(`$x [${block}](${block} ) $y$ ${block}$`);
    }
    const markdown = blocks.join('\n\n') + '\n';
    const referee = cmarkFormulas(markdown);
    for (const parser of PARSERS) expect(written(githubReadingOf(markdown, parser).formulas)).toEqual(referee);
    // The blocks hold what they are meant to: links with unbalanced parentheses that cmark-gfm reads as links.
    expect(execFileSync('cmark-gfm', { input: markdown, encoding: 'utf8' }).match(/<a href="[^"]*\([^")]*"/g)?.length).toBeGreaterThan(100);
  });

  it.skipIf(!HAVE_CMARK && !process.env.CI)(
    'reads line breaks, entities and tags as cmark-gfm does, with and without the parser, on 3,000 random blocks',
    () => {
      // cmark-gfm drops the spaces and tabs of the text before a line break, a backslash's tab too (`\\<tab>`:
      // markdown-it keeps that tab), but not an entity's; a hard line break and a tag cut the text; an entity is
      // its character, a dollar too; a `[` in a tag opens no link text (the `www.` autolink after it forms).
      const pieces = [
        '$',
        '$',
        'a',
        'x',
        ' ',
        ' ',
        '\t',
        '\n',
        '  \n',
        '\\',
        '\\\n',
        '\\\t',
        '\\ ',
        '&#9;',
        '&amp;',
        '&#36;',
        '&#x5f;',
        '&nosuch;',
        '<b>',
        '</b>',
        '<br/>',
        '<!X y>',
        '<!x y>',
        '<i title="[">',
        '[',
        ' www.q.org/(',
        '_',
        '*',
        '`',
      ];
      const random = generator(11);
      const blocks: string[] = [];
      for (let k = 0; k < 3_000; k++) {
        let block = '';
        for (let p = 2 + Math.floor(random() * 14); p > 0; p--) block += pieces[Math.floor(random() * pieces.length)];
        blocks.push(`$x ${block} $y$ ${block}$`);
      }
      const markdown = blocks.join('\n\n') + '\n';
      const referee = cmarkFormulas(markdown);
      for (const parser of PARSERS) expect(written(githubReadingOf(markdown, parser).formulas)).toEqual(referee);
      // The blocks hold what they are meant to: hard line breaks, and a tab after a backslash before a line break.
      const html = execFileSync('cmark-gfm', ['--unsafe'], { input: markdown, encoding: 'utf8' });
      expect(html.match(/<br \/>/g)?.length).toBeGreaterThan(500);
      expect(markdown.match(/\\\t\n/g)?.length).toBeGreaterThan(50);
    },
  );

  it.skipIf(!HAVE_CMARK && !process.env.CI)(
    'pairs emphasis, bold text and strikethrough as cmark-gfm does, with and without the parser, on 8,000 random blocks',
    () => {
      // A closer takes the nearest opener of its character above the lowest place where a closer of its character and
      // length (modulo 3) found none, whether or not it can open too (markdown-it keeps those apart: `$x *****$*__)x.****`
      // was cut there); a run of tildes takes the nearest run of tildes. A symbol (`∑`, `😀`) beside a delimiter is not
      // punctuation to cmark-gfm (CommonMark 0.31 and markdown-it 14 make it so). A block holds tildes of one length only: two
      // lengths are read as GitHub's cmark-gfm reads them now, and Debian's older one otherwise (below).
      const families = [
        ['$', '$', 'a', 'x', ' ', ' ', '*', '*', '**', '***', '_', '__', '.', '(', ')', '∑', '😀', '，'],
        ['$', '$', 'a', 'x', ' ', ' ', '~', '~', '~~~', '*', '_', '.', '(', ')'],
        ['$', '$', 'a', 'x', ' ', ' ', '~~', '~~', '~~~', '*', '_', '.', '(', ')'],
      ];
      const random = generator(5);
      const blocks: string[] = [];
      for (let k = 0; k < 8_000; k++) {
        const pieces = families[k % families.length]!;
        let block = '';
        for (let p = 2 + Math.floor(random() * 14); p > 0; p--) {
          const piece = pieces[Math.floor(random() * pieces.length)]!;
          // (Tildes written side by side would make a run of another length.)
          block += block.endsWith('~') && piece.startsWith('~') ? `.${piece}` : piece;
        }
        blocks.push(`$x ${block} $y$ ${block}$`);
      }
      const markdown = blocks.join('\n\n') + '\n';
      const referee = cmarkFormulas(markdown);
      for (const parser of PARSERS) {
        const { formulas, cuts } = githubReadingOf(markdown, parser);
        expect(written(formulas)).toEqual(referee);
        // The blocks hold what they are meant to: thousands of each kind of cut.
        for (const kind of ['emphasis', 'strong', 'strikethrough']) expect(cuts.filter((cut) => cut.kind === kind).length).toBeGreaterThan(1_000);
      }
    },
  );

  it.skipIf(!HAVE_CMARK && !process.env.CI)("reads GFM's extended autolinks as cmark-gfm does, with and without the parser, on 3,000 random blocks", () => {
    // A URL after `http://`, `https://` or `ftp://`, a `www.` domain and an e-mail address are links on GitHub, cut out
    // of the text (`see http://x.org/$a$` holds no formula); not after a `[` no `]` has closed yet, and the sentence's
    // punctuation and an unbalanced `)` stay outside.
    const pieces = [
      '$',
      '$',
      'a',
      'x',
      ' ',
      ' ',
      'http://',
      'https://',
      'ftp://',
      'www.',
      'b.c',
      'com',
      '.',
      '/',
      '(',
      ')',
      '_',
      '*',
      '@',
      '[',
      ']',
      'mailto:',
      '&amp;',
      ';',
      '`',
      ',',
      '?',
      '\n',
      'é',
    ];
    const random = generator(13);
    const blocks: string[] = [];
    for (let k = 0; k < 3_000; k++) {
      let block = '';
      for (let p = 2 + Math.floor(random() * 14); p > 0; p--) block += pieces[Math.floor(random() * pieces.length)];
      blocks.push(`$x ${block} $y$ ${block}$`);
    }
    const markdown = blocks.join('\n\n') + '\n';
    const referee = cmarkFormulas(markdown);
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf(markdown, parser);
      expect(written(formulas)).toEqual(referee);
      // The blocks hold what they are meant to: autolinks by the hundred.
      expect(cuts.filter((cut) => cut.kind === 'link').length).toBeGreaterThan(1_000);
    }
  });

  it.skipIf(!HAVE_CMARK && !process.env.CI)('looks past raw HTML and <…> autolinks for an open bracket, as cmark-gfm does', () => {
    // A `[` in a tag's attribute, an HTML comment or an autolink opens no link text: the `www.` autolink after it
    // forms on GitHub and cuts the formula (`www.x.org/($a` is a link, ` b$)` text). The reading counted that `[`,
    // found no autolink, and typeset `$a b$`. (After the e-mail autolink a `[` is open, and no autolink forms.)
    const markdown = [
      'Text <span title="[">x</span> see www.x.org/($a b$) and $c$.',
      'Text <http://x.org/[> see www.y.org/($d e$) and $f$.',
      'Text <!-- [ --> see www.z.org/($g h$) and $i$.',
      'Text <a@b.org> [ see www.z.org/($j k$) and $l$.',
    ].join('\n\n');
    const referee = cmarkFormulas(markdown);
    expect(referee).toEqual(['$c$', '$f$', '$i$', '$j k$', '$l$']);
    for (const parser of PARSERS) expect(written(githubReadingOf(markdown, parser).formulas)).toEqual(referee);
  });

  it('takes `<!` for a declaration only before an upper-case name and white space, as cmark-gfm does', () => {
    // CommonMark 0.31 (markdown-it) makes any `<!` and a letter up to `>` a declaration; cmark-gfm wants `<!` then
    // upper-case letters then white space, and shows `<!x c$ d>` and `<!DOCTYPE>` as text, math across them typeset.
    const markdown = 'Text $b <!x c$ d> and $e <!X f$ g>, $h <!DOCTYPE>i$ j.\n';
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf(markdown, parser);
      expect(formulas.map((formula) => formula.tex)).toEqual(['b <!x c', 'h <!DOCTYPE>i']);
      expect(cuts.map((cut) => markdown.slice(cut.start, cut.end))).toEqual(['<!X f$ g>']);
    }
  });

  it.skipIf(!HAVE_CMARK && !process.env.CI)('falls back to the shortcut reference after a `(` that makes no link, as cmark-gfm does', () => {
    // `[r](` … with no inline link: cmark-gfm reads `[r]` alone as a reference. markdown-it read the label of a full
    // reference from where the failed link stopped (`[r]( $y$ x[s]` became one link, or no link where `[nope]` is no
    // definition), and an image none at all (`![r](` … stayed text, and its `[r]` a link to a later label).
    const markdown = [
      '[r]: /u\n[s]: /v',
      'A [r]( $y$ x[s] and $z$.',
      'A [r]( $y$ x[nope] and $z$.',
      'A ![r]( $y$ ![r] and $z$.',
      'A ![r](<u> $y$ and [r] $z$.',
    ].join('\n\n');
    const referee = cmarkFormulas(markdown);
    expect(referee).toEqual(['$y$', '$z$', '$y$', '$z$', '$y$', '$z$', '$y$', '$z$']);
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf(markdown, parser);
      expect(written(formulas)).toEqual(referee);
      expect(cuts.filter((cut) => cut.kind === 'image').map((cut) => markdown.slice(cut.start, cut.end))).toEqual(['![r]', '![r]', '![r]']);
    }
  });

  it('takes an escaped underscore before an underscore for punctuation, with and without the parser', () => {
    // `\\_` is an `_` to the flanking rules: the `_` after it opens emphasis up to `z_`, and GitHub shows the formula
    // as typed (cmark-gfm: `$x_<em>y$ z</em> w.`). The reading without the parser took that `_` for one inside a word.
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf('Here $x\\__y$ z_ w.\n', parser);
      expect(formulas).toEqual([]);
      expect(cuts.map((cut) => cut.kind)).toEqual(['emphasis', 'emphasis']);
    }
  });

  it('uses up two runs of tildes of different lengths, as GitHub does', () => {
    // cmark-gfm's strikethrough pairs a closing run with the nearest opening one; of different lengths, neither is
    // strikethrough and both are used up (its code since the 2023 fixes, which GitHub runs; Debian's 0.29.0.gfm.6 keeps
    // the opening run, and would strike `~a$ b~~ c~` here, cutting the formula).
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf('Here $x ~a$ b~~ c~ d, and ~~e ~f g~~ h.\n', parser);
      expect(formulas.map((formula) => formula.tex)).toEqual(['x ~a']);
      expect(cuts).toEqual([]);
    }
  });

  it('reads a tag that GitHub filters as text, as the GFM spec says', () => {
    // GFM's tag filter escapes the `<` of `<title>`, `<textarea>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`,
    // `<noframes>`, `<script>` and `<plaintext>` (spec: `<strong> <title> <style> <em>` gives `<strong> &lt;title>
    // &lt;style> <em>`): they show as text, and GitHub finds math across them. Other tags cut the text.
    const markdown = 'Here $a <title>b$ c, $d </Style >e$ f, $g <script src="x"/>h$ and $i <b>j$ k.\n';
    for (const parser of PARSERS) {
      const { formulas, cuts } = githubReadingOf(markdown, parser);
      expect(formulas.map((formula) => formula.tex)).toEqual(['a <title>b', 'd </Style >e', 'g <script src="x"/>h']);
      expect(formulas.map((formula) => markdown.slice(formula.start, formula.end))).toEqual(['$a <title>b$', '$d </Style >e$', '$g <script src="x"/>h$']);
      expect(cuts.map((cut) => markdown.slice(cut.start, cut.end))).toEqual(['<b>']);
    }
  });

  it('places the characters of a line indented by a tab, which the parse gave as spaces', () => {
    // In a list item the parse expands the tab; its spaces were matched to the first space further on, and the
    // formula after them was placed past its dollars.
    const markdown = '- item $a\\{b$\n\tx_i ($c^2$) holds\n';
    const { formulas } = githubReadingOf(markdown);
    expect(formulas.map((formula) => markdown.slice(formula.start, formula.end))).toEqual(['$a\\{b$', '$c^2$']);
  });
});
