import { structuredPatch, type StructuredPatch, type StructuredPatchHunk } from 'diff';

/**
 * Myers' diff costs time in proportion to the file's length times the number of lines that differ: quadratic when a
 * fix touches every other line of a large file (16,000 fixed lines took three minutes). Past this many differing
 * lines it is abandoned for a line-by-line pairing, which is linear and exact for what fixes do — change lines in
 * place — and still a correct patch otherwise (one hunk replacing the changed middle).
 */
const MAX_EDIT_LENGTH = 200;

/** The hunks turning `before` into `after`, with `context` unchanged lines around each, in the `diff` package's form. */
export function linePatch(oldName: string, newName: string, before: string, after: string, context: number): StructuredPatch {
  const quick = structuredPatch(oldName, newName, before, after, undefined, undefined, { context, maxEditLength: MAX_EDIT_LENGTH });
  if (quick) return quick;
  return { oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks: pairedHunks(before, after, context) };
}

interface Operation {
  kind: ' ' | '-' | '+';
  /** The line with its line break, if it has one (the last line of a file may not). */
  line: string;
}

function pairedHunks(before: string, after: string, context: number): StructuredPatchHunk[] {
  const old = linesOf(before);
  const now = linesOf(after);
  let prefix = 0;
  while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  const operations: Operation[] = old.slice(0, prefix).map((line) => ({ kind: ' ', line }));
  const oldMiddle = old.slice(prefix, old.length - suffix);
  const newMiddle = now.slice(prefix, now.length - suffix);
  if (oldMiddle.length === newMiddle.length) {
    // Lines changed in place: each differing run is its old lines out, its new lines in.
    for (let k = 0; k < oldMiddle.length;) {
      if (oldMiddle[k] === newMiddle[k]) {
        operations.push({ kind: ' ', line: oldMiddle[k]! });
        k++;
        continue;
      }
      let end = k;
      while (end < oldMiddle.length && oldMiddle[end] !== newMiddle[end]) end++;
      for (let j = k; j < end; j++) operations.push({ kind: '-', line: oldMiddle[j]! });
      for (let j = k; j < end; j++) operations.push({ kind: '+', line: newMiddle[j]! });
      k = end;
    }
  } else {
    for (const line of oldMiddle) operations.push({ kind: '-', line });
    for (const line of newMiddle) operations.push({ kind: '+', line });
  }
  for (const line of old.slice(old.length - suffix)) operations.push({ kind: ' ', line });
  return hunksOf(operations, context);
}

/** A text's lines, each with its line break. */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
    lines.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Groups changes that lie within twice the context of each other into hunks, as unified diffs do. */
function hunksOf(operations: readonly Operation[], context: number): StructuredPatchHunk[] {
  const changed: number[] = [];
  operations.forEach((operation, index) => {
    if (operation.kind !== ' ') changed.push(index);
  });
  const hunks: StructuredPatchHunk[] = [];
  // Line numbers (1-based) of the next old and new line, as the walk goes.
  let oldLine = 1;
  let newLine = 1;
  let walked = 0;
  const advance = (to: number) => {
    for (; walked < to; walked++) {
      const { kind } = operations[walked]!;
      if (kind !== '+') oldLine++;
      if (kind !== '-') newLine++;
    }
  };
  for (let k = 0; k < changed.length;) {
    let last = k;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const from = Math.max(0, changed[k]! - context);
    const to = Math.min(operations.length, changed[last]! + context + 1);
    advance(from);
    const hunk: StructuredPatchHunk = { oldStart: oldLine, oldLines: 0, newStart: newLine, newLines: 0, lines: [] };
    for (let at = from; at < to; at++) {
      const { kind, line } = operations[at]!;
      if (kind !== '+') hunk.oldLines++;
      if (kind !== '-') hunk.newLines++;
      const ended = line.endsWith('\n');
      hunk.lines.push(kind + (ended ? line.slice(0, -1) : line));
      if (!ended) hunk.lines.push('\\ No newline at end of file');
    }
    hunks.push(hunk);
    k = last + 1;
  }
  return hunks;
}
