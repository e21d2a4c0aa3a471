import type { AppliedFix, FileFixes } from '../model/results.js';
import { codeSpan, wellFormed } from '../format/escape.js';
import { linePatch } from '../format/line-diff.js';
import { lastAtOrBefore } from '../positions.js';
import type { FileChange } from '../model/changes.js';
import type { Suggestion } from '../model/changes.js';

/** At most this many suggestions are posted on one pull request; the rest are counted in the review's body. */
export const MAX_SUGGESTIONS = 50;
/** GitHub refuses a comment body longer than 65,536 characters: a suggestion that would be is not made. */
const MAX_BODY = 60_000;

export interface Suggested {
  suggestions: Suggestion[];
  /** Fixes that could not be offered: outside the diff, too long, or over the limit. */
  left: number;
}

export function suggestionsFor(files: readonly FileFixes[], changes: ReadonlyMap<string, FileChange>, marker: string): Suggested {
  const suggestions: Suggestion[] = [];
  let left = 0;
  for (const file of files) {
    if (file.after === file.before) continue;
    const change = changes.get(file.file);
    const fixesByLine = new Map<number, AppliedFix[]>();
    for (const fix of file.applied) {
      const onLine = fixesByLine.get(fix.line);
      if (onLine) onLine.push(fix);
      else fixesByLine.set(fix.line, [fix]);
    }
    const pullHunks = [...(change?.hunks ?? [])].sort((a, b) => a[0] - b[0]);
    const pullStarts = pullHunks.map(([start]) => start);
    for (const hunk of linePatch(file.file, file.file, file.before, file.after, 0).hunks) {
      const first = hunk.oldStart;
      const last = hunk.oldStart + hunk.oldLines - 1;
      const lines = Array.from({ length: hunk.oldLines }, (_, k) => first + k);
      const fixes = lines.flatMap((line) => fixesByLine.get(line) ?? []);
      // Lines the pull request wrote (not the context around them), inside one hunk of its diff.
      const inDiff = hunk.oldLines > 0 && withinOne(pullHunks, pullStarts, first, last) && lines.every((line) => change?.addedLines?.has(line));
      const replacement = hunk.lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
      const body = inDiff
        ? suggestionBody(
            marker,
            fixes.map((fix) => fix.description),
            replacement,
          )
        : '';
      if (!inDiff || body.length > MAX_BODY || suggestions.length >= MAX_SUGGESTIONS) {
        left += Math.max(1, fixes.length);
        continue;
      }
      suggestions.push({ path: file.file, line: last, ...(last > first ? { startLine: first } : {}), body });
    }
  }
  return { suggestions, left };
}

/** Whether lines first..last lie inside one of the hunks (sorted by start; they do not overlap). */
function withinOne(hunks: ReadonlyArray<readonly [number, number]>, starts: readonly number[], first: number, last: number): boolean {
  const found = lastAtOrBefore(starts, first);
  return found >= 0 && last <= hunks[found]![1];
}

/** The comment: the hidden marker, what the fix does, and the lines as they become. */
function suggestionBody(marker: string, descriptions: readonly string[], lines: readonly string[]): string {
  const what = descriptions.length > 0 ? descriptions.map((description) => codeSpan(description, 300, false)).join(', ') : 'a mechanical fix';
  const text = wellFormed(lines.join('\n'));
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${marker}\n**mathrepro** suggests: ${what}\n\n${fence}suggestion\n${text}${lines.length > 0 ? '\n' : ''}${fence}\n`;
}
