// Renders the preview comment that `mathrepro preview` prints for a change to the example repository the way
// GitHub shows it: Markdown by cmark-gfm (GitHub's own Markdown library: Debian's cmark-gfm), the math typeset by
// MathJax 3 (what GitHub runs), the file sections collapsed as a reviewer first sees them; then a screenshot for
// the README:
//   node scripts/screenshot-comment.mjs [--chromium /usr/bin/chromium] [--cmark /usr/bin/cmark-gfm] [--out docs/pr-comment.png]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { screenshotHtml } from './chromium.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    cmark: { type: 'string', default: '/usr/bin/cmark-gfm' },
    out: { type: 'string', default: 'docs/pr-comment.png' },
  },
});

// A small research change: fix the broken step size, change the loss, add a formula using a notebook macro.
const work = mkdtempSync(join(tmpdir(), 'mathrepro-shot-'));
cpSync(join(repo, 'examples'), work, { recursive: true });
const git = (...args) => execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@example.com', ...args], { cwd: work });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'base');
const note = join(work, 'notes', 'derivation.md');
writeFileSync(
  note,
  readFileSync(note, 'utf8')
    .replace('$\\eta = \\frac{1}{2L$', '$\\eta = \\frac{1}{2L}$')
    .replace(
      '\\mathcal{L}_\\lambda = \\mathcal{L} + \\frac{\\lambda}{2} \\lVert w \\rVert_2^2',
      '\\mathcal{L}_\\lambda = \\mathcal{L} + \\lambda \\lVert w \\rVert_1',
    )
    .replace(
      '## Step size',
      '## Step size\n\n$$\\newcommand{\\grad}{\\nabla_{\\!w}} w_{t+1} = w_t - \\eta \\grad \\mathcal{L}_\\lambda(w_t)$$\n\nwith momentum $v_{t+1} = \\beta v_t + \\grad \\mathcal{L}\\left(w_t$.',
    ),
);
const markdown = execFileSync(process.execPath, [join(repo, 'dist', 'cli.js'), 'preview', '--base', 'HEAD'], { cwd: work, encoding: 'utf8' });

// GitHub's pipeline: cmark-gfm with its table, strikethrough and autolink extensions, raw HTML (<details>) kept.
let html = execFileSync(values.cmark, ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink'], { input: markdown, encoding: 'utf8' });
// GitHub typesets each ```math block on its own as display math (a broken one shows MathJax's error in place).
html = html.replace(/<pre><code class="language-math">([\s\S]*?)<\/code><\/pre>/g, (_, tex) => `<div class="math">${tex.trim()}</div>`);
// A reviewer opens a changed file's section to see its formulas: the first one is shown open, the rest as GitHub
// first shows them, collapsed.
html = html.replace('<details><summary><b>', '<details open><summary><b>');
const mathjax = pathToFileURL(join(repo, 'node_modules', 'mathjax-full', 'es5', 'tex-chtml-full.js')).href;
const page = `<!doctype html><html><head><meta charset="utf-8">
<script>window.MathJax = { startup: { typeset: false, pageReady: () => {
  for (const block of document.querySelectorAll('.math')) block.replaceChildren(MathJax.tex2chtml(block.textContent, { display: true }));
  document.head.appendChild(MathJax.chtmlStylesheet());
  window.typeset = true;
} } };</script>
<script src="${mathjax}"></script><style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; background: #fff; margin: 0; padding: 16px; }
  .comment { max-width: 860px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
  .header b { color: #1f2328; }
  .body { padding: 8px 16px 16px; }
  h3 { font-size: 1.25em; margin: 16px 0 12px; }
  table { border-collapse: collapse; margin: 8px 0; display: block; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
  a { color: #0969da; text-decoration: none; }
  details { margin: 8px 0; } summary { cursor: pointer; }
  blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
  sub { color: #59636e; }
</style></head><body><div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${html}</div></div></body></html>`;
const file = join(work, 'comment.html');
writeFileSync(file, page);

await screenshotHtml({
  executablePath: values.chromium,
  htmlFile: file,
  out: resolve(repo, values.out),
  viewport: { width: 900, height: 400 },
  selector: '.comment',
  // Runs in the page, where window is defined.
  ready: () => globalThis.typeset === true,
});
console.log(`wrote ${values.out}`);
