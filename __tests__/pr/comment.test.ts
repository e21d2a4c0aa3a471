import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, mathFence, renderComment } from '../../src/report/comment.js';
import { COMMENT_MARKER, type FilePreview } from '../../src/model/preview.js';
import { formatEnvSection } from '../../src/report/summary.js';
import type { Diagnostic } from '../../src/model/types.js';

const finding: Diagnostic = {
  file: 'notes/a.md',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 6,
  severity: 'error',
  rule: 'syntax-error',
  message: "Expected '}'",
  source: '\\frac{1}{2',
};

/** Fence lines must pair up: an odd count means a fence was cut or broken out of. */
function fencesBalanced(markdown: string): boolean {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (open === undefined) open = fence;
    else if (line === open) open = undefined; // a shorter run inside is content
  }
  return open === undefined;
}

describe('the sticky comment', () => {
  it('starts with the marker, gives a verdict, a findings table and before/after previews', () => {
    const files: FilePreview[] = [
      {
        file: 'notes/a.md',
        removed: 1,
        previews: [
          { kind: 'changed', line: 12, before: '\\frac{1}{2}', after: '\\frac{1}{2', broken: true },
          { kind: 'added', line: 20, cell: 3, after: 'e^{i\\pi} + 1 = 0', broken: false },
        ],
      },
    ];
    const body = renderComment({ findings: [finding], files, formulas: 40, runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.startsWith(`${COMMENT_MARKER}\n### ❌ mathrepro: 1 error in the math this pull request touches (2 added or changed formulas)`)).toBe(true);
    expect(body).toContain('| ❌ | notes/a\\.md:12 | syntax-error | Expected &#39;\\}&#39; | `\\frac{1}{2` |');
    expect(body).toContain('<details><summary><b>notes/a.md</b>: 1 changed, 1 added, 1 removed</summary>');
    expect(body).toContain('**Changed** at line 12 ❌ does not render:\n\nBefore:\n\n```math\n\\frac{1}{2}\n```\n\nAfter:\n\n```math\n\\frac{1}{2\n```');
    expect(body).toContain('**Added** at line 20, cell 3:\n\n```math\ne^{i\\pi} + 1 = 0\n```');
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(fencesBalanced(body)).toBe(true);
  });

  it('says all is well when it is', () => {
    const body = renderComment({ findings: [], files: [], formulas: 3 });
    expect(body.split('\n')[1]).toBe('### ✅ mathrepro: all math renders (0 added or changed formulas)');
  });

  it('escapes what a pull request controls: no HTML, no mentions, no fence break-out, no second marker', () => {
    const hostile = '```\n</details><img src=x onerror=alert(1)> @octocat ' + COMMENT_MARKER;
    const body = renderComment({
      findings: [{ ...finding, file: '<script>@admin.md', message: `bad ${hostile}`, source: hostile }],
      files: [{ file: '<b>@team</b>.md', removed: 0, previews: [{ kind: 'added', line: 1, after: hostile, broken: false }] }],
      formulas: 1,
    });
    // Only the first line holds the marker; a quoted one sits mid-line inside a fence or code span.
    expect(
      body
        .split('\n')
        .filter((line) => line.includes(COMMENT_MARKER))
        .map((line) => line.startsWith(COMMENT_MARKER)),
    ).toEqual([true, false]);
    expect(body).toContain(
      '| ❌ | &lt;script&gt;@\u200badmin\\.md:12 | syntax-error | bad \\`\\`\\` &lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt; @\u200boctocat &lt;\\!\\-\\- mathrepro:sticky\\-comment \\-\\-&gt; |',
    );
    expect(body).toContain('<summary><b>&lt;b&gt;@\u200bteam&lt;/b&gt;.md</b>: 1 added</summary>');
    expect(body).toContain('````math\n```\n</details>');
    expect(fencesBalanced(body)).toBe(true);
  });

  it('stays within 65,536 characters however large the pull request, dropping previews before findings', () => {
    const big = 'x_{1} + '.repeat(300);
    const files: FilePreview[] = Array.from({ length: 60 }, (_, i) => ({
      file: `chapter-${i}.md`,
      removed: 0,
      previews: Array.from({ length: 20 }, (_, k) => ({ kind: 'changed' as const, line: k + 1, before: big, after: `${big} y`, broken: false })),
    }));
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...finding, line: i + 1 }));
    const body = renderComment({ findings, files, formulas: 5000 });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(fencesBalanced(body)).toBe(true);
    expect(body).toContain('…and 350 more findings in the job summary.');
    expect(body).toMatch(/\n\n> Previews left out to stay within GitHub's comment size: .*chapter\\-59\\\.md \(20\)/);
    expect(body).toContain('<details><summary><b>chapter-0.md</b>');
  });

  it('cuts at a line outside any fence as a last resort', () => {
    const body = renderComment({ findings: [], files: [], formulas: 1, sections: ['#'.repeat(10) + '\n' + 'a\n'.repeat(50_000)] }, 5_000);
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(body).toContain("This comment was cut to fit GitHub's size limit");
  });

  it('fences any formula with a fence longer than its backtick runs', () => {
    expect(mathFence('a ```` b')).toBe('`````math\na ```` b\n`````');
    expect(mathFence('')).toBe('```math\n\\text{(empty)}\n```');
  });
});

describe('text from the pull request in the comment', () => {
  it('never holds half an emoji, even where a long formula is cut inside one', () => {
    // The table shows a formula's first 79 characters: the cut falls between the halves of the first emoji.
    const source = `${'x'.repeat(78)}🙂🙂 + y`;
    const body = renderComment({ findings: [{ ...finding, source, message: `Broken at ${'🙂'.repeat(3)}` }], files: [], formulas: 1 });
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(body).toContain(`${'x'.repeat(78)}…`);
  });

  it('links no issue from a file name or a message (#12, octo/notes#12, GH-12)', () => {
    const files: FilePreview[] = [{ file: 'notes/#12 octo/notes#13 GH-14.md', removed: 0, previews: [{ kind: 'added', line: 1, after: 'x', broken: false }] }];
    const body = renderComment({ findings: [{ ...finding, file: 'week #12.md', message: 'see #15 and GH-16' }], files, formulas: 1 });
    expect(body).not.toMatch(/#\d|GH-\d/i);
    expect(body).toContain('#\u200b12');
  });
});

describe('the environment section', () => {
  it('never says reproducible when the files have findings, even off the changed lines', () => {
    expect(formatEnvSection([], 1, 0)).toBe('### ✅ Environment: 1 file reproducible as written\n');
    expect(formatEnvSection([], 2, 3)).toBe('### ⚠️ Environment: 3 findings in 2 files, none on the lines this change touches\n');
  });
});

describe('the comment as reviewers read it', () => {
  it('shows broken formulas first, each distinct formula once, and short ones together', () => {
    const previews: FilePreview['previews'] = [
      ...Array.from({ length: 30 }, (_, k) => ({ kind: 'added' as const, line: k + 1, after: k % 2 ? 'N' : '3', broken: false })),
      { kind: 'added', line: 40, after: 'e^{i\\pi} + 1 = 0', broken: false },
      { kind: 'added', line: 41, after: 'e^{i\\pi} + 1 = 0', broken: false },
      { kind: 'added', line: 50, after: '\\frac{1}{2', broken: true },
    ];
    const body = renderComment({ findings: [finding], files: [{ file: 'new.ipynb', removed: 0, previews }], formulas: 33 });
    const blocks = body.match(/```math/g) ?? [];
    expect(blocks).toHaveLength(3);
    const broken = body.indexOf('**Added** at line 50 ❌ does not render');
    const repeated = body.indexOf('**Added** at lines 40, 41:');
    const short = body.indexOf('**30 short formulas** added at lines 1, 2, 3');
    expect(broken).toBeGreaterThan(0);
    expect(repeated).toBeGreaterThan(broken);
    expect(short).toBeGreaterThan(repeated);
    expect(body).toContain('```math\n3 \\quad N\n```');
  });

  it('links each finding to its line at the head commit, gives the problem in a sentence and the advice once', () => {
    const long = {
      ...finding,
      rule: 'unknown-command' as const,
      message: "Unknown command \\betta: GitHub's MathJax does not define it. Did you mean \\beta? Write it out.",
    };
    const body = renderComment({
      findings: [long, { ...long, line: 13 }],
      files: [],
      formulas: 2,
      blobBase: { repositoryUrl: 'https://github.com/octo/notes', sha: 'a'.repeat(40) },
    });
    expect(body).toContain(
      `| ❌ | [notes/a\\.md:12](https://github.com/octo/notes/blob/${'a'.repeat(40)}/notes/a.md#L12) | unknown-command | Unknown command \\\\betta: GitHub&#39;s MathJax does not define it\\. |`,
    );
    expect(body.match(/\*\*unknown-command\*\*:/g)).toHaveLength(1);
  });
});
