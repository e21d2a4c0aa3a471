import type { Diagnostic } from '../model/types.js';
import type { FileChange, FilterMode } from '../model/changes.js';
import { parsePatch } from '../format/patch.js';

/**
 * The changed files of a `git diff -M`, from its NUL-separated name list (`--name-status -z`: every path exactly as
 * stored, whatever it holds: spaces, tabs, quotes, backslashes, line breaks) and its patch text, which git prints
 * in the same order. A patch is paired with its file by that order; when the two disagree no file is dropped: each
 * counts as changed throughout. `untracked` files (new, not yet added) come last, as added.
 */
export function changesFromGit({ nameStatus, diff, untracked = [] }: { nameStatus: string; diff: string; untracked?: readonly string[] }): FileChange[] {
  const fields = nameStatus.split('\0');
  const changes: FileChange[] = [];
  for (let k = 0; k < fields.length;) {
    const code = fields[k++]!;
    if (code === '') continue;
    const letter = code[0]!;
    const twoPaths = letter === 'R' || letter === 'C';
    const previousPath = twoPaths ? fields[k++] : undefined;
    const path = fields[k++];
    if (path === undefined) break;
    const change: FileChange = { path, status: STATUS_BY_LETTER[letter] ?? 'changed' };
    if (previousPath !== undefined && letter === 'R') change.previousPath = previousPath;
    changes.push(change);
  }
  const parts = diff.split(/^diff --git /m).slice(1);
  if (parts.length === changes.length) changes.forEach((change, index) => Object.assign(change, parsePatch(parts[index]!)));
  for (const path of untracked) changes.push({ path, status: 'added' });
  return changes;
}

const STATUS_BY_LETTER: Record<string, FileChange['status']> = { A: 'added', M: 'modified', T: 'modified', D: 'removed', R: 'renamed', C: 'copied' };

/** Whether a finding is shown under a filter mode, given the changed files (by head-side path). */
export function inFilter(d: Diagnostic, mode: FilterMode, changes: ReadonlyMap<string, FileChange>): boolean {
  if (mode === 'nofilter') return true;
  const change = changes.get(d.file);
  if (!change || change.status === 'removed') return false;
  if (mode === 'file') return true;
  // A whole new file, or a diff GitHub would not show: every line of it counts as changed.
  if (change.status === 'added' || !change.addedLines || !change.hunks) return true;
  const lines = range(d.line, d.endLine);
  if (mode === 'added') return lines.some((line) => change.addedLines!.has(line));
  return lines.some((line) => change.hunks!.some(([start, end]) => line >= start && line <= end));
}

function range(from: number, to: number): number[] {
  const lines: number[] = [];
  for (let line = from; line <= Math.max(from, Math.min(to, from + 200)); line++) lines.push(line);
  return lines;
}
