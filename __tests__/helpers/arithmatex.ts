import { spawnSync } from 'node:child_process';

/**
 * An MkDocs site's own Markdown as the referee for the pages it publishes: Debian's Python-Markdown with pymdownx
 * (CI installs python3-pymdownx), arithmatex set to its generic output (`\(…\)`, `\[…\]` in elements of class
 * arithmatex, which Material's MathJax set-up typesets).
 */
const PYTHON = '/usr/bin/python3';
export const HAVE_ARITHMATEX = spawnSync(PYTHON, ['-c', 'import markdown, pymdownx.arithmatex, pymdownx.superfences']).status === 0;

/** How the site sets its Markdown up. */
export interface ArithmatexSetup {
  /** The extensions beside arithmatex (default: superfences alone). */
  extensions?: string[];
  /** Their options, by extension; arithmatex's own beside `generic: true`. */
  config?: Record<string, Record<string, unknown>>;
  /** A superfences custom fence `math` formatted by arithmatex. */
  mathFence?: boolean;
  /** A site without arithmatex: Python-Markdown and the other extensions alone. */
  withoutArithmatex?: boolean;
}

const SCRIPT = `
import sys, json, markdown, pymdownx.arithmatex as arithmatex
setup = json.loads(sys.argv[1])
config = setup.get('config', {})
config['pymdownx.arithmatex'] = {'generic': True, **config.get('pymdownx.arithmatex', {})}
if setup.get('mathFence'):
    fence = {'name': 'math', 'class': 'arithmatex', 'format': arithmatex.fence_generic_format}
    config.setdefault('pymdownx.superfences', {})['custom_fences'] = [fence]
extensions = ([] if setup.get('withoutArithmatex') else ['pymdownx.arithmatex']) + setup.get('extensions', ['pymdownx.superfences'])
convert = lambda text: markdown.Markdown(extensions=extensions, extension_configs=config).convert(text)
pages = sys.argv[2:]
print(json.dumps({page: convert(open(page, encoding='utf-8').read()) for page in pages} if pages else {'-': convert(sys.stdin.read())}))
`;

function run(setup: ArithmatexSetup, args: { pages?: string[]; cwd?: string; input?: string }): Record<string, string> {
  const done = spawnSync(PYTHON, ['-c', SCRIPT, JSON.stringify(setup), ...(args.pages ?? [])], {
    ...(args.cwd ? { cwd: args.cwd } : {}),
    ...(args.input !== undefined ? { input: args.input } : {}),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (done.status !== 0) throw new Error(done.stderr);
  return JSON.parse(done.stdout) as Record<string, string>;
}

/** A page's HTML as the site writes it. */
export function arithmatexHtml(markdown: string, setup: ArithmatexSetup = {}): string {
  return run(setup, { input: markdown })['-']!;
}

/** The HTML of each of `pages` (paths relative to `cwd`), by path. */
export function arithmatexPages(pages: readonly string[], cwd: string, setup: ArithmatexSetup = {}): Record<string, string> {
  return run(setup, { pages: [...pages], cwd });
}

/**
 * The math of a page's HTML: each element arithmatex made, its text as the browser gives it to MathJax (a fence writes
 * `&` as is, a paragraph as `&amp;`), `\(…\)` or `\[…\]` included; a `<code>` inside is no TeX MathJax reads.
 */
export function arithmatexMath(html: string): string[] {
  const text = (raw: string) => raw.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
  return [...html.matchAll(/<(span|div) class="arithmatex">([\s\S]*?)<\/\1>/g)].map((match) => text(match[2]!.trim()));
}
