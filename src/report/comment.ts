import type { Diagnostic } from '../model/types.js';
import { VERSION } from '../version.js';
import { codeSpan, escapeHtml, escapeMarkdown } from '../format/escape.js';
import { count } from '../format/count.js';
import { ruleInfo } from '../rules/index.js';
import { mostImportantFirst } from '../format/limits.js';
import { judge, type Verdict } from './verdict.js';
import { commentMarker, type FilePreview, type FormulaPreview } from '../model/preview.js';

/**
 * The sticky pull-request comment: a verdict, a table of findings, and per changed file collapsible previews of
 * each added or changed formula, before and after, in ```math blocks that GitHub renders itself. It always fits
 * GitHub's 65,536-character limit: previews go first, then table rows, each with a notice; a fence is never cut.
 */

export const MAX_COMMENT_LENGTH = 65_536;

export interface CommentInput {
  /** Findings shown (after the filter mode). */
  findings: readonly Diagnostic[];
  /** How many findings there were, when `findings` holds only some (a payload within its limits). */
  totalFindings?: number;
  files: readonly FilePreview[];
  /** Formulas checked in all. */
  formulas: number;
  /** Extra Markdown sections appended before the footer (each already escaped). */
  sections?: readonly string[];
  /** A link to the workflow run, for the footer. */
  runUrl?: string;
  /** The run's verdict over math, REPRODUCE.md and environment; without it, the math findings alone decide. */
  verdict?: Verdict;
  /** The run's name (the action's `id`): several runs on one pull request keep a comment each. */
  id?: string;
  /** Where a finding's line is on GitHub: the repository's URL and the head commit ("Where" links to the line). */
  blobBase?: { repositoryUrl: string; sha: string };
}

const MAX_TABLE_ROWS = 50;

export function renderComment(input: CommentInput, limit = MAX_COMMENT_LENGTH): string {
  const head = [commentMarker(input.id), verdict(input), ''];
  const footer = ['', footerLine(input)];
  const fixed = [...head, ...(input.sections ?? []), ...footer].join('\n').length;

  // Findings table: as many rows as fit in half the space, with a notice for the rest.
  const table = fitTable(
    tableRows(input.findings, input.blobBase),
    Math.floor((limit - fixed) / 2),
    input.totalFindings ?? input.findings.length,
    advice(input.findings),
  );

  // Previews: whole formulas while they fit; files beyond the budget are listed without previews.
  let budget = limit - fixed - table.length - 400;
  const previewParts: string[] = [];
  const omitted: string[] = [];
  for (const file of input.files) {
    if (file.previews.length === 0) continue;
    const block = filePreview(file, budget);
    if (block) {
      previewParts.push(block.text);
      budget -= block.text.length + 1;
      if (block.omitted > 0) omitted.push(`${escapeMarkdown(file.file)} (${block.omitted} more)`);
    } else {
      omitted.push(`${escapeMarkdown(file.file)} (${file.previews.length})`);
    }
  }
  const omittedNotice = omitted.length
    ? [`> Previews left out to stay within GitHub's comment size: ${omitted.join(', ')}. The job summary has every finding.`, '']
    : [];

  const body = [
    ...head,
    table,
    ...(previewParts.length ? ['### Changed formulas', '', ...previewParts] : []),
    ...omittedNotice,
    ...(input.sections ?? []),
    ...footer,
  ].join('\n');
  return body.length <= limit ? body : hardTrim(body, limit);
}

function verdict(input: CommentInput): string {
  const errors = input.findings.filter((d) => d.severity === 'error').length;
  const unshowable = unshowableCount(input.files);
  const { icon, problems } =
    input.verdict ?? judge({ math: { errors, warnings: input.findings.length - errors }, failOn: 'error', pullRequest: true, unshowable });
  const changed = input.files.reduce((sum, f) => sum + f.previews.length, 0);
  const formulas = count(changed, 'added or changed formula');
  return `### ${icon} mathrepro: ${problems.length ? problems.join('; ') : 'all math renders'} (${formulas})`;
}

/**
 * One row a finding, errors first: where (a link to the line at the head commit, when known), the rule, the
 * message's first sentence (the rest is advice, given once per rule below the table) and the formula.
 */
function tableRows(findings: readonly Diagnostic[], blobBase: CommentInput['blobBase']): string[] {
  return mostImportantFirst(findings).map((d) => {
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    const label = escapeMarkdown(`${d.file}:${d.line}${d.cell === undefined ? '' : ` (cell ${d.cell})`}`);
    const where = blobBase ? `[${label}](${lineUrl(blobBase, d.file, d.line)})` : label;
    return `| ${icon} | ${where} | ${d.rule} | ${escapeMarkdown(firstSentence(d.message))} | ${d.source ? codeSpan(d.source, 80) : ''} |`;
  });
}

/** The link to a file's line at a commit; every path segment encoded (a `#` or `?` in a name stays in the path). */
function lineUrl(blobBase: NonNullable<CommentInput['blobBase']>, file: string, line: number): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${encodeURI(blobBase.repositoryUrl)}/blob/${encodeURIComponent(blobBase.sha)}/${path}#L${line}`;
}

/** A message's first sentence: what is wrong. What to do follows in the advice. */
function firstSentence(message: string): string {
  const end = /[.?!](?=\s+[A-Z(])/.exec(message);
  return end ? message.slice(0, end.index + 1) : message;
}

/** What to do, once for each rule the findings break, from the rules' own data. */
function advice(findings: readonly Diagnostic[]): string[] {
  const rules = [...new Set(mostImportantFirst(findings).map((d) => d.rule))];
  return rules.flatMap((id) => {
    const rule = ruleInfo(id);
    return rule ? [`- **${rule.id}**: ${escapeMarkdown(rule.fix)}`] : [];
  });
}

function fitTable(rows: readonly string[], budget: number, total: number, adviceLines: readonly string[] = []): string {
  if (rows.length === 0) return '';
  const header = ['| | Where | Rule | Problem | Formula |', '|---|---|---|---|---|'];
  const kept: string[] = [];
  let length = header.join('\n').length + 120 + adviceLines.join('\n').length;
  for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
    if (length + row.length + 1 > budget) break;
    kept.push(row);
    length += row.length + 1;
  }
  const notice = kept.length < total ? [`\n…and ${count(total - kept.length, 'more finding')} in the job summary.`] : [];
  const help = adviceLines.length ? ['', '<details><summary>How to fix them</summary>', '', ...adviceLines, '', '</details>'] : [];
  return [...header, ...kept, ...notice, ...help, ''].join('\n');
}

function filePreview(file: FilePreview, budget: number): { text: string; omitted: number } | undefined {
  const added = file.previews.filter((p) => p.kind === 'added').length;
  const changed = file.previews.length - added;
  const parts = [changed && `${changed} changed`, added && `${added} added`, file.removed && `${file.removed} removed`].filter(Boolean).join(', ');
  const open = `<details><summary><b>${escapeHtml(file.file)}</b>: ${parts}</summary>\n`;
  const close = '\n</details>\n';
  let length = open.length + close.length;
  if (length > budget) return undefined;
  const blocks: string[] = [];
  let shown = 0;
  for (const group of previewGroups(file.previews)) {
    const block = group.short ? shortFormulasBlock(group.previews) : formulaBlock(group.previews);
    if (length + block.length + 1 > budget) break;
    blocks.push(block);
    length += block.length + 1;
    shown += group.previews.length;
  }
  if (blocks.length === 0) return undefined;
  return { text: open + blocks.join('\n') + close, omitted: file.previews.length - shown };
}

/**
 * A file's previews as reviewers read them: the broken ones first, each distinct formula once (with every line it
 * is on), and the short added ones (`N`, `3`, `x_i`) together in one block, so that a new notebook is not hundreds
 * of blocks.
 */
function previewGroups(previews: readonly FormulaPreview[]): Array<{ short: boolean; previews: FormulaPreview[] }> {
  const byText = new Map<string, FormulaPreview[]>();
  const shortOnes: FormulaPreview[] = [];
  // One short formula is shown as any other; two or more go together.
  const short = previews.filter(isShort).length >= 2;
  for (const preview of previews) {
    if (short && isShort(preview)) {
      shortOnes.push(preview);
      continue;
    }
    const key = `${preview.kind}\u0000${preview.before ?? ''}\u0000${preview.after}`;
    const same = byText.get(key);
    if (same) same.push(preview);
    else byText.set(key, [preview]);
  }
  const groups = [...byText.values()].map((group) => ({ short: false, previews: group }));
  groups.sort((a, b) => Number(b.previews[0]!.broken) - Number(a.previews[0]!.broken));
  return shortOnes.length ? [...groups, { short: true, previews: shortOnes }] : groups;
}

/** An added formula of a few plain characters (`N`, `3`, `x_i`): nothing to review in it alone. */
function isShort(preview: FormulaPreview): boolean {
  return preview.kind === 'added' && !preview.broken && preview.after.trim().length <= 4 && !preview.after.includes('\\');
}

function places(previews: readonly FormulaPreview[]): string {
  if (previews.length === 1) return `line ${previews[0]!.line}${previews[0]!.cell === undefined ? '' : `, cell ${previews[0]!.cell}`}`;
  const list = previews.map((p) => `${p.line}${p.cell === undefined ? '' : ` (cell ${p.cell})`}`);
  const shown = list.length > 12 ? [...list.slice(0, 12), `… (${list.length} in all)`] : list;
  return `lines ${shown.join(', ')}`;
}

function formulaBlock(previews: readonly FormulaPreview[]): string {
  const preview = previews[0]!;
  const where = places(previews);
  // A formula GitHub cannot show would be an error box here: it is shown as TeX, with the reason.
  const status = preview.broken
    ? preview.brokenOn === 'github'
      ? ' ❌ does not render on GitHub (the site renders it)'
      : preview.brokenOn === 'site'
        ? ' ❌ does not render on the site (GitHub renders it)'
        : ' ❌ does not render'
    : preview.unshowable
      ? ` ⚠️ GitHub cannot show it in this comment (${escapeMarkdown(firstSentence(preview.unshowable))}); its TeX`
      : '';
  const block = preview.unshowable && !preview.broken ? texFence : mathFence;
  if (preview.kind === 'added' || preview.before === undefined) {
    return `\n**Added** at ${where}${status}:\n\n${block(preview.after)}\n`;
  }
  return `\n**Changed** at ${where}${status}:\n\nBefore:\n\n${block(preview.before)}\n\nAfter:\n\n${block(preview.after)}\n`;
}

/** A ```tex code block: the TeX as written, for a formula GitHub cannot typeset. */
function texFence(tex: string): string {
  return mathFence(tex).replace(/^(`+)math\n/, '$1tex\n');
}

/** The short added formulas of a file, each distinct one once, in one block. */
function shortFormulasBlock(previews: readonly FormulaPreview[]): string {
  const distinct = [...new Set(previews.map((p) => p.after.trim()))];
  return `\n**${count(previews.length, 'short formula')}** added at ${places(previews)}:\n\n${mathFence(distinct.join(' \\quad '))}\n`;
}

/** A ```math block for any formula: the fence is longer than any backtick run inside, so nothing breaks out. */
export function mathFence(tex: string): string {
  const content = tex.trim() === '' ? '\\text{(empty)}' : tex.replace(/\r\n?/g, '\n').trim();
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}math\n${content}\n${fence}`;
}

/** The previewed formulas GitHub cannot show (those that do not render anywhere are counted as findings). */
export function unshowableCount(files: readonly FilePreview[]): number {
  return files.reduce((sum, file) => sum + file.previews.filter((preview) => preview.unshowable && !preview.broken).length, 0);
}

function footerLine(input: CommentInput): string {
  const run = input.runUrl ? ` · [workflow run](${encodeURI(input.runUrl)})` : '';
  return `<sub>mathrepro ${VERSION} · ${count(input.formulas, 'formula')} checked${run} · updated on every push</sub>`;
}

/** Last resort: cut at a line outside any fence, and say so. */
function hardTrim(body: string, limit: number): string {
  const notice = "\n\n> This comment was cut to fit GitHub's size limit; the job summary has the full report.\n";
  const lines = body.split('\n');
  const kept: string[] = [];
  let length = notice.length;
  let openFence: string | undefined;
  let lastSafe = 0;
  for (const line of lines) {
    if (length + line.length + 1 > limit) break;
    kept.push(line);
    length += line.length + 1;
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (fence && (openFence === undefined || fence === openFence)) openFence = openFence === undefined ? fence : undefined;
    if (openFence === undefined) lastSafe = kept.length;
  }
  return kept.slice(0, lastSafe).join('\n') + notice;
}
