import type { Severity } from './types.js';

/** Every rule mathrepro reports, with its stable id and default severity. Docs and SARIF are made from this. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  /** What to do about a finding, in one or two sentences (SARIF's help, shown by code scanning). */
  fix: string;
  /** What it reports, in Markdown with examples: the README's rule tables are generated from it. */
  reports: string;
}

export const RULES = [
  {
    id: 'syntax-error',
    severity: 'error',
    description: 'The formula does not parse: the renderer shows an error instead of math.',
    fix: 'Fix the TeX at the position shown: close the brace or environment, remove the stray character, or write the command as the renderer spells it.',
    reports:
      "The formula does not parse (KaTeX's or MathJax's message, at its position). Also a macro that expands forever, and `_`, `^`, `&` or a math-only command in `\\text{}` under textmacros.",
  },
  {
    id: 'unknown-command',
    severity: 'error',
    description: 'A command or environment the renderer does not define and the document never defines.',
    fix: 'Fix the spelling (the message suggests the nearest command), define the command before use (\\newcommand in an earlier formula, or macros: in .mathrepro.yml), or, on GitHub, write it out: GitHub has no macros.',
    reports:
      'A command or environment the renderer does not define and the document never defines; suggests the nearest known one and says how to define it (on GitHub: that it cannot be).',
  },
  {
    id: 'unclosed-math',
    severity: 'error',
    description: 'A math delimiter ($$, \\[, \\(, \\begin{…}, ```math) that is never closed.',
    fix: 'Close the delimiter before the paragraph ends, or escape it (\\$) if it is meant as text.',
    reports: '`$$`, `\\begin{…}` or ```` ```math ```` that is never closed.',
  },
  {
    id: 'unpaired-dollar',
    severity: 'error',
    description: 'A $ that pairs with no other $ in its paragraph (not a dollar sign, not escaped, not in code): a dropped or extra $, so math shows as text.',
    fix: 'Add the missing $, remove the extra one, or write \\$ for a literal dollar sign.',
    reports:
      'A `$` that pairs with no other `$` in its paragraph — not money (`$5`, `5 $`, `($)`), not escaped, not in code, not `$HOME`: a dropped or extra dollar. A warning when no TeX is beside it.',
  },
  {
    id: 'swallowed-text',
    severity: 'error',
    description: 'Inline math holding plain text (CJK characters, a run of ordinary words) outside \\text{}: two $ paired wrongly.',
    fix: 'Pair the dollars again so that the words are outside the math; if the words belong in the formula, wrap them in \\text{…}.',
    reports:
      'Inline math that holds plain text — CJK characters, a run of words, a sentence, a list item or table cell it runs into, or (in notebooks) the text after a `{` never closed: two dollars paired wrongly.',
  },
  {
    id: 'table-pipe',
    severity: 'error',
    description:
      'A | inside math in a table row: the table is split into cells before the math is read, so the formula is cut there and shows as text ($|x|$ becomes the cells "$" and "x").',
    fix: 'Write \\vert (or \\mid, \\lvert … \\rvert) for |, and \\Vert for ‖.',
    reports:
      'A `|` inside `$…$` in a table row (GitHub, MyST): the table splits the cell there first, and the formula shows as text. A warning for `\\|`, which the table turns into `|` (the formula shows |, not ‖).',
  },
  {
    id: 'shown-as-text',
    severity: 'error',
    description:
      'Math written with dollars that GitHub shows as typed: a CJK character or punctuation right before the $, a space just inside, a letter right after, or Markdown (emphasis, a link, code) reading part of it first.',
    fix: 'Put a space before the opening $ (or after the closing one), remove the spaces inside the dollars, or write the formula as $`…`$ (a ```math block for $$): Markdown leaves those alone.',
    reports:
      'A `$…$` or `$$…$$` that GitHub leaves as raw text, with the reason from its recorded rules: `其中$x$为参数`, `[$x$]`, `foo$a+b$bar`, `$ x $`, `$a*b*c$` (emphasis wins). Currency and `$HOME` stay quiet, as on GitHub.',
  },
  {
    id: 'markdown-in-math',
    severity: 'error',
    description:
      'Markdown reads a backslash escape inside a formula before MathJax sees it on GitHub: \\{ becomes {, \\\\ becomes \\, \\, becomes a comma, \\% starts a comment.',
    fix: 'Write the formula as $`…`$ (a ```math block for $$): Markdown leaves those alone. Or double the backslash (\\\\{).',
    reports:
      'A backslash escape in a GitHub formula that Markdown turns into something else before MathJax sees it: `\\{x\\}` reaches MathJax as `{x}`, `\\\\` as `\\` (rows run together), `\\,` as `,`, `\\%` as a comment.',
  },
  {
    id: 'tex-outside-math',
    severity: 'error',
    description: 'A math-only command (\\frac, \\alpha, \\mathbb, …) in the text of a paragraph that has math: a $ went astray and the TeX shows as typed.',
    fix: 'Put the TeX back inside its $…$ (a dollar is missing or extra nearby), or put it in a code span if it is meant to show as typed.',
    reports: 'A math-only command (`\\frac`, `\\alpha`, `\\mathbb`, …) in the text of a paragraph that has math: a `$` went astray and the TeX shows as typed.',
  },
  {
    id: 'duplicate-label',
    severity: 'error',
    description:
      "The same \\label twice in one document (MathJax refuses the second), or a MyST :label: / (name)= or Quarto {#eq-…} label twice (the site's build reports it).",
    fix: 'Give each label a name of its own.',
    reports: 'The same `\\label` twice in a document (MathJax refuses the second), or the same MyST `:label:`/`(name)=` or Quarto `{#eq-…}` label twice.',
  },
  {
    id: 'duplicate-tag',
    severity: 'warning',
    description: 'The same \\tag twice in one document: two equations share a number.',
    fix: 'Give each \\tag a number of its own, or drop the repeated one.',
    reports: 'The same `\\tag` twice in a document.',
  },
  {
    id: 'unresolved-reference',
    severity: 'warning',
    description: '\\ref or \\eqref to a label that the document never defines (it shows as (???)), a MyST {eq} role or a Quarto @eq- reference to no label.',
    fix: 'Define the label the reference names, or fix the name in the reference.',
    reports: '`\\ref`/`\\eqref` to a label the document never defines (renders as `(???)`); MyST `` {eq}`name` `` and Quarto `@eq-name` to no label.',
  },
  {
    id: 'katex-strict',
    severity: 'warning',
    description: "KaTeX's strict-mode findings (LaTeX-incompatible input), for files KaTeX renders.",
    fix: 'Write the formula as LaTeX would accept it (\\text{…} around text, an accent of the right mode), or set the finding off in .mathrepro.yml.',
    reports: "KaTeX's strict-mode findings, for files KaTeX renders.",
  },
  {
    id: 'refused-command',
    severity: 'error',
    description:
      'A command the site refuses outright (GitHub: \\operatorname, \\phantom, \\colorbox, \\unicode, … wherever its name begins a command) or a definition it cannot make (GitHub loads no newcommand package).',
    fix: 'Write it with what the site allows: \\mathop{\\mathrm{…}}\\nolimits for \\operatorname, \\color for \\colorbox, the expanded formula for a \\newcommand.',
    reports:
      "A command the site refuses outright — on GitHub, by its client code's list, wherever the name begins a command (`\\operatorname*`, `\\operatornamewithlimits`, `\\phantom`, `\\mathchoice`, `\\unicode`, `\\colorbox`, `\\DeclareMathOperator`) — or a definition GitHub cannot make (`\\newcommand`, `\\def`: it loads no newcommand package).",
  },
  {
    id: 'renderer-compat',
    severity: 'error',
    description: 'A command only KaTeX has (\\htmlClass, \\includegraphics…) in a file a MathJax renderer shows: the reader sees an error box.',
    fix: 'Use a command the renderer has, or render the file with KaTeX (renderers: in .mathrepro.yml) if the site does.',
    reports: 'KaTeX accepts it but the renderer will not show it: `\\htmlClass` under MathJax.',
  },
  {
    id: 'hostile-tex',
    severity: 'warning',
    description:
      'A javascript:, vbscript: or data: link (\\href, \\url), or a size no page holds (\\rule{99999em}{99999em}): what a hostile pull request hides in a formula.',
    fix: 'Remove the link or the size; a formula needs neither a script link nor a box larger than a page.',
    reports:
      'What a hostile pull request hides in a formula: a `javascript:`, `vbscript:` or `data:` link (`\\href`, `\\url`; whitespace and case do not hide it), or a size no page holds (`\\rule{99999em}{99999em}`, `\\kern 200000pt`).',
  },
  {
    id: 'too-complex',
    severity: 'warning',
    description: 'A formula too large or deeply nested to check within the time and memory bounds; it was not checked.',
    fix: 'Split the formula, reduce the nesting, or simplify the macros it expands; renderers time out on it as well.',
    reports:
      'A formula too long (over 250,000 characters), too deeply nested, or whose macros expand past a budget (an argument pasted thousands of times: each expansion is charged for the tokens it copies, three million at most, two seconds at most); it was not checked.',
  },
  {
    id: 'file-unreadable',
    severity: 'error',
    description: 'A file that cannot be read as Markdown or as a notebook (not JSON, binary, not UTF-8, too large).',
    fix: 'Save the file as UTF-8 text (a notebook as valid nbformat JSON), or exclude it from the paths checked.',
    reports: 'A notebook that is not JSON or not nbformat 3/4 (error); a binary, non-UTF-8 or huge file (warning, skipped); not a regular file.',
  },
  {
    id: 'reproduce',
    severity: 'error',
    description: 'A REPRODUCE.md expectation the results do not meet, a required cell that did not run cleanly, or a REPRODUCE.md that cannot be checked.',
    fix: 'Run the notebooks again and commit their outputs, or correct the expectation if the result was meant to change.',
    reports:
      "A REPRODUCE.md expectation the results do not meet, a required cell that did not run cleanly, or a REPRODUCE.md that cannot be checked (`mathrepro verify`, the action's `reproduce`).",
  },
  {
    id: 'env-build-string',
    severity: 'warning',
    description: 'A conda package pinned with its platform build string (numpy=1.26=py310h5f9d8c6_0): it fails elsewhere with ResolvePackageNotFound.',
    fix: '`conda env export --no-builds` (or `--from-history`); a whole export is one finding',
    reports: '`- cudatoolkit=11.8=h32da634_10`',
  },
  {
    id: 'env-os-only',
    severity: 'error',
    description:
      'A conda package that exists only on some operating systems (appnope, vc, ucrt, pywin32, libgcc-ng, _libgcc_mutex, …): the file was exported there, and elsewhere conda fails with ResolvePackageNotFound.',
    fix: 'drop the line (mechanical), or `conda export --format environment-yaml --from-history` (conda 25.7) keeping the pip section',
    reports: '`- appnope=0.1.3` (macOS), `- vs2015_runtime=14.29` (Windows), `- libgcc-ng=13.2.0` (Linux)',
  },
  {
    id: 'env-from-history',
    severity: 'warning',
    description:
      'An environment file with no version at all, as `conda env export --from-history` writes it (what it installs floats with every solve), or with no pip section while the notebooks pip-install packages it does not list (such an export drops it).',
    fix: 'pin the versions you ran (`conda env export --no-builds`, or add them to the history export) and keep the pip section',
    reports:
      '`- numpy`, `- pandas`, `- scipy`, … none pinned (one finding for the file, not one a package); `%pip install transformers` in a notebook, and no `pip:` section listing it',
  },
  {
    id: 'env-lock-stale',
    severity: 'error',
    description:
      "A lock file out of step with its manifest (uv.lock with pyproject.toml, pixi.lock with pixi.toml, conda-lock.yml with environment.yml): the tool's own check (`uv lock --check`, `pixi lock --check`) fails, and an install gets what the manifest no longer says.",
    fix: 'refresh the lock with the command the finding names (`uv lock`, `pixi lock`, `conda-lock -f environment.yml`) and commit it',
    reports: '`numpy>=1.26` in pyproject.toml, `numpy>=1.24` in uv.lock; a platform pixi.toml declares with no packages in pixi.lock',
  },
  {
    id: 'env-lock-missing',
    severity: 'warning',
    description:
      'A README that installs from a lock (`uv sync`, `pixi install`, `conda-lock install`) beside a manifest with no lock file: every install resolves anew.',
    fix: 'run the lock command (`uv lock`, `pixi lock`, `conda-lock`) and commit the lock',
    reports: '`uv sync` in README.md, pyproject.toml and no uv.lock',
  },
  {
    id: 'env-local-prefix',
    severity: 'warning',
    description: "prefix: with someone's local path: conda installs there, or fails, on another machine.",
    fix: 'delete the line',
    reports: '`prefix: /home/alice/miniconda3/envs/x`',
  },
  {
    id: 'env-unpinned',
    severity: 'warning',
    description: 'A package without a version (or, with pinning: exact, without an exact one): another machine gets another version.',
    fix: 'pin a version',
    reports: '`- scipy`, `rich` (with `env: {pinning: exact}` also `numpy>=1.2`)',
  },
  {
    id: 'env-conda-pip-duplicate',
    severity: 'warning',
    description: "The same package from conda and from pip: pip overwrites conda's copy and the two disagree.",
    fix: 'keep one',
    reports: '`- pytorch=2.1` and, under `pip:`, `- torch==2.1.0`',
  },
  {
    id: 'env-pip-unreproducible',
    severity: 'warning',
    description: 'A pip entry that cannot be installed the same way elsewhere: -e, a git URL without a commit, a local path.',
    fix: 'a release, or `@<commit>`',
    reports: '`-e .`, `git+https://…@main`, `./wheels/x.whl`',
  },
  {
    id: 'env-channels',
    severity: 'warning',
    description: "No channels: (the machine's own configuration decides) or a misspelt channel name.",
    fix: 'list channels, spelt right',
    reports: 'no `channels:`, or `- default`, `- conda_forge`',
  },
  {
    id: 'env-yaml-coercion',
    severity: 'error',
    description: 'A YAML value that YAML silently changes: python: 3.10 is the number 3.1.',
    fix: 'quote it: `"3.10"`',
    reports: '`python: 3.10` (YAML reads the number 3.1)',
  },
  {
    id: 'env-not-linted',
    severity: 'warning',
    description: 'A YAML alias (*name) or merge key (<<) in an environment file: conda follows it, so what it brings in is installed but not linted.',
    fix: 'write the entries out',
    reports: 'an alias (`dependencies: *deps`) or a `<<` merge key where conda reads packages: conda installs what it brings in, mathrepro does not lint it',
  },
  {
    id: 'env-unreadable',
    severity: 'error',
    description:
      'An environment, requirements or manifest file that cannot be read: not YAML (a pyproject.toml or pixi.toml: not TOML), not a mapping, too large, a key written twice, a second YAML document, or a -r/-c file it names that is not there.',
    fix: 'fix the YAML at the place shown: one document, each key once; add the file a -r names, or correct its path',
    reports:
      'not YAML, not a mapping, over 5 MB; a key written twice, a second YAML document (conda stops on both); `-r base.txt` with no base.txt (pip stops); a pyproject.toml that is not TOML',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
